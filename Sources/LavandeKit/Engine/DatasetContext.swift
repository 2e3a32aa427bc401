/// What the dataset checks of one dataset share: the dataset, and what its documents declare
/// about licences, read once (lazily) for every licence rule.
public final class DatasetContext {
    public let dataset: Dataset
    let rules: ActiveRules

    init(dataset: Dataset, rules: ActiveRules) {
        self.dataset = dataset
        self.rules = rules
    }

    /// The licence declarations of the folder, recognised against the catalogue.
    public private(set) lazy var licences = LicenceInventory(dataset: dataset, catalogue: rules.licences,
                                                              texts: rules.licenceTexts, configured: rules.defaultLicence)

    /// Which licence applies to which file, for the report; nil when no licence rule looked.
    var licenceSummary: [LicenceSummary]? {
        guard !rules.licences.isEmpty, rules.rules.contains(where: { $0.kind == LicenceCheck.name }) else { return nil }
        return licences.summary
    }
}
