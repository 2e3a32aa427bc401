import LavandeTabular
import XCTest

final class EncodingTests: XCTestCase {
    func testASCIIAndUTF8() throws {
        XCTAssertEqual(try read("a,b\n1,2\n").facts.encoding, .ascii)
        XCTAssertEqual(try read("a,b\n1,2\n").info?.encoding, .ascii)
        let utf8 = try read("commune,région\nAmiens,Hauts-de-France\nÉpinal,Grand Est\n")
        XCTAssertEqual(utf8.facts.encoding, .utf8)
        XCTAssertEqual(utf8.info?.encoding, .utf8)
        XCTAssertEqual(utf8.facts.invalidUTF8.count, 0)
        XCTAssertEqual(utf8.rows[2], ["Épinal", "Grand Est"])
    }

    func testUTF8BOMIsNotPartOfTheFirstCell() throws {
        let result = try read([0xEF, 0xBB, 0xBF] + Array("id,nom\n1,Zoé\n".utf8))
        XCTAssertEqual(result.facts.byteOrderMark, .utf8)
        XCTAssertEqual(result.info?.byteOrderMark, .utf8)
        XCTAssertEqual(result.facts.encoding, .utf8)
        XCTAssertEqual(result.rows, [["id", "nom"], ["1", "Zoé"]])
        XCTAssertEqual(result.records[0].offset, 3)
        XCTAssertEqual(result.facts.lfLineEndings.first, position(9, 1, 7))
    }

