import XCTest
@testable import LavandeKit

/// The personal-data validators, with the vectors of /work/shared/specs/personal-data.md and near misses.
final class PersonalValidatorTests: XCTestCase {
    func testNIR() {
        for text in ["2 85 07 33 999 123 74", "285073399912374", "192032A99905665", "281112B99900779", "1 92 03 2a 999 056 65",
                     "2.85.07.33.999.123.74", "2 95 10 99 126 111 93", "253072B07300470", "253072A07300443",
                     "2 85 07 33 999 12374", "2\u{A0}85\u{A0}07\u{A0}33\u{A0}999\u{A0}123\u{A0}74"] {
            XCTAssertEqual(readCell(.nir, text), ValueReading(), text)
        }
        // Born overseas (département 971, commune 23), provisional numbers (7), unknown month (20).
        XCTAssertEqual(readCell(.nir, "1 85 07 971 23 123 38"), ValueReading())
        XCTAssertEqual(readCell(.nir, "185079712312338"), ValueReading())
        XCTAssertNil(readCell(.nir, "7 85 07 33 999 123 18"), "temporary NIA numbers are left out")
        XCTAssertEqual(readCell(.nir, "2 85 20 33 999 123 88"), ValueReading())
        XCTAssertNil(readCell(.nir, "3 99 01 99 123 456 30"), "registration under way: left out, an Amex number can pass the key")
        XCTAssertEqual(cellProblem(.nir, "285073399912345"), .checksum, "wrong key")
        XCTAssertEqual(cellProblem(.nir, "2 85 07 33 999 123 75"), .checksum)
        XCTAssertEqual(cellProblem(.nir, "192032B99905665"), .checksum, "2B counts as 18, not 19")
        XCTAssertEqual(cellProblem(.nir, "285073399912300"), .checksum, "a key is never 00")
        for text in ["585073399912374", "085073399912374", "985073399912374", "6 85 07 33 999 123 74",  // sex digit
                     "285133399912373", "285003399912374", "285453399912374",  // month 13, 00, 45
                     "28507339991237", "2850733999123745", "2 85 07 33 999 123 7", "28 50 73 39 99 12 374",
                     "2 85 07  33 999 123 74", "2 85 07 33 999 123 74 ", "2-85-07-33-999-123-74", "2 85 07 97 123 123 38",
                     "192032C99905665", "19203A299905665", "2 85 07 33 999 123 7A", "12345678200010"] {
            XCTAssertNil(readCell(.nir, text), text)
        }
    }

    func testIBAN() {
        for text in ["FR91 9999 9000 0100 0123 4567 A30", "FR9199999000010001234567A30", "fr91 9999 9000 0100 0123 4567 a30",
                     "FR76 3000 6000 0112 3456 7890 189", "FR14 2004 1010 0505 0001 3M02 606", "MC58 1122 2000 0101 2345 6789 030",
                     "DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19", "NL91ABNA0417164300", "BE68 5390 0754 7034",
                     "ES91 2100 0418 4502 0005 1332", "IT60 X054 2811 1010 0000 0123 456", "NO93 8601 1117 947",
                     "FR76\u{A0}3000\u{A0}6000\u{A0}0112\u{A0}3456\u{A0}7890\u{A0}189", "FR7630006000 0112 3456 7890189"] {
            XCTAssertEqual(readCell(.iban, text), ValueReading(), text)
        }
        XCTAssertEqual(cellProblem(.iban, "FR91 9999 9000 0100 0123 4567 A31"), .checksum, "last digit changed")
        XCTAssertEqual(cellProblem(.iban, "FR92 9999 9000 0100 0123 4567 A30"), .checksum)
        XCTAssertEqual(cellProblem(.iban, "DE89 3704 0044 0532 0130 01"), .checksum)
        XCTAssertEqual(cellProblem(.iban, "FR06 3000 6000 0112 3456 7890 188"), .checksum, "passes mod 97, wrong RIB key")
        for text in ["FR91 9999 9000 0100 0123 4567 A3", "FR91 9999 9000 0100 0123 4567 A300", "XX91 9999 9000 0100 0123 4567 A30",
                     "US12 3456 7890 1234 5678", "FR91 99999 000 0100 0123 4567 A30", "FR91  9999 9000 0100 0123 4567 A30",
                     "FR91-9999-9000-0100-0123-4567-A30", "FR9A 9999 9000 0100 0123 4567 A30", "FR91 A999 9000 0100 0123 4567 A30",
                     "FR91 9999 9000 0100 0123 4567 A3B", "FR91 9999 9000 0100 0123 4567 A30 ", "IBAN FR91 9999 9000 0100 0123 4567 A30",
                     "FR91 9999 9000 0100 0123 4567 É30", "DE89 3704 0044 0532 0130 0"] {
            XCTAssertNil(readCell(.iban, text), text)
        }
    }

