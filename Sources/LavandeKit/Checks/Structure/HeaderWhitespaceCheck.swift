import LavandeTabular

/// Column names with spaces (or no-break spaces, tabs) before or after them.
public struct HeaderWhitespaceCheck: HeaderCheck, CheckKind {
    public static let name = "header-whitespace"
    public static let summary = LocalizedText(
        fr: "Signale les noms de colonnes entourés d'espaces.",
        en: "Reports column names with leading or trailing spaces.")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["names"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(header: [String], record: Record, table: TableLayout, file: TabularFileContext) -> [FindingDraft] {
        let padded = header.indices.filter { !header[$0].isEmpty && header[$0] != header[$0].trimmingWhitespace }
        guard !padded.isEmpty else { return [] }
        let locations = padded.prefix(file.maxExamples).map { Location(record, column: table.column($0)) }
        return [FindingDraft(location: locations.first, count: padded.count, examples: Array(locations),
                             values: ["names": padded.map { "«\(header[$0])»" }.joined(separator: ", ")])]
    }
}

extension String {
    /// Without spaces, tabs, no-break spaces or line breaks at either end.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex { !$0.properties.isWhitespace }!
        return String(scalars[first...last])
    }
}
