import Foundation
import LavandeTestSupport
import Synchronization
import XCTest
@testable import LavandeKit

final class BytePatternTests: XCTestCase {
    // MARK: - Matching

    func testAnchoredAndUnanchoredSearch() throws {
        try expect("^\\d{5}$", matches: ["75001", "00000"], rejects: ["7500", "750011", " 75001", "75001 ", "7500a", ""])
        try expect("\\d{5}", matches: ["75001", "code 75001 Paris", "123456"], rejects: ["7500", "12 345", ""])
        try expect("^ab", matches: ["ab", "abc"], rejects: ["cab", "a"])
        try expect("ab$", matches: ["ab", "cab"], rejects: ["abc", "ab\n"])
        try expect("\\Aab\\z", matches: ["ab"], rejects: ["ab\n", "xab"])
        try expect("a|^b", matches: ["xa", "b", "bx"], rejects: ["xb", ""])
        try expect("a^b", matches: [], rejects: ["ab", "a^b"])
        try expect("x*", matches: ["", "y"], rejects: [])
        try expect("^$", matches: [""], rejects: ["a", "\n"])
    }

    func testDollarMatchesOnlyAtTheVeryEnd() throws {
        let pattern = try BytePattern("^ab$")
        XCTAssertFalse(pattern.matches(bytes: "ab\n"))
        XCTAssertFalse(pattern.matches(bytes: "ab\r\n"))
        // ICU also matches before a final line terminator; the linear matcher does not.
        XCTAssertTrue(icuMatches("^ab$", "ab\n"))
        XCTAssertFalse(try CellPattern("^ab$").matches("ab\n"))
    }

    func testClasses() throws {
        try expect("^[a-z0-9_]+$", matches: ["abc_09"], rejects: ["Abc", "a-b", "é"])
        try expect("^[^;]+$", matches: ["a,b", "été", "€", "😀"], rejects: ["a;b", ""])
        try expect("^[\\w.-]+$", matches: ["a.b-c_1"], rejects: ["a b", "a/b"])
        try expect("^[a-zéèàç]+$", matches: ["été", "façade"], rejects: ["ÉTÉ", "ê"])
        try expect("^[]a]+$", matches: ["]a]"], rejects: ["b"])
        try expect("^[-a]$|^[a-]$", matches: ["-", "a"], rejects: ["b"])
        try expect("^[\\[\\]\\\\\\-]+$", matches: ["[]\\-"], rejects: ["a"])
        try expect("^[.*+?()|{}$^]+$", matches: [".*+?()|{}$^"], rejects: ["a"])
        try expect("^[\\u00e0-\\u00ff]$", matches: ["à", "ÿ"], rejects: ["a", "ā"])
        try expect("^\\s+$", matches: [" \t\n", "\u{A0}", "\u{202F}", "\u{3000}"], rejects: ["a", "\u{200B}"])
        try expect("^\\S+$", matches: ["é€"], rejects: ["a b", "\u{A0}"])
        try expect("^[^\\s]$", matches: ["é"], rejects: ["\u{2007}"])
        try expect("^\\D\\W$", matches: ["a-", "é€"], rejects: ["1-", "ab"])
    }

    func testAlternationAndGroups() throws {
        try expect("^(?:oui|non|o|n)$", matches: ["oui", "non", "o", "n"], rejects: ["ou", "nono", ""])
        try expect("^(ab|cd)+$", matches: ["ab", "abcdab"], rejects: ["abc", ""])
        try expect("^(|a)b$", matches: ["b", "ab"], rejects: ["aab"])
        try expect("^a||b$", matches: ["a", "x", ""], rejects: [])
        try expect("^((a|b)c)*$", matches: ["", "acbc"], rejects: ["ab"])
    }

