/// One problem found by one rule, ready for every reporter: reporters only render findings.
///
/// Many occurrences of the same problem in one file (or one column) are one finding, with
/// `count` occurrences and up to `--max-examples` example locations.
public struct Finding: Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    public var message: LocalizedText
    public var help: LocalizedText
    /// The dataset folder, relative to the checked root (`.` for the root itself).
    public var dataset: String
    /// The file, relative to the checked root; nil for dataset-level findings.
    public var file: String?
    /// The first (or only) place; nil for file-level findings.
    public var location: Location?
    public var count: Int
    public var examples: [Location]
    /// A short piece of the data that shows the problem, masked when it could be personal data.
    public var evidence: String?
    /// Set when a waiver of the project configuration covers this finding.
    public var waiver: String?

    public init(ruleID: String, severity: Severity, message: LocalizedText, help: LocalizedText, dataset: String,
                file: String?, location: Location?, count: Int, examples: [Location], evidence: String?, waiver: String? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.help = help
        self.dataset = dataset
        self.file = file
        self.location = location
        self.count = count
        self.examples = examples
        self.evidence = evidence
        self.waiver = waiver
    }

    public var isWaived: Bool { waiver != nil }

    /// The rule family: the part of the id before the first dot (`encoding`, `structure`, …).
    public var family: String { ruleID.split(separator: ".").first.map(String.init) ?? ruleID }
}
