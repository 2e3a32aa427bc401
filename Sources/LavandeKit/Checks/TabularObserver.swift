import LavandeTabular

/// What an observer knows about the file it observes, besides the records.
public struct TabularFileContext: Sendable {
    /// Path relative to the dataset folder: what `files:` selectors match.
    public var pathInDataset: String
    /// Path relative to the checked root: what reports show.
    public var reportPath: String
    /// How many example locations a finding keeps.
    public var maxExamples: Int
    /// The dataset folder on disk and the other files in it (schemas, metadata, licences).
    public var datasetDirectory: String
    public var documents: [String]
    /// A Table Schema the project configuration names for this file (absolute path), if any.
    public var configuredSchema: String?
    /// Whether evidence may show values as they are (`--show-values`); masked otherwise.
    public var showValues = false
    /// The publisher's own e-mail domains and phone numbers (`.lavande.yaml`).
    public var publisher = PublisherIdentity()
    /// What the observers of this file compute once and share.
    public let memo = FileMemo()

    public init(pathInDataset: String, reportPath: String, maxExamples: Int, datasetDirectory: String,
                documents: [String], configuredSchema: String? = nil) {
        self.pathInDataset = pathInDataset
        self.reportPath = reportPath
        self.maxExamples = maxExamples
        self.datasetDirectory = datasetDirectory
        self.documents = documents
        self.configuredSchema = configuredSchema
    }
}

/// Watches one file during the pass. Keeps bounded state (counts, first examples), never the data.
public protocol TabularObserver: AnyObject {
    /// False for observers that only judge the byte facts at the end: the engine then does not
    /// call `record` at all.
    var wantsRecords: Bool { get }
    /// True once the observer has nothing more to learn from records (a rule none of whose
    /// columns can hold what it looks for): the engine may then stop calling `record`. Asked
    /// every `ObservingSink.doneCheckInterval` records; once true, it must stay true.
    var isDoneWithRecords: Bool { get }
    /// What a record must hold for `record` to have anything to do; the engine then calls it for
    /// those records only (nil: every record). Asked once, when the pass starts.
    var recordGate: RecordGate? { get }
    /// Every record of the file, in order, with the table's shape (dialect, header) known.
    func record(_ record: Record, table: TableLayout)
    /// The end of the pass: the facts about the bytes, and the findings to report.
    func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft]
}

extension TabularObserver {
    public var wantsRecords: Bool { true }
    public var isDoneWithRecords: Bool { false }
    public var recordGate: RecordGate? { nil }
    public func record(_ record: Record, table: TableLayout) {}
}

/// The shape of a table, known after sniffing and the header: which records are title rows,
/// which is the header, what the columns are called.
public final class TableLayout: @unchecked Sendable {
    // Constants, not variables: every observer asks `role(of:)` for every record, and a read of
    // a class's variable is a dynamic exclusivity check.
    public let info: StreamInfo
    /// Header cells decoded to text, trimmed of nothing (checks of spaces need them raw); empty
    /// until the header record has been read, and when the file has no header. Written by the
    /// engine's sink only, before any observer reads it; then read-only.
    public internal(set) var header: [String] = []
    public let headerRecordNumber: Int?
    /// Cells of the header record, counted: more than `header` holds when the reader kept only
    /// the first `ReaderLimits.maxFields` of them.
    public internal(set) var headerWidth: Int?

    init(info: StreamInfo) {
        self.info = info
        headerRecordNumber = info.dialect.hasHeader ? info.dialect.titleRows + 1 : nil
    }

    /// A copy, for the observers of a later part of a split file: each thread then counts the
    /// references of its own layout, which every observer is handed with every record, and of
    /// its own header names (new storage for each, which naming a column copies).
    func copied() -> TableLayout {
        let copy = TableLayout(info: info)
        copy.header = header.map { String(decoding: Array($0.utf8), as: UTF8.self) }
        copy.headerWidth = headerWidth
        return copy
    }

    public enum Role { case title, header, data }

    public func role(of record: Record) -> Role {
        if record.number <= info.dialect.titleRows { return .title }
        if record.number == headerRecordNumber { return .header }
        return .data
    }

    /// The number of columns the table should have and the checks see: the header's (cells kept),
    /// or the sniffed modal count.
    public var expectedColumnCount: Int {
        headerRecordNumber != nil && !header.isEmpty ? header.count : info.dialect.columnCount
    }

    /// The column at a 0-based index, named from the header when there is one.
    public func column(_ index: Int) -> ColumnRef {
        ColumnRef(index: index + 1, name: index < header.count && !header[index].trimmingWhitespace.isEmpty ? header[index] : nil)
    }
}
