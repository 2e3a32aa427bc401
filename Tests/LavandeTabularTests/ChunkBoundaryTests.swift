import LavandeTabular
import LavandeTestSupport
import XCTest

/// The outcome must not depend on where reads are cut: every input is read with chunks of 1, 2, 3,
/// 7 and 64 KiB bytes, and the records and facts must be identical.
final class ChunkBoundaryTests: XCTestCase {
    private static let chunkSizes = [1, 2, 3, 7, 64 << 10]

    private func assertChunkIndependent(_ bytes: [UInt8], sample: Int = 64 << 10, file: StaticString = #filePath, line: UInt = #line) throws {
        let reference = try read(bytes, limits: limits(chunk: Self.chunkSizes.last!, sample: sample))
        for chunk in Self.chunkSizes.dropLast() {
            let result = try read(bytes, limits: limits(chunk: chunk, sample: sample))
            XCTAssertEqual(result.records, reference.records, "records, chunk \(chunk)", file: file, line: line)
            XCTAssertEqual(result.facts, reference.facts, "facts, chunk \(chunk)", file: file, line: line)
            XCTAssertEqual(result.info, reference.info, "stream info, chunk \(chunk)", file: file, line: line)
        }
    }

    private var mixedUTF8: [UInt8] {
        Array(("\u{FEFF}id;libellé;montant\r\n1;\"Écoles, collèges\r\net \"\"lycées\"\"\";12 €\n"
            + "2;c’est l’été 😀;3\r3;JosÃ©;4\r\n4;5\"2;x\n5;\"abc\"def;\n6;;\u{7}\n7;dernier").utf8) + [0x00, 0x0A]
    }

    func testMixedUTF8File() throws {
        try assertChunkIndependent(mixedUTF8)
        // A sample smaller than the file: sniffing sees only part, the pass still agrees.
        try assertChunkIndependent(mixedUTF8, sample: 40)
    }

    func testLatin1AndInvalidSequences() throws {
        try assertChunkIndependent(Array("a;b\n".utf8) + [0xE9, 0x3B, 0x92, 0xC3, 0x0A, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x0D, 0x0A]
            + [0xED, 0xA0, 0x80, 0x3B, 0xC3])
    }

