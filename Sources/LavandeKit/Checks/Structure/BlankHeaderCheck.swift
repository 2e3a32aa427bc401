import LavandeTabular

/// Header cells with no name (trailing empty columns are left to their own rule).
public struct BlankHeaderCheck: HeaderCheck, CheckKind {
    public static let name = "blank-header"
    public static let summary = LocalizedText(
        fr: "Signale les colonnes sans nom dans l'en-tête.",
        en: "Reports columns with no name in the header.")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["columns"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(header: [String], record: Record, table: TableLayout, file: TabularFileContext) -> [FindingDraft] {
        guard header.count > 1 else { return [] }
        let lastNamed = header.lastIndex { !$0.trimmingWhitespace.isEmpty } ?? -1
        let blank = header.indices.filter { header[$0].trimmingWhitespace.isEmpty && $0 < lastNamed }
        guard !blank.isEmpty else { return [] }
        let locations = blank.prefix(file.maxExamples).map { Location(record, column: table.column($0)) }
        return [FindingDraft(location: locations.first, count: blank.count, examples: Array(locations),
                             values: ["columns": blank.map { String($0 + 1) }.joined(separator: ", ")])]
    }
}
