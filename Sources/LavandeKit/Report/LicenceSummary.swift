/// Which licence applies to which files of a dataset, for the report.
public struct LicenceSummary: Sendable {
    public var files: [String]
    /// Known licences declared for them (more than one: the declarations disagree; none: no licence known).
    public var licences: [String]
    /// Where they are declared (`LICENSE.md`, `datapackage.json`).
    public var declaredIn: [String]
    /// What reusers owe, when one licence applies.
    public var obligations: LocalizedText?

    public init(files: [String], licences: [String], declaredIn: [String], obligations: LocalizedText?) {
        self.files = files
        self.licences = licences
        self.declaredIn = declaredIn
        self.obligations = obligations
    }
}