    func testCountedRepetition() throws {
        try expect("^a{3}$", matches: ["aaa"], rejects: ["aa", "aaaa"])
        try expect("^a{2,}$", matches: ["aa", "aaaaaa"], rejects: ["a"])
        try expect("^a{2,4}$", matches: ["aa", "aaa", "aaaa"], rejects: ["a", "aaaaa"])
        try expect("^a{0}b$", matches: ["b"], rejects: ["ab"])
        try expect("^(ab){1,2}?$", matches: ["ab", "abab"], rejects: ["ababab"])
        try expect("^W\\d{9}$", matches: ["W123456789"], rejects: ["W12345678", "w123456789"])
        try expect("^a+?b*?c??$", matches: ["a", "abbc"], rejects: ["b"])
    }

    func testUTF8Literals() throws {
        try expect("^été$", matches: ["été"], rejects: ["ete", "e\u{301}te\u{301}"])
        try expect("€+", matches: ["10 €€"], rejects: ["10 E"])
        try expect("^\\u00e9\\x{1F600}\\x41$", matches: ["é😀A"], rejects: ["é😀a"])
        try expect("^😀{2}$", matches: ["😀😀"], rejects: ["😀"])
    }

    func testDotTakesAWholeCharacterButNoLineTerminator() throws {
        try expect("^.$", matches: ["a", "é", "€", "😀"], rejects: ["", "ab", "\n", "\r", "\u{85}", "\u{2028}", "e\u{301}"])
        try expect("^.{3}$", matches: ["aé😀"], rejects: ["aé"])
        // A malformed UTF-8 byte is no character.
        let pattern = try BytePattern("^.$")
        XCTAssertFalse([UInt8(0xE9)].withUnsafeBufferPointer(pattern.matches))
        XCTAssertFalse([UInt8(0xC3)].withUnsafeBufferPointer(pattern.matches))
        XCTAssertFalse([UInt8(0xED), 0xA0, 0x80].withUnsafeBufferPointer(pattern.matches))   // a surrogate
    }

    func testCaseInsensitive() throws {
        try expect("(?i)^[a-c]+x$", matches: ["AbCX", "abcx"], rejects: ["abd"])
        try expect("(?i)^[^a]$", matches: ["b", "é"], rejects: ["a", "A"])
        let option = try BytePattern("^FR\\d{2}$", caseInsensitive: true)
        XCTAssertTrue(option.matches(bytes: "fr12"))
        XCTAssertTrue(option.isUnicodeSensitive)
        XCTAssertThrowsError(try BytePattern("(?i)^été$")) { XCTAssertTrue(isUnsupported($0)) }
        // ICU folds the Kelvin sign to k and ß to ss: CellPattern routes non-ASCII cells to it.
        let cell = try CellPattern("(?i)^k$")
        XCTAssertTrue(cell.isLinear)
        XCTAssertTrue(cell.matches("\u{212A}"))
        XCTAssertTrue(try CellPattern("(?i)^strasse$").matches("STRAßE"))
        XCTAssertNil(cell.maxLength)
    }

    func testUnicodeClassesAreASCIIInBytePatternAndExactInCellPattern() throws {
        let byte = try BytePattern("^\\d{5}$")
        XCTAssertTrue(byte.isUnicodeSensitive)
        XCTAssertFalse(byte.matches(bytes: "١٢٣٤٥"))
        let cell = try CellPattern("^\\d{5}$")
        XCTAssertTrue(cell.matches("١٢٣٤٥"))
        XCTAssertFalse(cell.matches("1234é"))
        XCTAssertEqual(cell.minLength, 5)
        XCTAssertEqual(cell.maxLength, 20)
        XCTAssertTrue(try CellPattern("^\\w+$").matches("Élodie"))
        XCTAssertFalse(try CellPattern("^\\w+$").matches("l’école"))
        XCTAssertTrue(try CellPattern("^[^\\W\\d]+$").matches("é"))
        XCTAssertFalse(try CellPattern("^\\D$").matches("٣"))
        // \s is exact for every character: no routing.
        XCTAssertFalse(try BytePattern("^\\s$").isUnicodeSensitive)
    }

