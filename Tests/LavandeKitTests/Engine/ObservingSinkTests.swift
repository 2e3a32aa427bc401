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

    /// Counts its records, and the numbers of those it was handed, behind a gate.
    private final class GatedCountingObserver: TabularObserver {
        let recordGate: RecordGate?
        var numbers: [Int] = []
        init(gate: RecordGate?) { recordGate = gate }
        func record(_ record: Record, table: TableLayout) { numbers.append(record.number) }
        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] { [] }
    }

    func testAGatedObserverGetsOnlyTheRecordsWithAValidValueOfItsTypes() throws {
        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: nil)
        let catalogue = rules.types
        func gate(_ profiler: ColumnProfiler, _ ids: [String]) -> RecordGate? {
            let types = ids.map { id in catalogue.types.firstIndex { $0.id == id }! }
            profiler.readings.keep(types)
            return RecordGate(readings: profiler.readings, types: TypeMask(types, count: catalogue.types.count))
        }
        // Row 3 holds a valid address, row 5 an invalid one, row 7 a valid one in another column.
        var rows = (1...8).map { "\($0);Salle \($0);" }
        rows[2] = "3;Salle 3;jeanne.martin@example.org"
        rows[4] = "5;Salle 5;jeanne.martin@"
        rows[6] = "7;paul.durand@example.org;"
        let text = "id;nom;contact\n" + rows.joined(separator: "\n") + "\n"
        let profiler = ColumnProfiler(catalogue: catalogue, declarations: [], limit: 5)
        let email = GatedCountingObserver(gate: gate(profiler, ["email"]))
        let card = GatedCountingObserver(gate: gate(profiler, ["card"]))
        let open = GatedCountingObserver(gate: nil)
        // The profiler first: the gates read its readings of the record.
        let sink = ObservingSink(observers: [profiler, email, card, open])
        var source = MemoryByteSource(Array(text.utf8))
        _ = try TabularReader().read(&source, into: sink)

        XCTAssertEqual(email.numbers, [4, 8], "the records of rows 3 and 7 (the header is record 1)")
        XCTAssertEqual(card.numbers, [])
        XCTAssertEqual(open.numbers, Array(1...9), "no gate: every record")
    }

    func testStructureChecksAreDoneWithRecordsOnceTheirFindingIsSettled() throws {
        let book = try RuleBookLoader().load([.defaultBook])
        func rule(_ id: String) throws -> Rule { try XCTUnwrap(book.rules.first { $0.id == id }, id) }
        let context = TabularFileContext(pathInDataset: "a.csv", reportPath: "a.csv", maxExamples: 5, datasetDirectory: "/nowhere",
                                         documents: [])
        func observers() throws -> [TabularObserver] {
            [EmptyFileCheck(rule: try rule("structure.empty-file")).makeObserver(for: context),
             NoDataRowsCheck(rule: try rule("structure.no-data-rows")).makeObserver(for: context),
             SingleColumnCheck(rule: try rule("structure.single-column")).makeObserver(for: context),
             DuplicateHeaderCheck(rule: try rule("structure.duplicate-header")).makeObserver(for: context)]
        }
        func read(_ text: String, into observers: [TabularObserver]) throws {
            var source = MemoryByteSource(Array(text.utf8))
            _ = try TabularReader().read(&source, into: ObservingSink(observers: observers))
        }
        let table = try observers()
        try read("id;nom;nom\n1;a;b\n", into: table)
        XCTAssertEqual(table.map(\.isDoneWithRecords), [true, true, true, true], "content, a data row, two columns, the header past")
        XCTAssertEqual(table[3].finish(facts: ByteFacts(), table: nil).count, 1, "the duplicate header is reported all the same")

        let headerOnly = try observers()
        try read("id;nom\n", into: headerOnly)
        XCTAssertEqual(headerOnly.map(\.isDoneWithRecords), [true, false, false, false], "no data row yet")

        let singleColumn = try observers()
        try read("nom\nDupont\nMartin\nDurand\n", into: singleColumn)
        XCTAssertFalse(singleColumn[2].isDoneWithRecords, "a single column: its rows are still looked at")
    }
}
