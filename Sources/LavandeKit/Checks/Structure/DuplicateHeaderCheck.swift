import LavandeTabular

/// Two or more columns with the same name (compared trimmed).
public struct DuplicateHeaderCheck: HeaderCheck, CheckKind {
    public static let name = "duplicate-header"
    public static let summary = LocalizedText(
        fr: "Signale les noms de colonnes en double.",
        en: "Reports column names that appear more than once.")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["name", "columns"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(header: [String], record: Record, table: TableLayout, file: TabularFileContext) -> [FindingDraft] {
        var positions: [String: [Int]] = [:]
        var order: [String] = []
        for (index, name) in header.enumerated() {
            let key = name.trimmingWhitespace
            guard !key.isEmpty else { continue }
            if positions[key] == nil { order.append(key) }
            positions[key, default: []].append(index)
        }
        return order.compactMap { name in
            guard let indices = positions[name], indices.count > 1 else { return nil }
            let locations = indices.prefix(file.maxExamples).map { Location(record, column: table.column($0)) }
            return FindingDraft(location: locations.first, count: indices.count, examples: Array(locations),
                                values: ["name": name, "columns": indices.map { String($0 + 1) }.joined(separator: ", ")])
        }
    }
}
