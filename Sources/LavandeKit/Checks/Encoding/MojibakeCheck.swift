import LavandeTabular

/// Valid UTF-8 holding text that was decoded twice (`Ã©` for `é`, `â‚¬` for `€`).
public struct MojibakeCheck: FactsCheck, CheckKind {
    public static let name = "mojibake"
    public static let summary = LocalizedText(
        fr: "Repère le texte décodé deux fois (« Ã© » au lieu de « é », « â‚¬ » au lieu de « € »).",
        en: "Finds text that was decoded twice (\"Ã©\" instead of \"é\", \"â‚¬\" instead of \"€\").")
    public static let target = CheckTarget.tabularFiles

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        facts.mojibake.draft(limit: file.maxExamples).map { [$0] } ?? []
    }
}
