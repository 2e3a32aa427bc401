import LavandeTabular

/// Feeds the records of the pass to the observers that want them, after naming the columns.
/// Observers done with records (`TabularObserver.isDoneWithRecords`) are left out from then on;
/// an observer with a gate (`TabularObserver.recordGate`) only for the records that open it.
final class ObservingSink: RecordSink {
    /// The observers that want records, each with its forwarder (held here, so alive while called).
    private var recordObservers: [(observer: TabularObserver, forwarder: RecordForwarder)]
    /// The forwarders of `recordObservers`, called without counting references (`RecordForwarder`),
    /// each with its observer's gate, if any. Plain values in memory of the sink's own: the loop
    /// over an array property counted a reference to its storage for every record.
    private var calls: UnsafeMutableBufferPointer<Call>
    /// Records between two questions to the observers whether they are done with records.
    static let doneCheckInterval = 1024
    private(set) var table: TableLayout? {
        didSet { tableReference = table.map(Unmanaged.passUnretained) }
    }
    /// `table`, read for every record without counting a reference to it.
    private var tableReference: Unmanaged<TableLayout>?
    /// Asked after every data record until it returns true: where a split pass forks the
    /// observers, between this record and the next (only while the start of a file is read).
    var forkWhenReady: ((Record) -> Bool)?

    /// A sink for a pass from the start of a file (`table` nil: made at `begin`), or for a later
    /// part of a split file, with the layout the first pass made.
    init(observers: [TabularObserver], table: TableLayout? = nil) {
        recordObservers = observers.filter(\.wantsRecords).map { ($0, $0.forwarder()) }
        calls = ObservingSink.calls(recordObservers)
        self.table = table
        tableReference = table.map(Unmanaged.passUnretained)
    }

    deinit { calls.deallocate() }

    func begin(_ info: StreamInfo) {
        table = TableLayout(info: info)
    }

    func record(_ record: Record) {
        guard let tableReference else { return }
        let role = tableReference._withUnsafeGuaranteedRef { table in
            let role = table.role(of: record)
            if role == .header {
                let encoding = table.info.recordEncoding
                table.header = record.fields.map { TextDecoding.string($0.bytes, encoding: encoding) }
                table.headerWidth = record.count
            }
            for call in calls where call.gate?.isOpen ?? true {
                call.forwarder._withUnsafeGuaranteedRef { $0.record(record, table: table) }
            }
            return role
        }
        if record.number % ObservingSink.doneCheckInterval == 0 { dropObserversDoneWithRecords() }
        if let forkWhenReady, role == .data, forkWhenReady(record) { self.forkWhenReady = nil }
    }

    private func dropObserversDoneWithRecords() {
        guard recordObservers.contains(where: \.observer.isDoneWithRecords) else { return }
        recordObservers.removeAll(where: \.observer.isDoneWithRecords)
        calls.deallocate()
        calls = ObservingSink.calls(recordObservers)
    }

    private struct Call {
        let forwarder: Unmanaged<RecordForwarder>
        let gate: RecordGate?
    }

    /// The calls to `observers`, in memory the caller deallocates.
    private static func calls(_ observers: [(observer: TabularObserver, forwarder: RecordForwarder)]) -> UnsafeMutableBufferPointer<Call> {
        let calls = UnsafeMutableBufferPointer<Call>.allocate(capacity: observers.count)
        _ = calls.initialize(from: observers.map { Call(forwarder: .passUnretained($0.forwarder), gate: $0.observer.recordGate) })
        return calls
    }
}
