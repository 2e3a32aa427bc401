import LavandeTabular

/// Quote characters inside an unquoted cell, or text right after a closing quote: readers
/// disagree on such cells.
public struct StrayQuoteCheck: FactsCheck, CheckKind {
    public static let name = "stray-quote"
    public static let summary = LocalizedText(
        fr: "Signale les guillemets mal placés (dans une cellule non entourée de guillemets, ou suivis de texte).",
        en: "Reports misplaced quotes (inside an unquoted cell, or followed by text).")
    public static let target = CheckTarget.tabularFiles

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        facts.strayQuotes.draft(limit: file.maxExamples).map { [$0] } ?? []
    }
}
