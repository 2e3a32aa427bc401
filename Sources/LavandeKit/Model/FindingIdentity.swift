/// What tells a finding apart from one run to the next: rule, dataset, file and column — not
/// rows, which move when lines are added. Baselines (`--baseline`) and the service's histories
/// ("what changed since the previous check") both compare findings on it.
public struct FindingIdentity: Hashable, Sendable {
    public var rule: String
    public var dataset: String
    public var file: String?
    public var column: String?

    public init(_ finding: Finding) {
        rule = finding.ruleID
        dataset = finding.dataset
        file = finding.file
        column = finding.location?.column.map { $0.name ?? String($0.index) }
    }

    /// One string for stores and lists: the parts separated by U+001F (a unit separator, which
    /// no rule id, path or header holds); `init(key:)` reads it back.
    public var key: String {
        [rule, dataset, file ?? "", column ?? ""].joined(separator: FindingIdentity.separator)
    }

    private static let separator = "\u{1F}"

    /// The identity a `key` was made from; nil for a string no `key` gives.
    public init?(key: String) {
        let parts = key.components(separatedBy: FindingIdentity.separator)
        guard parts.count == 4 else { return nil }
        rule = parts[0]
        dataset = parts[1]
        file = parts[2].isEmpty ? nil : parts[2]
        column = parts[3].isEmpty ? nil : parts[3]
    }
}
