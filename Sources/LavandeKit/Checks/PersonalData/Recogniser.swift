/// A personal-data rule's settings, resolved against the catalogue and the project for one file.
struct Recogniser {
    let types: [Int]
    /// `types`, as a set.
    let typeMask: TypeMask
    let strength: PersonalDataCheck.Strength
    let minShare: Double
    let minCount: Int
    let partialFormats: Set<ValueFormat>
    let headerRequired: Bool
    let excludedHeaders: [String]
    let contacts: AdministrativeContacts
    /// Types one of which another column must be of, with the share each needs without a header.
    let requiresTypes: [(type: Int, minShare: Double)]
    let exemptionHeaders: [String]
    let category: PersonalDataCategory
    let rule: Rule

    init(rule: Rule, file: TabularFileContext, catalogue: ColumnTypeCatalogue) {
        let parameters = rule.parameters
        func indices(_ ids: [String]) -> [Int] { ids.compactMap { id in catalogue.types.firstIndex { $0.id == id } } }
        self.rule = rule
        types = indices(parameters.strings("types"))
        typeMask = TypeMask(types, count: catalogue.types.count)
        strength = PersonalDataCheck.Strength(rawValue: parameters.string("strength")) ?? .weak
        minShare = parameters.double("min-share")
        minCount = parameters.int("min-count")
        partialFormats = Set(parameters.strings("partial-formats").compactMap(ValueFormat.init(rawValue:)))
        headerRequired = parameters.bool("header-required")
        excludedHeaders = parameters.strings("excluded-headers").map(HeaderName.normalise)
        contacts = AdministrativeContacts(rule: rule, file: file)
        requiresTypes = indices(parameters.strings("requires-types")).map { ($0, catalogue.types[$0].minShare) }
        exemptionHeaders = parameters.strings("exemption-headers").map(HeaderName.normalise)
        category = PersonalDataCategory(rawValue: parameters.string("category")) ?? .contact
    }

    /// Whether the rule looks at a column: its `columns:` selector, and a header not about something else.
    func looks(at profile: ColumnProfile) -> Bool {
        guard rule.selects(profile.column) else { return false }
        guard let header = profile.header else { return true }
        return !excludedHeaders.contains { header.matches(hint: $0) }
    }

    /// Whether a column with `matches` values of the types (`share` of its values) holds personal data.
    func isEnough(matches: Int, share: Double, announced: Bool) -> Bool {
        switch strength {
        case .strong: return true
        case .strongIfAnnounced where announced: return true
        case .weak, .strongIfAnnounced:
            return (announced || matches >= minCount) && share >= (announced ? minShare / 2 : minShare)
        }
    }

    /// Whether a column of the table, other than `column`, is of one of the required types: most of
    /// its values are (the type's `min-share`), or half of them when its header announces it.
    func requirementMet(in profiles: [ColumnProfile], besides column: Int) -> Bool {
        guard !requiresTypes.isEmpty else { return true }
        return profiles.indices.contains { index in
            guard index != column else { return false }
            let profile = profiles[index]
            return requiresTypes.contains { required in
                let share = profile.validShare(of: required.type)
                return share >= required.minShare || (profile.announcedTypes.contains(required.type) && share >= 0.5)
            }
        }
    }

    /// A sentence for messages when a header shows that an exemption may apply.
    func exemption(in profiles: [ColumnProfile]) -> LocalizedText {
        let applies = profiles.contains { profile in profile.header.map { header in exemptionHeaders.contains { header.matches(hint: $0) } } ?? false }
        guard applies else { return LocalizedText(fr: "", en: "") }
        return LocalizedText(
            fr: " Le tableau semble porter sur des élus : la publication de leurs noms et mandats est permise (CRPA art. D312-1-3) ; déclarez l'exemption dans .lavande.yaml (exemptions, catégorie « elus »).",
            en: " The table seems to be about elected officials: publishing their names and offices is allowed (CRPA art. D312-1-3); declare the exemption in .lavande.yaml (exemptions, category \"elus\").")
    }
}
