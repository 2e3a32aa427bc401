@testable import LavandeKit
import LavandeTabular
import XCTest

/// The sink stops handing records to an observer once it says it is done with them, and only
/// to that one.
final class ObservingSinkTests: XCTestCase {
    /// Counts its records; done after `doneAfter` of them.
    private final class CountingObserver: TabularObserver {
        let doneAfter: Int?
        var records = 0
        init(doneAfter: Int?) { self.doneAfter = doneAfter }
        var isDoneWithRecords: Bool { doneAfter.map { records >= $0 } ?? false }
        func record(_ record: Record, table: TableLayout) { records += 1 }
        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] { [] }
    }

    func testAnObserverDoneWithRecordsGetsNoMoreAfterTheNextCheck() throws {
        let interval = ObservingSink.doneCheckInterval
        let rows = 3 * interval + 10
        let text = "id;nom\n" + (1...rows).map { "\($0);n\($0)\n" }.joined()
        let early = CountingObserver(doneAfter: 5)
        let late = CountingObserver(doneAfter: interval + 1)
        let never = CountingObserver(doneAfter: nil)
        let sink = ObservingSink(observers: [early, late, never])
        var source = MemoryByteSource(Array(text.utf8))
        _ = try TabularReader().read(&source, into: sink)

        XCTAssertEqual(never.records, rows + 1, "every record, the header included")
        XCTAssertEqual(early.records, interval, "records up to the first check, the 1,024th")
        XCTAssertEqual(late.records, 2 * interval, "done after the first check: left out at the second")
    }
}