    private func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return bytes
    }

    func testUTF16WithAndWithoutBOM() throws {
        let text = "nom;ville;emoji\nZoé;Besançon;😀\nŒdipe;Lyon;€\n"
        for bigEndian in [false, true] {
            for bom in [false, true] {
                let result = try read(utf16(text, bigEndian: bigEndian, bom: bom))
                let expected: TextEncoding = bigEndian ? .utf16BE : .utf16LE
                XCTAssertEqual(result.facts.encoding, expected)
                XCTAssertEqual(result.info?.encoding, expected)
                XCTAssertEqual(result.info?.recordEncoding, .utf8)
                XCTAssertEqual(result.facts.byteOrderMark, bom ? (bigEndian ? .utf16BE : .utf16LE) : nil)
                XCTAssertEqual(result.dialect?.delimiter, UInt8(ascii: ";"))
                XCTAssertEqual(result.rows, [["nom", "ville", "emoji"], ["Zoé", "Besançon", "😀"], ["Œdipe", "Lyon", "€"]])
                XCTAssertEqual(result.facts.invalidUTF8.count, 0)
                XCTAssertNil(result.facts.binary)
                XCTAssertEqual(result.facts.size, text.utf16.count * 2 + (bom ? 2 : 0))
            }
        }
    }

    func testUTF16LoneSurrogateBecomesReplacementAndIsCounted() throws {
        var bytes = utf16("a,b\n1,", bigEndian: false, bom: true)
        bytes += [0xAD, 0xDE]  // U+DEAD alone
        bytes += utf16("\n", bigEndian: false, bom: false)
        let result = try read(bytes)
        XCTAssertEqual(result.rows[1], ["1", "\u{FFFD}"])
        XCTAssertEqual(result.facts.invalidUTF8.count, 1)
        XCTAssertEqual(result.facts.invalidUTF8.first, position(6, 2, 3))
    }

    func testWindows1252VersusISO88591() throws {
        // 0x80 (€) and 0x92 (’) only exist in Windows-1252.
        let cp1252 = try read(Array("nom;montant\n".utf8) + [0x4C, 0x92, 0xE9, 0x74, 0xE9, 0x3B, 0x31, 0x30, 0x20, 0x80, 0x0A])
        XCTAssertEqual(cp1252.facts.encoding, .windows1252)
        XCTAssertEqual(cp1252.info?.encoding, .windows1252)
        XCTAssertEqual(cp1252.facts.c1Bytes, 2)
        XCTAssertEqual(cp1252.facts.highBytesOutsideUTF8, 4)
        let latin1 = try read(Array("nom;ville\n".utf8) + [0x45, 0x6C, 0xE9, 0x6E, 0x61, 0x3B, 0x53, 0xE8, 0x74, 0x65, 0x0A])
        XCTAssertEqual(latin1.facts.encoding, .iso88591)
        XCTAssertEqual(latin1.info?.encoding, .iso88591)
        XCTAssertEqual(latin1.facts.c1Bytes, 0)
        XCTAssertEqual(latin1.facts.invalidUTF8.count, 2)
    }

    func testValidUTF8SampleThenLatin1After70KB() throws {
        var bytes = Array("id;ville\n".utf8)
        var row = 0
        while bytes.count < 70_000 {
            bytes += Array("\(row);Besançon\n".utf8)
            row += 1
        }
        let lineOfLatin1 = row + 2
        bytes += Array("\(row);Orl".utf8) + [0xE9] + Array("ans\n".utf8)
        let result = try read(bytes)
        XCTAssertEqual(result.info?.encoding, .utf8, "the sample alone is valid UTF-8")
        XCTAssertEqual(result.facts.encoding, .iso88591, "the whole file is not")
        XCTAssertEqual(result.facts.invalidUTF8.count, 1)
        let offset = bytes.firstIndex(of: 0xE9)!
        XCTAssertEqual(result.facts.invalidUTF8.first, position(offset, lineOfLatin1, "\(row);Orl".utf8.count + 1))
    }

    func testInvalidSequencePositionsAndKinds() throws {
        let cases: [(bytes: [UInt8], invalid: Int)] = [
            ([0xC0, 0xAF], 2),              // overlong: C0 and the lone continuation
            ([0xE0, 0x80, 0xAF], 3),        // overlong 3-byte
            ([0xED, 0xA0, 0x80], 3),        // surrogate U+D800
            ([0xF4, 0x90, 0x80, 0x80], 4),  // above U+10FFFF
            ([0xF5, 0x80], 2),
            ([0xE2, 0x82], 1),              // truncated € before ASCII
            ([0xC3, 0xA9], 0),              // é
            ([0xF0, 0x9F, 0x98, 0x80], 0),  // 😀
            ([0xEF, 0xBF, 0xBD], 0),        // U+FFFD itself is valid UTF-8
        ]
        for (bytes, invalid) in cases {
            let result = try read(Array("a,b\nx,".utf8) + bytes + Array("y\n".utf8))
            XCTAssertEqual(result.facts.invalidUTF8.count, invalid, "\(bytes)")
            if invalid > 0 { XCTAssertEqual(result.facts.invalidUTF8.first, position(6, 2, 3), "\(bytes)") }
        }
    }

    func testTruncatedSequenceAtEndOfFile() throws {
        let result = try read(Array("a,b\n1,".utf8) + [0xE2, 0x82])
        XCTAssertEqual(result.facts.invalidUTF8.count, 1)
        XCTAssertEqual(result.facts.highBytesOutsideUTF8, 2)
        XCTAssertEqual(result.facts.c1Bytes, 1, "0x82 is outside valid UTF-8")
        XCTAssertEqual(result.facts.encoding, .windows1252)
    }

    func testLyingUTF8BOMBeforeWindows1252() throws {
        let result = try read([0xEF, 0xBB, 0xBF] + Array("nom;montant\nL".utf8) + [0x92, 0x65, 0x3B, 0x80, 0x0A])
        XCTAssertEqual(result.facts.byteOrderMark, .utf8)
        XCTAssertEqual(result.facts.encoding, .windows1252)
        XCTAssertEqual(result.info?.encoding, .windows1252)
        XCTAssertEqual(result.rows[1], ["L’e", "€"])
    }

    func testMojibakePositives() throws {
        let samples = ["Ã©", "Ã¨", "Ã\u{A0}", "Ã‰", "â‚¬", "â€™", "Ã§", "Ã´", "Â°"]
        for sample in samples {
            let result = try read("a,b\n1,\(sample)t\n")
            XCTAssertEqual(result.facts.mojibake.count, 1, sample)
            XCTAssertEqual(result.facts.mojibake.first, position(6, 2, 3), sample)
        }
        XCTAssertEqual(try read("a,b\n1,éÃ©é\n").facts.mojibake.first, position(8, 2, 5), "next to plain accents")
        let several = try read("nom,avis\nJosÃ©,Câ€™est dÃ©jÃ  payÃ©\n")
        XCTAssertEqual(several.facts.mojibake.count, 4)
    }

    func testFrenchTextIsNotMojibake() throws {
        let text = "libellé,commentaire\nÉcole élémentaire à Besançon,« Œuvre » coûte 12 € — c’est l’été\n"
            + "Â la façon d'Ève,ÂGE ÉTÉ Ã\nça,âge\u{A0}: 3 ; Ça ! Âme\n"
        XCTAssertEqual(try read(text).facts.mojibake.count, 0)
    }
}
