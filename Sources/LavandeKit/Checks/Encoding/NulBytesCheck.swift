import LavandeTabular

/// NUL bytes in a text file: they cut strings short in many programs.
public struct NulBytesCheck: FactsCheck, CheckKind {
    public static let name = "nul-bytes"
    public static let summary = LocalizedText(
        fr: "Repère les octets nuls (0x00) dans un fichier texte.",
        en: "Finds NUL bytes (0x00) in a text file.")
    public static let target = CheckTarget.tabularFiles

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        facts.nulBytes.draft(limit: file.maxExamples).map { [$0] } ?? []
    }
}