    // MARK: - Bounds

    func testLengthBounds() throws {
        let postcode = try BytePattern("^\\d{5}$")
        XCTAssertEqual(postcode.minLength, 5)
        XCTAssertEqual(postcode.maxLength, 5)

        let email = try BytePattern("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$")
        XCTAssertEqual(email.minLength, 6)
        XCTAssertNil(email.maxLength)

        let accented = try BytePattern("^(?:é|ab){1,3}$")
        XCTAssertEqual(accented.minLength, 2)
        XCTAssertEqual(accented.maxLength, 6)

        let alternatives = try BytePattern("^a$|^bcd$")
        XCTAssertEqual(alternatives.minLength, 1)
        XCTAssertEqual(alternatives.maxLength, 3)

        let unanchored = try BytePattern("\\d{5}")
        XCTAssertEqual(unanchored.minLength, 5)
        XCTAssertNil(unanchored.maxLength)
        let halfAnchored = try BytePattern("^\\d{5}")
        XCTAssertNil(halfAnchored.maxLength)

        let fallback = try CellPattern("^(a)\\1$")
        XCTAssertFalse(fallback.isLinear)
        XCTAssertEqual(fallback.minLength, 0)
        XCTAssertNil(fallback.maxLength)
    }

    func testLengthsOfAnotherReadingAreThoseOfThePatternCompiledSo() throws {
        let patterns = ["^\\d{5}$", "(?i)^(\\d{2}|2[AB])\\d{3}$", "^\\d{3} ?\\d{3} ?\\d{3}$", "^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$",
                        "^\\w{2,4}$", "\\d{5}", "^\\d{5}", "^a$|^bcd$", "^(?:é|ab){1,3}$", "^[^\\D\\d]$|^a$",
                        "(?i)(^|[ ,])\\d{1,4} (rue|avenue) "]
        for pattern in patterns {
            let ascii = try BytePattern(pattern, caseInsensitive: false, reading: .ascii)
            for reading in [ClassReading.ascii, .widened] {
                let compiled = try BytePattern(pattern, caseInsensitive: false, reading: reading)
                let lengths = try ascii.lengths(of: pattern, caseInsensitive: false, readAs: reading)
                XCTAssertEqual(lengths.minLength, compiled.minLength, "\(pattern) \(reading)")
                XCTAssertEqual(lengths.maxLength, compiled.maxLength, "\(pattern) \(reading)")
            }
        }
    }

    func testPatternTooLargeOnceWidenedKeepsItsLengthsAndICUsAnswers() throws {
        let pattern = "^\\d{1800}$"
        XCTAssertNoThrow(try BytePattern(pattern))
        XCTAssertThrowsError(try BytePattern(pattern, caseInsensitive: false, reading: .widened)) { XCTAssertTrue(isUnsupported($0)) }
        let cell = try CellPattern(pattern)
        XCTAssertEqual(cell.minLength, 1800)
        XCTAssertEqual(cell.maxLength, 7200)
        let arabic = String(repeating: "١", count: 1800)
        XCTAssertTrue(cell.matches(arabic))
        XCTAssertFalse(cell.matches(String(repeating: "١", count: 1799) + "é"))
        XCTAssertTrue(cell.matches(String(repeating: "7", count: 1800)))
    }

