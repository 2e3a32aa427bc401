import LavandeTabular
import XCTest

final class StreamEdgeTests: XCTestCase {
    func testBinarySignatures() throws {
        let signatures: [([UInt8], String)] = [
            (Array("%PDF-1.7\n".utf8), "pdf"),
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "zip (xlsx, ods, docx…)"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], "xls (OLE2)"),
            ([0x1F, 0x8B, 0x08, 0x00], "gzip"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "png"),
            ([0xFF, 0xD8, 0xFF, 0xE0], "jpeg"),
            (Array("GIF89a".utf8), "gif"),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z"),
            (Array("Rar!".utf8) + [0x1A, 0x07, 0x00], "rar"),
        ]
        for (head, format) in signatures {
            let bytes = head + Array("a,b\n1,2\n".utf8) + [UInt8](repeating: 0x41, count: 1000)
            let sink = CollectingSink()
            var source = MemoryByteSource(bytes)
            var limits = ReaderLimits()
            limits.sampleSize = 64
            limits.chunkSize = 16
            let facts = try TabularReader(limits: limits).read(&source, into: sink)
            XCTAssertEqual(facts.binary?.format, format)
            XCTAssertEqual(facts.size, bytes.count, "size counts the whole file")
            XCTAssertEqual(sink.beginCalls, 0)
            XCTAssertTrue(sink.records.isEmpty)
            XCTAssertEqual(facts.recordCount, 0)
        }
    }

    func testControlHeavyContentIsBinary() throws {
        let bytes = (0..<4096).map { UInt8($0 % 40) }
        let result = try read(bytes)
        let binary = try XCTUnwrap(result.facts.binary)
        XCTAssertNil(binary.format)
        XCTAssertGreaterThan(binary.controlShare, 0.1)
        XCTAssertNil(result.info)
    }

    func testEmptyFile() throws {
        let result = try read([UInt8]())
        XCTAssertEqual(result.records.count, 0)
        XCTAssertEqual(result.facts.recordCount, 0)
        XCTAssertEqual(result.facts.lineCount, 0)
        XCTAssertEqual(result.facts.size, 0)
        XCTAssertFalse(result.facts.missingFinalNewline)
        XCTAssertNil(result.facts.binary)
        XCTAssertEqual(result.sink.beginCalls, 1)
    }

    func testBOMOnly() throws {
        let result = try read([0xEF, 0xBB, 0xBF])
        XCTAssertEqual(result.facts.byteOrderMark, .utf8)
        XCTAssertEqual(result.facts.encoding, .utf8)
        XCTAssertEqual(result.records.count, 0)
        XCTAssertEqual(result.facts.lineCount, 0)
        XCTAssertEqual(result.facts.size, 3)
    }

    func testHeaderOnly() throws {
        let result = try read("id;nom;ville\n")
        XCTAssertEqual(result.dialect?.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(result.dialect?.hasHeader, true)
        XCTAssertEqual(result.dialect?.columnCount, 3)
        XCTAssertEqual(result.rows, [["id", "nom", "ville"]])
    }

    func testOversizedCellIsTruncatedWithBoundedMemory() throws {
        let cell = [UInt8](repeating: UInt8(ascii: "x"), count: 5_000_000)
        var bytes = Array("a,b\n1,\"".utf8) + cell + Array("\",2\n3,4\n".utf8)
        var limits = limits(chunk: 64 << 10, maxField: 1024)
        limits.maxRecordBytes = 4096
        var result = try read(bytes, limits: limits)
        XCTAssertEqual(result.records[1].cells[1].count, 1024)
        XCTAssertEqual(result.records[1].fullLengths[1], 5_000_000)
        XCTAssertEqual(result.records[1].truncated, [false, true, false])
        XCTAssertEqual(result.records[1].strings[2], "2")
        XCTAssertEqual(result.rows[2], ["3", "4"])
        XCTAssertEqual(result.facts.oversizedFields.count, 1)
        XCTAssertEqual(result.facts.oversizedFields.first, position(6, 2, 3))

        // An unquoted 5 MB line: same bounds.
        bytes = Array("a,b\n1,".utf8) + cell + Array("\n".utf8)
        result = try read(bytes, limits: limits)
        XCTAssertEqual(result.records[1].cells[1].count, 1024)
        XCTAssertEqual(result.records[1].fullLengths[1], 5_000_000)
    }

    func testRecordByteLimitKeepsLaterCellsEmptyAndTruncated() throws {
        var limits = limits(maxField: 1000)
        limits.maxRecordBytes = 10
        let result = try read("a,b,c\n12345678,abcdef,z\n", limits: limits)
        XCTAssertEqual(result.rows[1], ["12345678", "ab", ""])
        XCTAssertEqual(result.records[1].truncated, [false, true, true])
        XCTAssertEqual(result.records[1].fullLengths, [8, 6, 1])
    }

    func testMaxFieldsKeepsTheFirstCellsAndTheRealCount() throws {
        let row = (1...10).map(String.init).joined(separator: ",")
        let result = try read("\(row)\n\(row)\n", limits: limits(maxFields: 4))
        XCTAssertEqual(result.records[1].fieldCount, 10)
        XCTAssertEqual(result.rows[1], ["1", "2", "3", "4"])
        XCTAssertEqual(result.dialect?.columnCount, 10)
    }

    /// The cells of a record wider than any before it are all kept (their storage grows), and
    /// the records after it have their own cells only.
    func testRecordsWiderThanTheOnesBeforeKeepEveryCell() throws {
        let widths = [3, 40, 2, 300, 1, 33]
        let rows = widths.enumerated().map { record, width in (0..<width).map { "r\(record)c\($0)" } }
        let result = try read(rows.map { $0.joined(separator: ";") + "\n" }.joined(), limits: limits(chunk: 64))
        XCTAssertEqual(result.rows, rows)
        XCTAssertEqual(result.records.map(\.fieldCount), widths)
    }

    func testExampleLimitIsHonoured() throws {
        var limits = ReaderLimits()
        limits.examples = 2
        let result = try read(String(repeating: "a\r\n", count: 5), limits: limits)
        XCTAssertEqual(result.facts.crlfLineEndings.count, 5)
        XCTAssertEqual(result.facts.crlfLineEndings.examples.count, 2)
    }
}
