import LavandeTabular

/// Columns at the right end with no name and no value in any row: usually a delimiter at the
/// end of every line.
public struct TrailingEmptyColumnsCheck: TabularCheck, CheckKind {
    public static let name = "trailing-empty-columns"
    public static let summary = LocalizedText(
        fr: "Signale les colonnes vides sans nom en fin de ligne (un séparateur en trop à chaque ligne).",
        en: "Reports unnamed empty columns at the end of rows (one delimiter too many on every line).")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["columns"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext) -> TabularObserver { Observer() }

    private final class Observer: SplittableObserver {
        /// Index of the first trailing column still empty everywhere (nil before the header, and
        /// once every column has a value).
        var firstEmpty: Int?
        /// The columns judged: the cells the reader keeps of the first record (past
        /// `ReaderLimits.maxFields`, cells are counted, not kept, so their emptiness is unknown).
        var width = 0
        var headerRecord: Record.Snapshot?

        func record(_ record: Record, table: TableLayout) {
            switch table.role(of: record) {
            case .title: return
            case .header:
                width = record.fields.count
                let lastNamed = table.header.lastIndex { !$0.trimmingWhitespace.isEmpty } ?? -1
                firstEmpty = lastNamed + 1 < width ? lastNamed + 1 : nil
                headerRecord = Record.Snapshot(record)
            case .data:
                if table.headerRecordNumber == nil && firstEmpty == nil && width == 0 {
                    width = record.fields.count
                    firstEmpty = 0
                    headerRecord = Record.Snapshot(record)
                }
                guard var start = firstEmpty, !record.isBlankLine else { return }
                let end = min(record.fields.count, width)
                if start < end {
                    for index in start..<end where !record.fields[index].isEmpty { start = index + 1 }
                }
                firstEmpty = start < width ? start : nil
            }
        }

        /// Ready once the record that fixes the width is read (the first data record when there
        /// is no header).
        var isReadyToFork: Bool { headerRecord != nil }

        /// The fork goes on from the columns still empty here: `firstEmpty` only ever moves right,
        /// and once every column is filled (nil) there is nothing left to look at.
        func fork(profiler: ColumnProfiler?) -> SplittableObserver {
            let fork = Observer()
            (fork.firstEmpty, fork.width, fork.headerRecord) = (firstEmpty, width, headerRecord)
            return fork
        }

        /// The columns empty in the whole file are those empty in every part: the rightmost
        /// start, or none once a part has filled them all.
        func absorb(_ later: SplittableObserver, shift: RecordShift) {
            let later = later as! Observer
            if let start = firstEmpty, let laterStart = later.firstEmpty {
                firstEmpty = max(start, laterStart)
            } else {
                firstEmpty = nil
            }
        }

        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
            guard let start = firstEmpty, let table, let headerRecord, facts.recordCount > 1 else { return [] }
            let columns = Array(start..<width)
            let locations = columns.map { Location(row: headerRecord.number, line: headerRecord.line, column: table.column($0)) }
            return [FindingDraft(location: locations.first, count: columns.count, examples: locations,
                                 values: ["columns": columns.map { String($0 + 1) }.joined(separator: ", ")])]
        }
    }
}

extension Record {
    /// The position of a record, kept after the record's bytes are gone.
    struct Snapshot {
        var number: Int
        var line: Int
        init(_ record: Record) {
            number = record.number
            line = record.line
        }
    }
}