    func testDeferredAutomataAndWidenedReadingsAnswerAsPatternsCompiledAtOnceFromEveryThread() throws {
        let inputs = ["75001", "7500", "Évreux", "١٢٣٤٥", "1234é", "é", "", "12 345", "2A004", "12 rue de la Paix, Lyon",
                      "LIEU-DIT les Noës ", "3 bis AVENUE Foch "]
        // The shipped `home-address`, whose automaton is left to its first match.
        let address = try XCTUnwrap(RuleBookLoader().load([.defaultBook]).types.types.first { $0.id == "home-address" }?.pattern?.source)
        XCTAssertTrue(try BytePattern(address, caseInsensitive: false, reading: .ascii, deferringLargeAutomaton: true).hasDeferredAutomaton)
        let patterns = ["^\\d{5}$", "(?i)^(\\d{2}|2[AB])\\d{3}$", "^\\w+$", "^-?\\d{1,3}[.,]\\d{4,}$", address]
        for source in patterns {
            let atOnce = try CellPattern(source)
            let expected = inputs.map { atOnce.matches($0) }
            let deferred = try CellPattern(source, deferringAutomaton: true)
            XCTAssertEqual(deferred.minLength, atOnce.minLength, source)
            XCTAssertEqual(deferred.maxLength, atOnce.maxLength, source)
            XCTAssertTrue(deferred.isLinear, source)
            let answers = Mutex([[Bool]]())
            // The first matches race to build the automaton and the widened reading.
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                let mine = inputs.map { deferred.matches($0) }
                answers.withLock { $0.append(mine) }
            }
            XCTAssertEqual(answers.withLock { $0 }, Array(repeating: expected, count: 8), source)
        }
        XCTAssertEqual(inputs.prefix(9).map { try? CellPattern("^\\d{5}$").matches($0) },
                       [true, false, false, true, false, false, false, false, false])
    }

    func testOnlyTheLargeAutomataOfTypesReadWhenAnnouncedAreLeftToTheirFirstMatch() throws {
        let types = try RuleBookLoader().load([.defaultBook]).types.types
        func pattern(_ id: String) throws -> String { try XCTUnwrap(types.first { $0.id == id }?.pattern?.source, id) }
        let address = try pattern("home-address"), gps = try pattern("gps-precise")
        XCTAssertTrue(try BytePattern(address, caseInsensitive: false, reading: .ascii, deferringLargeAutomaton: true).hasDeferredAutomaton)
        XCTAssertFalse(try BytePattern(address, caseInsensitive: false, reading: .ascii).hasDeferredAutomaton)
        XCTAssertFalse(try BytePattern(gps, caseInsensitive: false, reading: .ascii, deferringLargeAutomaton: true).hasDeferredAutomaton)
        // Left to its first match, the program is simulated; `CellPattern` compiles it again, with its DFA.
        let deferred = try BytePattern(address, caseInsensitive: false, reading: .ascii, deferringLargeAutomaton: true)
        XCTAssertFalse(deferred.isDeterministic)
        XCTAssertTrue(try BytePattern(address).isDeterministic)
    }

    func testBuiltOnceKeepsOneInstanceForEveryThread() {
        final class Counter: Sendable {}
        let builds = Mutex(0)
        let once = BuiltOnce {
            builds.withLock { $0 += 1 }
            return Counter()
        }
        let seen = Mutex(Set<ObjectIdentifier>())
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            once.withInstance { instance in _ = seen.withLock { $0.insert(ObjectIdentifier(instance)) } }
        }
        XCTAssertEqual(seen.withLock { $0.count }, 1)
        XCTAssertGreaterThanOrEqual(builds.withLock { $0 }, 1)
        once.withInstance { instance in XCTAssertEqual(seen.withLock { $0 }, [ObjectIdentifier(instance)]) }
    }

    func testByteSet() {
        var set = ByteSet()
        XCTAssertFalse(set.contains(0))
        set.insert(0)
        set.insert(0x7F)
        set.insert(0xFF)
        XCTAssertTrue(set.contains(0) && set.contains(0x7F) && set.contains(0xFF))
        XCTAssertFalse(set.contains(0x80))
        XCTAssertEqual(set.union(ByteSet([0x80])), ByteSet([0, 0x7F, 0x80, 0xFF]))
        XCTAssertEqual(ByteSet(0...255), .all)
    }

    // MARK: - Syntax

    func testUnsupportedConstructsAreDetected() throws {
        let unsupported = [
            "(a)\\1", "a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b", "(?>a+)", "\\bword\\b", "\\p{L}", "\\P{Lu}",
            "a*+", "a{2}+", "[[:alpha:]]", "[a[b]]", "[a&&b]", "[a--b]", "a(?i)b", "(?i:a)", "(?s).", "(?m)^a",
            "(?x) a", "(?#note)a", "(?<name>a)", "\\Z", "\\G", "\\R", "\\X", "\\h", "\\v", "\\N{SPACE}", "\\Qa.b\\E",
            "\\U0001F600", "\\x4", "\\uD800", "\\cA", "\\0101", "^*", "$?", "\\y", "[\\b]", "[a-z-0]", "[\\d-z]",
            "(x{1000}){1000}", "a{200000}", "(^)*a", "(?:$)?b", "^(?:|b)+?$", "(a*)*?b", "(?:^|b){2,}?",
        ]
        for pattern in unsupported {
            XCTAssertThrowsError(try BytePattern(pattern), pattern) { XCTAssertTrue(isUnsupported($0), "\(pattern): \($0)") }
            let cell = try CellPattern(pattern)
            XCTAssertFalse(cell.isLinear, pattern)
        }
        // ICU ends a lazy loop after an empty iteration: left to it, its answer stands.
        XCTAssertFalse(try CellPattern("^(?:|b)+?$").matches("bb"))
        XCTAssertTrue(try BytePattern("^(?:|b){1,3}?$").matches(bytes: "bb"))
        XCTAssertTrue(try CellPattern("\\bParis\\b").matches("à Paris."))
        XCTAssertFalse(try CellPattern("(?<=1)2").matches("32"))
    }

    func testMalformedPatternsAreInvalid() {
        let malformed = [
            "", "(", ")", "a)", "(?:", "((a)", "[", "[a", "[]", "[^]", "[a\\]", "[z-a]", "*a", "+", "?a", "a|*", "a**",
            "a+*", "a{2}{3}", "a{2}*", "{", "}", "a{", "a{1", "a{1,", "a{,2}", "a{ 2}", "x{a}", "a{3,2}", "\\",
            "a\\", "\\u12", "\\x{}", "\\x{110000}",
        ]
        for pattern in malformed {
            XCTAssertThrowsError(try BytePattern(pattern), pattern) { error in
                guard case PatternError.invalid = error else { return XCTFail("\(pattern): \(error)") }
            }
            XCTAssertThrowsError(try NSRegularExpression(pattern: pattern), "ICU accepts \(pattern)")
            XCTAssertThrowsError(try CellPattern(pattern), pattern)
        }
        XCTAssertThrowsError(try CellPattern("(a)\\2(")) { error in
            guard case PatternError.invalid = error else { return XCTFail("\(error)") }
        }
    }

    // MARK: - Against NSRegularExpression

    func testListedPatternsAgreeWithNSRegularExpression() throws {
        let patterns = [
            "^\\d{5}$", "^\\d{14}$", "^W\\d{9}$", "^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$", "^(?:\\+33|0)[1-9](?:[ .-]?\\d{2}){4}$",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^-?\\d+(?:[.,]\\d+)?$", "^[A-Z]{2}\\d{2}[A-Z0-9]{1,30}$", "^(oui|non)$",
            "^[a-zéèàçùâêîôûëïü' -]+$", "^\\s*$", "\\s{2,}", "^\\S+$", "[;|\\t]", "^.{0,5}$", "^.+$", "é", "^\\w+$",
            "^\\W+$", "^[\\w\\s]+$", "^[^\\w]+$", "^[^\\d\\s]+$", "(?i)^[a-z]+$", "(?i)^ss$", "(?i)k", "(?i)^[^k]$",
            "^(a+)+$", "^(a|aa)*b", "^(?:a|b)*?c", "^[a b]$", "^[{}]$", "^[$]$", "^[&]$", "^[a&b]+$", "^[\\.-z]+$",
            "^[]-a]$", "^[^-]$", "^[\\t-\\r]$", "^\\#\\@\\,\\:\\;\\=\\!\\&\\~\\%\\'\\\"\\<\\>\\ \\_\\`$", "]", "^a]$",
            "^\\x41\\x{e9}\\u20AC$", "^[\\x{1F600}-\\x{1F64F}]+$", "^\\e\\a\\f$", "^.\\z", "\\Aa",
            "^(?:)+$", "^(?:a*)*$", "^(a?){3}a{3}$",
        ]
        let inputs = [
            "", "75001", "7500", "123456789012345", "12345678901234", "W123456789", "a@b.fr", "jean.exemple@example.org",
            "a b@c.fr", "+33 1 23 45 67 89", "0123456789", "2024-01-31", "-12,5", "FR7630006000011234567890189", "oui",
            "OUI", "non", "Élodie", "éléphant", "l’école", "  ", "\t", "a;b", "a|b", "abcde", "abcdef", "aaaaaaaaaab",
            "aaaa", "aab", "abc", "ss", "SS", "ß", "k", "K", "\u{212A}", "ſ", " ", "{", "$", "&", "a&b", "./z", "]", "a]",
            "-", "\u{0B}", "#@,:;=!&~%'\"<> _`", "Aé€", "😀🙏", "\u{1B}\u{07}\u{0C}", "٣٤٥٦٧", "12٣45", "x\u{2028}y",
            "ab\u{85}", "b", "ab",
        ]
        var compared = 0
        for pattern in patterns {
            let cell = try CellPattern(pattern)
            XCTAssertTrue(cell.isLinear, pattern)
            let byte = try BytePattern(pattern)
            for input in inputs where !(pattern.contains("$") && endsWithLineTerminator(input)) {
                let expected = icuMatches(pattern, input)
                XCTAssertEqual(cell.matches(input), expected, "\(pattern) on \(input.debugDescription)")
                if !byte.isUnicodeSensitive || input.unicodeScalars.allSatisfy(\.isASCII) {
                    XCTAssertEqual(byte.matches(bytes: input), expected, "byte pattern \(pattern) on \(input.debugDescription)")
                }
                assertBounds(cell, admit: input, when: expected, pattern)
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 2500)
    }

    func testGeneratedPatternsAgreeWithNSRegularExpression() throws {
        var random = SplitMix64(seed: 20_240_617)
        let alphabet = ["a", "b", "c", "A", "é", "1", "٣", "-", " ", "€", "😀", "\n", "ß", "K", "_"]
        var compared = 0, linear = 0
        for _ in 0..<200 {
            let pattern = randomPattern(&random, depth: 0)
            let cell: CellPattern
            do {
                cell = try CellPattern(pattern)
            } catch {
                XCTAssertThrowsError(try NSRegularExpression(pattern: pattern), "only ICU accepts \(pattern): \(error)")
                continue
            }
            if cell.isLinear { linear += 1 }
            for _ in 0..<25 {
                let input = (0..<random.next(below: 7)).map { _ in alphabet[random.next(below: alphabet.count)] }.joined()
                if pattern.contains("$") && endsWithLineTerminator(input) { continue }
                let expected = icuMatches(pattern, input)
                XCTAssertEqual(cell.matches(input), expected, "\(pattern) on \(input.debugDescription)")
                assertBounds(cell, admit: input, when: expected, pattern)
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 4000)
        XCTAssertGreaterThan(linear, 150)
    }

    func testSpaceAndDotAgreeWithICUOnEveryCharacterOfTheFirstPlanes() throws {
        let space = try BytePattern("\\A\\s\\z"), dot = try BytePattern("\\A.\\z")
        for value in Array(0..<0x3100) + [0xFEFF, 0x1F600, 0x10FFFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            XCTAssertEqual(space.matches(bytes: text), icuMatches("\\A\\s\\z", text), "\\s on U+\(String(value, radix: 16))")
            XCTAssertEqual(dot.matches(bytes: text), icuMatches("\\A.\\z", text), ". on U+\(String(value, radix: 16))")
        }
    }

    // MARK: - Engines and limits

    func testNFASimulationServesPatternsWhoseDFAIsTooLarge() throws {
        let pattern = "(a|b)*a(a|b){14}c"
        let byte = try BytePattern(pattern)
        XCTAssertFalse(byte.isDeterministic)
        XCTAssertTrue(try BytePattern("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$").isDeterministic)
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let input = (0..<random.next(below: 24)).map { _ in ["a", "b", "c"][random.next(below: 3)] }.joined()
            XCTAssertEqual(byte.matches(bytes: input), icuMatches(pattern, input), input)
        }
    }

    /// Small DFAs are read two bytes a step, larger ones a byte a step: both agree with ICU on
    /// inputs of odd and even lengths, matched or rejected early, late or at the very end.
    func testDFAReadTwoBytesAStepAgreesWithNSRegularExpression() throws {
        let pairs = ["^\\d{3} ?\\d{3} ?\\d{3} ?\\d{5}$", "^-?\\d{1,3}[.,]\\d{4,}$", "ab", "^a*b$", "b$", "^$", "a|^-", "1[.,]?2"]
        let single = ["^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"]
        let alphabet = ["1", "2", " ", "-", ".", ",", "a", "b", "@", "é"]
        var random = SplitMix64(seed: 2_026)
        for pattern in pairs + single {
            let byte = try BytePattern(pattern)
            XCTAssertEqual(byte.readsPairs, pairs.contains(pattern), pattern)
            for _ in 0..<400 {
                let input = (0..<random.next(below: 40)).map { _ in alphabet[random.next(below: alphabet.count)] }.joined()
                XCTAssertEqual(byte.matches(bytes: input), icuMatches(pattern, input), "\(pattern) on \(input.debugDescription)")
            }
        }
    }

    func testHostilePatternRunsInLinearTime() throws {
        let input = String(repeating: "a", count: 100_000) + "b"
        for pattern in ["^(a+)+$", "^(a|aa|a*)*$", "(a*)*(b{2}|c)$"] {
            XCTAssertFalse(try BytePattern(pattern).matches(bytes: input), pattern)
            XCTAssertFalse(try CellPattern(pattern).matches(input), pattern)
        }
        // The same through the NFA simulation.
        let simulated = try BytePattern("^(a+)+(a|b)*a(a|b){14}c$")
        XCTAssertFalse(simulated.isDeterministic)
        XCTAssertFalse(simulated.matches(bytes: input))
        XCTAssertTrue(try BytePattern("^(a+)+$").matches(bytes: String(repeating: "a", count: 100_000)))
    }

    func testFallbackIgnoresCellsLongerThanTheCap() throws {
        let pattern = try CellPattern("^(a+)+\\1$")
        XCTAssertFalse(pattern.isLinear)
        XCTAssertTrue(pattern.matches("aaaa"))
        let long = String(repeating: "a", count: 1_000_000)
        XCTAssertFalse(pattern.matches(long))
        XCTAssertFalse(pattern.matches(String(repeating: "a", count: CellPattern.fallbackLengthLimit + 2)))
        // A linear pattern has no cap.
        XCTAssertTrue(try CellPattern("^a+$").matches(long))
    }

    func testCompiledSizeIsBounded() throws {
        XCTAssertThrowsError(try BytePattern("(x{1000}){1000}")) { XCTAssertTrue(isUnsupported($0)) }
        XCTAssertThrowsError(try BytePattern("((.{100}){100}){100}")) { XCTAssertTrue(isUnsupported($0)) }
        XCTAssertNoThrow(try BytePattern("^.{0,255}$"))
        XCTAssertNoThrow(try BytePattern("^[^;]{1,500}$"))
    }

    // MARK: - Helpers

    private func expect(_ pattern: String, matches: [String], rejects: [String],
                        file: StaticString = #filePath, line: UInt = #line) throws {
        let byte = try BytePattern(pattern)
        let cell = try CellPattern(pattern)
        for input in matches {
            if !byte.isUnicodeSensitive || input.unicodeScalars.allSatisfy(\.isASCII) {
                XCTAssertTrue(byte.matches(bytes: input), "\(pattern) should match \(input.debugDescription)", file: file, line: line)
            }
            XCTAssertTrue(cell.matches(input), "\(pattern) should match \(input.debugDescription)", file: file, line: line)
            assertBounds(cell, admit: input, when: true, pattern, file: file, line: line)
        }
        for input in rejects {
            if !byte.isUnicodeSensitive || input.unicodeScalars.allSatisfy(\.isASCII) {
                XCTAssertFalse(byte.matches(bytes: input), "\(pattern) should reject \(input.debugDescription)", file: file, line: line)
            }
            XCTAssertFalse(cell.matches(input), "\(pattern) should reject \(input.debugDescription)", file: file, line: line)
        }
        for input in matches + rejects where !(pattern.contains("$") && endsWithLineTerminator(input)) {
            XCTAssertEqual(cell.matches(input), icuMatches(pattern, input), "ICU disagrees: \(pattern) on \(input.debugDescription)",
                           file: file, line: line)
        }
    }

    /// A matching cell must pass the pre-filters.
    private func assertBounds(_ pattern: CellPattern, admit input: String, when matching: Bool, _ source: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        guard matching else { return }
        let bytes = Array(input.utf8)
        XCTAssertGreaterThanOrEqual(bytes.count, pattern.minLength, "minLength of \(source) for \(input.debugDescription)", file: file, line: line)
        if let max = pattern.maxLength {
            XCTAssertLessThanOrEqual(bytes.count, max, "maxLength of \(source) for \(input.debugDescription)", file: file, line: line)
        }
    }

    private func icuMatches(_ pattern: String, _ input: String, caseInsensitive: Bool = false) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else {
            XCTFail("ICU rejects \(pattern)")
            return false
        }
        return regex.firstMatch(in: input, range: NSRange(input.startIndex..., in: input)) != nil
    }

    private func endsWithLineTerminator(_ input: String) -> Bool {
        guard let last = input.unicodeScalars.last else { return false }
        return [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(last.value)
    }

    private func isUnsupported(_ error: Error) -> Bool {
        if case PatternError.unsupported = error { return true }
        return false
    }

    /// A random pattern of the subset (and, rarely, a malformed one).
    private func randomPattern(_ random: inout SplitMix64, depth: Int) -> String {
        let atoms = ["a", "b", "é", "1", "-", " ", "€", ".", "\\d", "\\w", "\\s", "\\S", "\\D", "\\W", "[ab]", "[^a]", "[a-c]",
                     "[^é\\s]", "[\\d_]", "[^\\W]", "\\u00e9", "[😀-😂]", "ß", "K"]
        let quantifiers = ["", "", "", "?", "*", "+", "{2}", "{1,3}", "{0,}", "*?", "{2,}?", "+?"]
        var pattern = depth == 0 && random.next(below: 8) == 0 ? "(?i)" : ""
        if random.next(below: 3) == 0 { pattern += "^" }
        for _ in 0...random.next(below: depth == 0 ? 3 : 2) {
            let atom: String
            switch random.next(below: 12) {
            case 0 where depth < 2:
                atom = "(" + (random.next(below: 2) == 0 ? "?:" : "") + randomPattern(&random, depth: depth + 1) + ")"
            case 1 where depth < 2:
                atom = "(?:" + randomPattern(&random, depth: depth + 1) + "|" + randomPattern(&random, depth: depth + 1) + ")"
            default:
                atom = atoms[random.next(below: atoms.count)]
            }
            pattern += atom + quantifiers[random.next(below: quantifiers.count)]
        }
        if random.next(below: 3) == 0 { pattern += "$" }
        return pattern
    }
}

private extension BytePattern {
    func matches(bytes text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches($0) }
    }
}