    func testPaymentCards() {
        for text in ["4970 1012 3456 7893", "4970101234567893", "4970-1012-3456-7893", "4222222222222", "4000 0000 0000 0000 006",
                     "5555 5555 5555 4444", "5100000000000008", "2221000000000009", "2720000000000005", "3782 822463 10005",
                     "378282246310005", "6011 1111 1111 1117", "6440000000000005", "6500000000000002", "6221260000000000",
                     "3530 1113 3330 0000", "3600000000000008", "3050000000000003", "340000000000009", "3782 8224 6310 005"] {
            XCTAssertEqual(readCell(.card, text), ValueReading(), text)
        }
        for text in ["4970101234567894", "4970 1012 3456 7894",  // Luhn
                     "12345678200010", "123 456 782 00010", "36000000000008",  // 14 digits: SIRETs
                     "2721000000000004", "6200000000000005", "3590000000000000", "1234567890123452",  // no issuer
                     "0000 0000 0000 0000", "1000000000000008", "7000000000000005", "8000000000000003", "9000000000000001",  // Luhn, no issuer's first digit
                     "400000000000006", "4000000000000000000000", "309500000000007",  // issuer, wrong length
                     "4970 1012-3456 7893", "4970  1012 3456 7893", "49701 0123 4567 893", "4970 1012 3456 7893 ", " 4970101234567893",
                     "4970.1012.3456.7893", "4970 1012 3456 789X", "3782 82246 310005"] {
            XCTAssertNil(readCell(.card, text), text)
        }
    }

    func testTaxNumber() {
        for text in ["3023217600053", "30 23 217 600 053", "1234567890066", "0123456789211", "2000000000166"] {
            XCTAssertEqual(readCell(.taxID, text), ValueReading(), text)
        }
        XCTAssertEqual(cellProblem(.taxID, "3023217600054"), .checksum)
        XCTAssertEqual(cellProblem(.taxID, "30 23 217 600 999"), .checksum)
        for text in ["4023217600053", "9023217600053", "302321760005", "30232176000530", "302 321 760 0053", "3023217600O53"] {
            XCTAssertNil(readCell(.taxID, text), text)
        }
    }

    func testIPAddresses() {
        for text in ["192.0.2.44", "0.0.0.0", "255.255.255.255", "10.1.20.200", "2001:db8::1", "2001:DB8:0:0:8:800:200C:417A",
                     "::", "::1", "fe80::", "::ffff:192.0.2.1", "64:ff9b::192.0.2.33", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:192.0.2.1",
                     "1::8", "2001:0db8:0000:0000:0000:ff00:0042:8329"] {
            XCTAssertEqual(readCell(.ip, text), ValueReading(), text)
        }
        for text in ["999.1.1.1", "12.05.2023", "256.1.1.1", "192.168.01.1", "1.2.3", "1.2.3.4.5", "1.2.3.4.", ".1.2.3.4", "1..2.3",
                     "1234.1.1.1", "2001:db8::1::1", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "2001:db8:::1", "12345::1", "2001:dg8::1",
                     "fe80::1%eth0", "2001:db8::/32", "[2001:db8::1]", ":1::2", "1::2:", "12:30", "12:30:45", "00:1A:2B:3C:4D:5E",
                     "1:2:3:4:5:6:7:192.0.2.1", "::ffff:192.0.2.256", "::ffff:1.2.3", "1:2:3:4:5:6:7:8::", "a"] {
            XCTAssertNil(readCell(.ip, text), text)
        }
    }

