import LavandeTabular

/// The file is not text at all (a spreadsheet, a PDF or an archive named `.csv`, or junk).
public struct BinaryContentCheck: FactsCheck, CheckKind {
    public static let name = "binary-content"
    public static let summary = LocalizedText(
        fr: "Signale un fichier qui n'est pas du texte (tableur, PDF, archive ou octets quelconques nommés .csv).",
        en: "Reports a file that is not text (a spreadsheet, PDF, archive or junk named .csv).")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["format"]
    public static let examinesBinaryContent = true

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        guard let binary = facts.binary else { return [] }
        return [FindingDraft(location: Location(offset: 0), values: ["format": binary.format ?? "?"])]
    }
}