    func testUTF16WithSurrogatePairs() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "nom;emoji\r\nZoé;😀🇫🇷\nx;\"a\nb\"\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        bytes += [0x00, 0xD8, 0x41, 0x00]  // a lone high surrogate, then "A"
        try assertChunkIndependent(bytes)
        try assertChunkIndependent(Array(bytes.dropLast()))  // odd length: a dangling half unit
    }

    func testUnclosedQuoteAndLoneCRAtEnd() throws {
        try assertChunkIndependent(Array("a,b\r1,\"open\r\nstill".utf8))
        try assertChunkIndependent(Array("a,b\r1,2\r".utf8))
    }

    /// The splitter reads a delimiter and the plain byte after it together (between most cells):
    /// inside quotes, before a quote, a stray quote, a multi-byte character, a control byte, an
    /// empty cell, and at the end of a chunk, it must read them as it reads them one at a time.
    func testDelimitersBetweenPlainCells() throws {
        try assertChunkIndependent(Array(("a;b;c;d;e;f\n1;22;333;\"4;4\";5\"5;\u{1}6\n7;;8;é;\"9\";x\n"
            + "aaaaaaaaaaaaaaaaaaaa;bbbbbbbbbbbbbbbbbbbbbbbbbb;\"c;c;c;c;cccccccccccccccccc\";d;e;f\n").utf8))
    }

    /// A byte 0x80 or above before an ASCII byte (Windows-1252 text) is read within the run around
    /// it when the chunk holds the byte after it, byte by byte otherwise: within a cell, before a
    /// delimiter, a quote or a line end, in a quoted cell, two in a row, a lead byte of two, three or
    /// four bytes, a continuation byte, C1 bytes (`€` 0x80, `’` 0x92), bytes no sequence starts
    /// with (0xC0, 0xF5, 0xFF), and one last in the file.
    func testLoneHighBytesOfASingleByteCodePage() throws {
        let windows1252: [UInt8] = Array("nom;ville;note\n".utf8)
            + Array("Ecoles".utf8) + [0xC9] + Array("t".utf8) + [0xE9, 0x3B] + Array("B".utf8) + [0xE9] + Array("ziers;".utf8)
            + [0x22] + Array("c".utf8) + [0xE9, 0x3B, 0xE0, 0x22, 0x3B, 0x31, 0x80, 0x0A]
            + Array("d".utf8) + [0xE9, 0xE9] + Array("t".utf8) + [0xE9, 0x3B, 0x6C, 0x92, 0x22, 0x3B, 0x92, 0xC3, 0x0D, 0x0A]
            + [0xF0, 0x41, 0xC0, 0x41, 0xF5, 0x41, 0xFF, 0x41, 0xA9, 0x41, 0x3B, 0xE2, 0x82, 0x41, 0x3B, 0xE9]
        try assertChunkIndependent(windows1252)
        let facts = try read(windows1252, limits: limits(chunk: 64 << 10, sample: 64 << 10)).facts
        XCTAssertEqual(facts.highBytesOutsideUTF8, 20, "every high byte, the two of the broken E2 82 sequence included")
        XCTAssertEqual(facts.c1Bytes, 4, "0x80, 0x92 twice and the 0x82 of E2 82")
    }

    func testGeneratedFile() throws {
        var text = "Titre\nid,nom,commentaire,montant\n"
        for index in 0..<300 {
            let comment = index % 7 == 0 ? "\"multi\r\nligne, \"\"cité\"\"\"" : "été \(index)"
            text += "\(index),Nom\(index),\(comment),\(index * 3),5\n".replacingOccurrences(of: ",5\n", with: index % 50 == 0 ? "\r\n" : "\n")
        }
        try assertChunkIndependent(Array(text.utf8), sample: 1000)
    }

    /// Records read whole, sixteen bytes at a time (`RecordSplitter.readPlainRecords`, with chunks
    /// of 64 KiB), must give what the byte loop gives (chunks of one byte): random files of plain
    /// cells (tab, CRLF, two- and three-byte characters, mojibake, lone bytes of a single-byte code
    /// page, C1 ones among them, far more than the examples kept of them, empty cells and lines),
    /// with now and then what makes a record not plain (a quote, a lone CR, a control byte, NUL,
    /// DEL, an invalid sequence).
    func testPlainRecordsReadAsTheByteLoopReadsThem() throws {
        let plain: [[UInt8]] = [
            Array("mairie".utf8), Array("12,50".utf8), Array("2024-03-15".utf8), Array("Salle des fêtes".utf8), [0x09],
            [0xE9], Array("b".utf8) + [0xE8, 0x72, 0x65], Array("ça".utf8), Array("l’été, 3 €".utf8), Array("JosÃ©".utf8),
            [0x6C, 0x92, 0x61, 0x76, 0x69, 0x73, 0x20, 0x33, 0x20, 0x80, 0x2E],  // l’avis 3 €. in Windows-1252
        ]
        let notPlain: [[UInt8]] = [
            [0x22], Array("\"a;b\"".utf8), [0x0D], [0x00], [0x01], [0x7F], [0xC3, 0xC3], [0xE9, 0xE8], [0xE2, 0x82, 0x41], [0xED, 0xA0, 0x80],
        ]
        var generator = SplitMix64(seed: 7)
        for (maxFields, maxField) in [(1 << 14, 1 << 20), (4, 1 << 20), (1 << 14, 12)] {
            var bytes = Array("id;nom;montant;commentaire\n".utf8)
            for _ in 0..<400 {
                let cells = generator.next(below: 9)
                for cell in 0..<cells {
                    if cell > 0 { bytes.append(0x3B) }
                    for _ in 0..<generator.next(below: 4) {
                        let draw = generator.next(below: 100)
                        // Mostly plain pieces: a record stays plain often enough to be read whole.
                        bytes += draw < 90 ? plain[draw % plain.count] : notPlain[draw % notPlain.count]
                    }
                }
                bytes += generator.next(below: 5) == 0 ? [0x0D, 0x0A] : [0x0A]
            }
            let reference = try read(bytes, limits: limits(chunk: 64 << 10, maxField: maxField, maxFields: maxFields))
            let byteByByte = try read(bytes, limits: limits(chunk: 1, maxField: maxField, maxFields: maxFields))
            XCTAssertEqual(byteByByte.records, reference.records, "records, limits \(maxFields) cells of \(maxField) bytes")
            XCTAssertEqual(byteByByte.facts, reference.facts, "facts, limits \(maxFields) cells of \(maxField) bytes")
            XCTAssertGreaterThan(reference.facts.invalidUTF8.count, 10 * reference.facts.invalidUTF8.limit)
            XCTAssertGreaterThan(reference.facts.c1Bytes, 10)
        }
    }
}