    func testSIVPlates() {
        XCTAssertEqual(readCell(.plateSIV, "XZ-482-KV"), ValueReading(format: .dashed))
        XCTAssertEqual(readCell(.plateSIV, "AA-001-AA"), ValueReading(format: .dashed))
        XCTAssertEqual(readCell(.plateSIV, "xz-482-kv"), ValueReading(format: .dashed))
        XCTAssertEqual(readCell(.plateSIV, "XZ 482 KV"), ValueReading(format: .spaced))
        XCTAssertEqual(readCell(.plateSIV, "XZ482KV"), ValueReading(format: .undashed))
        XCTAssertEqual(readCell(.plateSIV, "WW-123-AB"), ValueReading(format: .dashed), "temporary registrations")
        for text in ["AO-123-AB", "AI-123-AB", "AU-123-AB", "AB-123-AO", "SS-123-AB", "AB-123-SS", "ss-123-ab", "AB-000-CD",
                     "AB-123-C", "AB-1234-CD", "A1-123-CD", "AB-12A-CD", "AB 123-CD", "AB-123 CD", "AB_123_CD", "AB.123.CD",
                     "AB123CDE", "AB-123-CD ", "123-AB-45", "ÉB-123-CD"] {
            XCTAssertNil(readCell(.plateSIV, text), text)
        }
    }

    func testFNIPlates() {
        for (text, format) in [("123 ABC 75", "spaced"), ("1234 AB 2A", "spaced"), ("12-AB-971", "dashed"), ("1 A 01", "spaced"),
                               ("9999 ZZ 95", "spaced"), ("999 ZZZ 976", "spaced"), ("456 XY 2b", "spaced"), ("45 ab 20", "spaced")] {
            XCTAssertEqual(readCell(.plateFNI, text), ValueReading(format: ValueFormat(rawValue: format)), text)
        }
        for text in ["1234 ABC 75", "0123 AB 75", "12345 AB 75", "123 ABCD 75", "123 ABC 96", "123 ABC 00", "123 ABC 977",
                     "123 ABC 2C", "123 ABC-75", "123ABC75", "123  ABC 75", "123 ABC 7", "123 ABC 7501", "ABC 123 75",
                     "123 A1C 75", "123 ABC 75 ", "123 ABC"] {
            XCTAssertNil(readCell(.plateFNI, text), text)
        }
    }

    func testPassport() {
        XCTAssertEqual(readCell(.passport, "12AB34567"), ValueReading())
        XCTAssertEqual(readCell(.passport, "09xk00001"), ValueReading())
        for text in ["123B34567", "12AB3456", "12AB345678", "AB1234567", "12A 34567", "12ABC4567", "12AB3456O", "12ÉB34567"] {
            XCTAssertNil(readCell(.passport, text), text)
        }
    }

    func testMobileAndLandlinePhones() {
        for text in ["06 12 34 56 78", "0612345678", "07 81 23 45 67", "06.39.12.34.56", "0692 12 34 56", "0730000000"] {
            XCTAssertEqual(readCell(.phoneMobile, text), ValueReading(format: .national), text)
            XCTAssertNil(readCell(.phoneLandline, text), text)
        }
        for text in ["+33 (0)6 12 34 56 78", "+33 6 12 34 56 78", "0033 7 52 12 34 56", "+262 692 12 34 56", "+596 696 12 34 56"] {
            XCTAssertEqual(readCell(.phoneMobile, text), ValueReading(format: .international), text)
            XCTAssertNil(readCell(.phoneLandline, text), text)
        }
        for text in ["01 23 45 67 89", "05 56 00 00 00", "09 87 65 43 21", "02 62 12 34 56", "0590 12 34 56"] {
            XCTAssertEqual(readCell(.phoneLandline, text), ValueReading(format: .national), text)
            XCTAssertNil(readCell(.phoneMobile, text), text)
        }
        XCTAssertEqual(readCell(.phoneLandline, "+33 1 23 45 67 89"), ValueReading(format: .international))
        XCTAssertEqual(readCell(.phoneLandline, "+262 262 12 34 56"), ValueReading(format: .international))
        for text in ["3939", "0800 123 456", "08 92 68 01 23", "07 00 00 00 00", "07 12 34 56 78", "07 29 99 99 99",
                     "06 12 34 56 7", "06 12 34 56 789", "6 12 34 56 78", "+44 20 7946 0958", "06 12 34 56 78 "] {
            XCTAssertNil(readCell(.phoneMobile, text), text)
            XCTAssertNil(readCell(.phoneLandline, text), text)
        }
        // phone-fr keeps reading every shape, service numbers included.
        XCTAssertEqual(readCell(.phoneFR, "0800 123 456"), ValueReading(format: .national))
        XCTAssertEqual(readCell(.phoneFR, "07 00 00 00 00"), ValueReading(format: .national))
    }

