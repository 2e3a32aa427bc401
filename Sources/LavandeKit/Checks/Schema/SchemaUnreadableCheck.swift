import LavandeTabular

/// The Table Schema of a file cannot be used, or parts of it cannot: not JSON, not a Table Schema,
/// an unknown type, a pattern that does not compile… One finding per data file, listing the problems.
struct SchemaUnreadableCheck: FactsCheck, CheckKind {
    static let name = "schema-unreadable"
    static let summary = LocalizedText(
        fr: "Signale un schéma (Table Schema) qui ne peut pas être lu, en tout ou en partie.",
        en: "Reports a Table Schema that cannot be read, wholly or in part.")
    static let target = CheckTarget.tabularFiles
    static let placeholders = ["schema", "detail"]
    /// Problems quoted in the message; the count says how many there are in all.
    static let quoted = 3

    let rule: Rule
    init(rule: Rule) { self.rule = rule }

    func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        let name: String
        let problems: SchemaProblems
        switch SchemaResolution.resolve(for: file) {
        case .none: return []
        case let .unusable(found, listed): (name, problems) = (found, listed)
        case let .usable(_, found, listed): (name, problems) = (found, listed)
        }
        guard !problems.isEmpty else { return [] }
        let shown = problems.prefix(SchemaUnreadableCheck.quoted)
        let more = problems.total - shown.count
        var draft = FindingDraft(count: problems.total, values: ["schema": name])
        draft.localizedValues["detail"] = LocalizedText(
            fr: shown.map(\.text.fr).joined(separator: " ; ") + (more > 0 ? " ; et \(more) autre(s)" : "")
                + (problems.hasFatal ? "" : " (le reste du schéma est utilisé)"),
            en: shown.map(\.text.en).joined(separator: "; ") + (more > 0 ? "; and \(more) more" : "")
                + (problems.hasFatal ? "" : " (the rest of the schema is used)"))
        return [draft]
    }
}
