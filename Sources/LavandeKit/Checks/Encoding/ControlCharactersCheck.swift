import LavandeTabular

/// Control characters (other than tab, CR and LF) in a text file.
public struct ControlCharactersCheck: FactsCheck, CheckKind {
    public static let name = "control-characters"
    public static let summary = LocalizedText(
        fr: "Repère les caractères de contrôle (autres que tabulation, CR et LF).",
        en: "Finds control characters (other than tab, CR and LF).")
    public static let target = CheckTarget.tabularFiles

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        facts.controlCharacters.draft(limit: file.maxExamples).map { [$0] } ?? []
    }
}