    func testEveryNewValidatorHasItsName() {
        let names: [(BuiltInValidator, String)] = [(.nir, "nir"), (.iban, "iban"), (.card, "card"), (.taxID, "tax-id"), (.ip, "ip"),
                                                   (.plateSIV, "plate-siv"), (.plateFNI, "plate-fni"), (.passport, "passport"),
                                                   (.phoneMobile, "phone-mobile"), (.phoneLandline, "phone-landline")]
        for (validator, name) in names {
            XCTAssertEqual(BuiltInValidator(rawValue: name), validator)
            XCTAssertFalse(validator.summary.fr.isEmpty)
            XCTAssertNotEqual(validator.summary.fr, validator.summary.en)
            XCTAssertNil(readCell(validator, ""))
        }
    }

    /// Debug builds check every `UnsafeBufferPointer` subscript, so reading past a cell traps here.
    func testNoPersonalValidatorReadsOutsideTheCell() {
        let samples = ["2 85 07 33 999 123 74", "1 85 07 971 23 123 38", "192032A99905665", "FR91 9999 9000 0100 0123 4567 A30",
                       "MC58 1122 2000 0101 2345 6789 030", "4970 1012 3456 7893", "3782 822463 10005", "30 23 217 600 053",
                       "2001:db8::1", "::ffff:192.0.2.1", "192.0.2.44", "XZ-482-KV", "1234 AB 2A", "12-AB-971", "12AB34567",
                       "+33 (0)6 12 34 56 78", "0033 1 23 45 67 89", "jean.dupont@exemple.fr"]
        var cells = samples.flatMap { sample in
            let bytes = Array(sample.utf8)
            return (0...bytes.count).flatMap { [Array(bytes[..<$0]), Array(bytes[$0...])] }
        }
        let alphabet = Array("0123456789 .-+:()@ABFRSXZaefj2A".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0xAF]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<4000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 58)
            cells.append((0..<length).map { offset in
                alphabet[Int((seed >> UInt64(offset % 48)) % UInt64(alphabet.count))]
            })
        }
        var skipped = 0
        for cell in cells {
            cell.withUnsafeBufferPointer { buffer in
                for validator in BuiltInValidator.allCases { _ = validator.read(buffer) }
                let found = EmbeddedValues.scan(buffer, limit: 10)
                for value in found {
                    XCTAssertTrue(value.range.lowerBound >= 0 && value.range.upperBound <= buffer.count)
                }
                // The first look at the bytes never hides a value the full scan finds.
                XCTAssertEqual(found, EmbeddedValues.scanEveryWord(buffer, limit: 10), String(decoding: cell, as: UTF8.self))
                if !EmbeddedValues.mayHoldValue(buffer) { skipped += 1 }
            }
        }
        XCTAssertGreaterThan(skipped, cells.count / 10, "the first look skips texts")
    }
}

