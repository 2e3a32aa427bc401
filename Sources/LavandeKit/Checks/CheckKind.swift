import LavandeTabular

/// What a check kind looks at.
public enum CheckTarget: String, Sendable {
    /// Delimited files, in the single streaming pass.
    case tabularFiles = "tabular files"
    /// Any file of a dataset that could not be read (not a regular file, no permission, a loop).
    case unreadableFiles = "unreadable files"
    /// A dataset folder as a whole: its documents (licences, metadata), once per dataset.
    case datasets = "dataset folders"
}

/// A kind of check implemented in Swift, instantiated once per rule of that kind. Rule books
/// name kinds; a new kind is a type conforming to this protocol and to one family of checks
/// (`TabularCheck`, `ColumnTypeCheck`, `DatasetCheck`, `UnreadableFileCheck`) added to
/// `CheckRegistry`.
public protocol CheckKind: Check {
    /// The name rule books use in `kind:`.
    static var name: String { get }
    static var summary: LocalizedText { get }
    static var target: CheckTarget { get }
    static var parameters: [ParameterSpec] { get }
    /// Placeholders its findings fill, beyond `FindingDraft.commonPlaceholders`.
    static var placeholders: [String] { get }
    /// Extra validation of a rule's parameters (beyond their types); returns problems in English.
    static func validate(_ parameters: Parameters) -> [String]
    /// Whether its findings still make sense on a file that is not text (most do not).
    static var examinesBinaryContent: Bool { get }
    /// Whether it looks at columns one by one, so that a rule's `columns:` selector means something.
    static var selectsColumns: Bool { get }
    init(rule: Rule)
}

extension CheckKind {
    public static var examinesBinaryContent: Bool { false }
    public static var selectsColumns: Bool { false }
    public static var parameters: [ParameterSpec] { [] }
    public static var placeholders: [String] { [] }
    public static func validate(_ parameters: Parameters) -> [String] { [] }
}

/// A check instance bound to its rule.
public protocol Check: Sendable {
    var rule: Rule { get }
    /// The check as each family of checks it is of, nil for the others: the engine sorts checks
    /// by these, not by dynamic casts (`as? any TabularCheck`), which scan the binary's
    /// conformance records at every call (300 of them took 68 million instructions at each
    /// start). Given by the families' extensions; a check does not write them.
    var asTabular: (any TabularCheck)? { get }
    var asColumnType: (any ColumnTypeCheck)? { get }
    var asDataset: (any DatasetCheck)? { get }
    var asUnreadableFile: (any UnreadableFileCheck)? { get }
}

extension Check {
    public var asTabular: (any TabularCheck)? { nil }
    public var asColumnType: (any ColumnTypeCheck)? { nil }
    public var asDataset: (any DatasetCheck)? { nil }
    public var asUnreadableFile: (any UnreadableFileCheck)? { nil }
}

extension TabularCheck {
    public var asTabular: (any TabularCheck)? { self }
}

extension ColumnTypeCheck {
    public var asColumnType: (any ColumnTypeCheck)? { self }
}

extension DatasetCheck {
    public var asDataset: (any DatasetCheck)? { self }
}

extension UnreadableFileCheck {
    public var asUnreadableFile: (any UnreadableFileCheck)? { self }
}

/// A check over a delimited file: it gives one observer per file, which sees the records of the
/// single pass and the byte facts at the end, and keeps bounded state.
public protocol TabularCheck: Check {
    func makeObserver(for file: TabularFileContext) -> TabularObserver
}

/// A check over the columns of a delimited file, built on the file's shared `ColumnProfiler`:
/// the profiler reads every cell once for all such checks and infers each column's type; a check
/// reads the profiles at the end of the pass, and may look at the current record's readings of
/// the types its observer asked for when it was made (`ColumnProfiler.readings`).
public protocol ColumnTypeCheck: Check {
    /// The type the rule declares for its columns (`with: {type: …}`), nil when it uses the inferred type.
    var declaredType: String? { get }
    /// Types the profiler must read in every column the rule selects, from the first row to the
    /// last (never dropped after the trial values): the declared type, and the types a rule
    /// reports on a single match.
    var typesReadThroughout: [String] { get }
    func makeObserver(for file: TabularFileContext, profiler: ColumnProfiler) -> TabularObserver
}

extension ColumnTypeCheck {
    public var declaredType: String? { nil }
    public var typesReadThroughout: [String] { declaredType.map { [$0] } ?? [] }
}

/// A check over a dataset folder as a whole, run once per dataset after its files.
public protocol DatasetCheck: Check {
    func evaluate(_ dataset: DatasetContext) -> [FindingDraft]
}

/// A check over a file that could not be read as a file.
public protocol UnreadableFileCheck: Check {
    func evaluate(_ problem: FileAccessProblem) -> FindingDraft?
}
