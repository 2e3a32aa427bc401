import LavandeTabular

/// Hands every record to one observer without counting a reference to it per record.
///
/// **Why.** Calling `record` on an observer held as `any TabularObserver` in an array retains it
/// and releases it around every call: two atomic operations per observer and record, the largest
/// cost of the sink itself. A forwarder is made once per observer (`TabularObserver.forwarder`),
/// where the observer's concrete type is known, and holds it unretained; the sink calls it
/// through an unretained reference too (`Unmanaged._withUnsafeGuaranteedRef`). Both stay alive
/// because the sink holds them strongly for as long as it calls them.
class RecordForwarder {
    func record(_ record: Record, table: TableLayout) {}
}

private final class ConcreteRecordForwarder<Observer: TabularObserver>: RecordForwarder {
    private let observer: Unmanaged<Observer>

    init(_ observer: Observer) {
        self.observer = .passUnretained(observer)
    }

    override func record(_ record: Record, table: TableLayout) {
        observer._withUnsafeGuaranteedRef { $0.record(record, table: table) }
    }
}

extension TabularObserver {
    /// A forwarder to this observer, which the caller keeps alive no longer than the observer.
    func forwarder() -> RecordForwarder {
        ConcreteRecordForwarder(self)
    }
}