/// Values found inside free text.
final class EmbeddedValuesPersonalValidatorTests: XCTestCase {
    private func scan(_ text: String, limit: Int = 10) -> [(EmbeddedValue.Kind, String)] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            EmbeddedValues.scan(buffer, limit: limit).map { ($0.kind, String(decoding: bytes[$0.range], as: UTF8.self)) }
        }
    }

    private func assertScan(_ text: String, _ expected: [(EmbeddedValue.Kind, String)], limit: Int = 10,
                            file: StaticString = #filePath, line: UInt = #line) {
        let found = scan(text, limit: limit)
        XCTAssertEqual(found.map(\.0), expected.map(\.0), text, file: file, line: line)
        XCTAssertEqual(found.map(\.1), expected.map(\.1), text, file: file, line: line)
    }

    func testTheFirstLookSkipsTextsWithoutWhatValuesNeed() {
        func mayHold(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(EmbeddedValues.mayHoldValue) }
        XCTAssertFalse(mayHold("Horaires d'été : 9 h – 19 h, fermé le 1er août 2024."), "eight digits, no @")
        XCTAssertFalse(mayHold("Salle FR7 rénovée, accès F 76 et B12"), "letters then one digit, or a space between")
        XCTAssertTrue(mayHold("écrire à j@d"), "an @")
        XCTAssertTrue(mayHold("le 1 2 3 4 5 6 7 8 9"), "nine digits, however written")
        XCTAssertTrue(mayHold("virement fr76 à vérifier"), "two letters then two digits, without case")
        XCTAssertTrue(mayHold("Une phrase assez longue pour trois mots : écrire à l'adresse j@d"), "an @ after words skipped eight at a time")
        XCTAssertTrue(mayHold("Une phrase longue, puis 06 12 34 56 78"), "digits after words skipped eight at a time")
    }

    /// The free-text rule takes the first look on a cell's bytes before decoding them: in every
    /// record encoding, with spaces and tabs around them or not, the answer is the UTF-8 text's.
    func testTheFirstLookAnswersAlikeInEveryRecordEncodingAndUntrimmed() {
        let texts = ["Horaires d'été : 9 h – 19 h, fermé le 1er août 2024.", "écrire à j@d", "virement fr76 à vérifier",
                     "Salle FR7 rénovée, accès F 76 et B12", "é12 34 56 78 9", "éé12", "àF76", "Fé76", "FR€76", "€ 12 345 678 9",
                     "Réf. œuvre nº 12345678", "Ÿ@", "naïve 0612 345 678", "Ça va FRé7", "ab12", "\tab12 ", " é 1 2 3 4 5 6 7 8 "]
        for text in texts {
            let utf8 = Array(text.utf8)
            let answer = utf8.withUnsafeBufferPointer { EmbeddedValues.mayHoldValue(CellText.trim($0)) }
            XCTAssertEqual(utf8.withUnsafeBufferPointer(EmbeddedValues.mayHoldValue), answer, "untrimmed: \(text)")
            for encoding in [String.Encoding.windowsCP1252, .isoLatin1] {
                guard let bytes = text.data(using: encoding).map(Array.init) else { continue }
                XCTAssertEqual(bytes.withUnsafeBufferPointer(EmbeddedValues.mayHoldValue), answer, "\(encoding): \(text)")
            }
        }
    }

    func testTheWordTestFindsEveryDigitOrAtWhereverItIs() {
        // Every byte value at every place of a word of otherwise plain letters (and of bytes from
        // 0x80 on, which must not carry into their neighbour).
        for filler: UInt8 in [0x61, 0xFF, 0x2F, 0x41] {
            for place in 0..<8 {
                for byte in 0...255 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[place] = UInt8(byte)
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    XCTAssertEqual(CellBytes.mayHoldDigitOrAt(word), (0x30...0x40).contains(byte),
                                   "byte \(byte) at \(place) among \(filler)")
                }
            }
        }
    }

    func testSpecSentences() {
        let sentence = "Contacter Mme Durand au 06 12 34 56 78 ou jeanne.durand@example.org."
        assertScan(sentence, [(.mobilePhone, "06 12 34 56 78"), (.email, "jeanne.durand@example.org")])
        let ranges = Array(sentence.utf8).withUnsafeBufferPointer { EmbeddedValues.scan($0, limit: 10).map(\.range) }
        XCTAssertEqual(ranges, [24..<38, 42..<67])
        assertScan("SIRET 12345678200010 du 12/05/2023", [])
    }

    func testPhones() {
        assertScan("Tél. : 01 23 45 67 89 (bureau), portable 06.12.34.56.78", [(.landlinePhone, "01 23 45 67 89"), (.mobilePhone, "06.12.34.56.78")])
        assertScan("appeler le +33 (0)6 12 34 56 78 avant midi", [(.mobilePhone, "+33 (0)6 12 34 56 78")])
        assertScan("tel:0612345678;fax:0123456789", [(.mobilePhone, "0612345678"), (.landlinePhone, "0123456789")])
        assertScan("box 09\u{A0}87\u{A0}65\u{A0}43\u{A0}21.", [(.landlinePhone, "09\u{A0}87\u{A0}65\u{A0}43\u{A0}21")])
        assertScan("(06-12-34-56-78)", [(.mobilePhone, "06-12-34-56-78")])
        // Not personal, not phones, or glued to other digits.
        assertScan("Allô service public 3939 ou le 0800 123 456, ou 07 00 00 00 00", [])
        assertScan("réf 061234567890 et 10612345678 et A0612345678 et 0612345678B", [])
        assertScan("le 01.02.2023 06 12", [])
        assertScan("du 12.05.2023 au 15.06.2024, 2 06 12 34 56 78", [])
        assertScan("SIRET 123 456 782 00010, date 2023-06-12", [])
    }

    func testEmails() {
        assertScan("écrire à jean.dupont+asso@mairie-exemple.fr, merci", [(.email, "jean.dupont+asso@mairie-exemple.fr")])
        assertScan("<jeanne@example.org>; (paul@example.com).", [(.email, "jeanne@example.org"), (.email, "paul@example.com")])
        assertScan("voir ...jean@example.org...", [(.email, "jean@example.org")])
        assertScan("a@b, jean@exemple, @exemple.fr, jean@@exemple.fr, jean@.fr, jean.@exemple.fr", [])
        assertScan("user@example.org@example.net", [(.email, "user@example.org")])
    }

    func testNIRsAndIBANs() {
        assertScan("NIR : 2 85 07 33 999 123 74.", [(.nir, "2 85 07 33 999 123 74")])
        assertScan("n° sécu 192032A99905665 (provisoire 285073399912345)", [(.nir, "192032A99905665")])
        assertScan("RIB : FR91 9999 9000 0100 0123 4567 A30 ; ancien FR91 9999 9000 0100 0123 4567 A31",
                   [(.iban, "FR91 9999 9000 0100 0123 4567 A30")])
        assertScan("IBAN:FR7630006000011234567890189.", [(.iban, "FR7630006000011234567890189")])
        assertScan("XFR7630006000011234567890189 FR76300060000112345678901890", [])
        assertScan("12 285073399912374 5", [])
    }

    func testLimitAndMixedContent() {
        let text = "a@example.org 06 12 34 56 78 b@example.org 01 23 45 67 89 FR7630006000011234567890189 et 2 85 07 33 999 123 74"
        assertScan(text, [(.email, "a@example.org"), (.mobilePhone, "06 12 34 56 78"), (.email, "b@example.org"),
                          (.landlinePhone, "01 23 45 67 89"), (.iban, "FR7630006000011234567890189"), (.nir, "2 85 07 33 999 123 74")])
        assertScan(text, [(.email, "a@example.org"), (.mobilePhone, "06 12 34 56 78")], limit: 2)
        assertScan(text, [], limit: 0)
        assertScan("", [])
        XCTAssertEqual(EmbeddedValue.Kind.allCases.map(\.rawValue), ["email", "mobile-phone", "landline-phone", "nir", "iban"])
    }

    /// Pathological texts stay linear: a long run of local-part bytes, many `@`, many digits.
    func testLongTextsStayFast() {
        let long = String(repeating: "a", count: 200_000) + "@example.org " + String(repeating: "@ab", count: 40_000)
            + " " + String(repeating: "1", count: 200_000) + " " + String(repeating: "06 ", count: 50_000) + String(repeating: "FR76 ", count: 40_000)
        let bytes = Array(long.utf8)
        let start = Date()
        let found = bytes.withUnsafeBufferPointer { EmbeddedValues.scan($0, limit: 1000) }
        XCTAssertTrue(found.isEmpty, "\(found.prefix(3))")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }
}
