@testable import LavandeTabular
import XCTest

/// A file read in two parts, the second by a pass resumed at a record start, gives the records
/// and facts of a single pass; a guessed part start avoids line feeds inside quoted cells.
final class PartsTests: XCTestCase {
    /// Line endings of three kinds, a quoted cell over two lines, a stray quote, invalid UTF-8,
    /// a NUL, mojibake, a blank line, and no final newline.
    private let text: [UInt8] = Array("id;nom;note\r\n1;\"Zoé\nDupont\";ok\n2;Ã©té;a\"b\r\n\n3;x\u{0};\"q\"\"q\"\n".utf8)
        + [0x34, 0x3B, 0xE9, 0x3B, 0x7A, 0x0A] + Array("5;\"fin\";sans fin".utf8)

    func testASecondPartResumedAtAnyRecordStartGivesTheRecordsAndFactsOfOnePass() throws {
        let single = try read(text)
        let info = try XCTUnwrap(single.info)
        for record in single.records.dropFirst() {
            let firstSink = CollectingSink()
            let first = try TabularReader().start(MemoryByteSource(text), sink: firstSink)
            try first.read(upTo: record.offset)
            XCTAssertTrue(first.isAtRecordStart, "offset \(record.offset)")
            XCTAssertEqual(first.next.record, record.number)
            XCTAssertEqual(first.next.line, record.line)
            var facts = first.finish()

            // The second part numbers its records from made-up numbers, as a fork does.
            let secondSink = CollectingSink()
            let second = TabularPass(resuming: MemoryByteSource(Array(text[record.offset...])), at: record.offset, info: info,
                                     firstRecord: 1000, firstLine: 5000, limits: ReaderLimits(), sink: secondSink)
            try second.read()
            facts.absorb(second.finish(), lineShift: record.line - 5000)

            XCTAssertEqual(facts, single.facts, "offset \(record.offset)")
            let moved = secondSink.records.map { copy in
                var copy = copy
                copy.number += record.number - 1000
                copy.line += record.line - 5000
                return copy
            }
            XCTAssertEqual(firstSink.records + moved, single.records, "offset \(record.offset)")
        }
    }

    func testAPassStoppedInsideAQuotedCellOrARecordIsNotAtARecordStart() throws {
        let offsetInsideQuotes = text.indices.filter { text[$0] == 0x0A }[1] + 1  // after "Zoé\n"
        let pass = try TabularReader().start(MemoryByteSource(text), sink: nil)
        try pass.read(upTo: offsetInsideQuotes)
        XCTAssertFalse(pass.isAtRecordStart)
        try pass.read(upTo: offsetInsideQuotes + 2)
        XCTAssertFalse(pass.isAtRecordStart)
    }

    private func guess(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { PartBoundary.guess(in: $0, delimiter: 0x3B, quote: 0x22) }
    }

    func testAGuessedPartStartIsTheNextLineOutsideQuotes() {
        XCTAssertEqual(guess("23;b\n1;2\n"), 5)
        // The line feed after "x" is inside a quoted cell: the quote after "y" can only close one.
        XCTAssertEqual(guess("x\ny\";b\n1;2\n"), 7)
        // A quote after the line feed that can only open a cell: the line feed was outside quotes.
        XCTAssertEqual(guess("a\n\"abc\";1\n"), 2)
        // Doubled quotes and `;";` decide nothing; the next quote does.
        XCTAssertEqual(guess("a\nb \"\" c;\";\";\"d\n"), 2)
        XCTAssertEqual(guess("no line feed"), nil)
        XCTAssertEqual(guess("x\ny\";b"), nil)
    }
}
