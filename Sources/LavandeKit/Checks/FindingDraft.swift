/// What a check reports, before the engine turns it into a `Finding`: where, how many, and the
/// values of the placeholders of the rule's message. The engine adds the rule, severity,
/// dataset and file, renders the messages, applies waivers and masks evidence.
public struct FindingDraft: Sendable {
    /// Placeholders every finding can use.
    public static let commonPlaceholders: Set<String> = ["file", "dataset", "rule", "count", "column", "row", "line"]

    public var location: Location?
    public var count: Int
    public var examples: [Location]
    public var values: [String: String]
    /// Placeholder values that differ by language (the name of a type, an explanation).
    public var localizedValues: [String: LocalizedText] = [:]
    /// A short extract that shows the problem (already masked by the check when it may be personal).
    public var evidence: String?
    /// For dataset checks: the document the finding is about (a `LICENSE`, `datapackage.json`),
    /// relative to the dataset folder; nil for the dataset as a whole.
    public var document: String?

    public init(location: Location? = nil, count: Int = 1, examples: [Location] = [], values: [String: String] = [:],
                evidence: String? = nil) {
        self.location = location
        self.count = count
        self.examples = examples
        self.values = values
        self.evidence = evidence
    }

    /// A finding for every occurrence of a tally, or nil when there was none.
    public init?(_ tally: OccurrenceTally, values: [String: String] = [:], evidence: String? = nil) {
        guard tally.count > 0 else { return nil }
        self.init(location: tally.examples.first, count: tally.count, examples: tally.examples, values: values,
                  evidence: evidence)
    }
}

/// Counts occurrences of one problem and keeps the first few locations.
public struct OccurrenceTally: Sendable {
    public private(set) var count = 0
    public private(set) var examples: [Location] = []
    public let limit: Int

    public init(limit: Int) { self.limit = limit }

    public mutating func record(_ location: @autoclosure () -> Location) {
        count += 1
        if examples.count < limit { examples.append(location()) }
    }

    /// Adds the occurrences of a later part of the file: counts add up, examples in file order.
    public mutating func absorb(_ later: OccurrenceTally, shift: RecordShift) {
        count += later.count
        examples += later.examples.prefix(max(0, limit - examples.count)).map { $0.shifted(by: shift) }
    }
}
