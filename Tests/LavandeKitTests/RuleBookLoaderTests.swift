import XCTest
@testable import LavandeKit
import LavandeTestSupport

final class RuleBookLoaderTests: XCTestCase {
    func testValidBookLoads() throws {
        let folder = try TemporaryFolder()
        let set = try loadBook(book(), in: folder)
        XCTAssertEqual(set.rules.map(\.id), ["structure.blank-rows"])
        let rule = try XCTUnwrap(set.rules.first)
        XCTAssertEqual(rule.severity, .warning)
        XCTAssertEqual(rule.examples.fail.count, 1)
        XCTAssertEqual(rule.location.line, 6)
    }

    func testUnknownKeyIsLocated() throws {
        let errors = try loadErrors(book(checks: validCheck.replacingOccurrences(of: "severity: warning", with: "severity: warning\n    severty: error")))
        let error = try XCTUnwrap(errors.first { $0.message.contains("unknown key 'severty'") })
        XCTAssertEqual(error.location.line, 9)
        XCTAssertEqual(error.location.column, 5)
        XCTAssertTrue(error.location.file.hasSuffix("book.yaml"))
        XCTAssertTrue(error.description.contains("book.yaml:9:5: error:"))
    }

    func testUnknownKind() throws {
        let errors = try loadErrors(book(checks: validCheck.replacingOccurrences(of: "kind: blank-rows", with: "kind: blank-lines")))
        XCTAssertTrue(errors.contains { $0.message.contains("unknown check kind 'blank-lines'") && $0.location.line == 7 })
    }

    func testBadSeverity() throws {
        let errors = try loadErrors(book(checks: validCheck.replacingOccurrences(of: "severity: warning", with: "severity: fatal")))
        XCTAssertTrue(errors.contains { $0.message.contains("'fatal' is not one of info, warning, error") && $0.location.line == 8 })
    }

    func testRegexThatDoesNotCompile() throws {
        let errors = try loadErrors(book(checks: validCheck + "\n    columns: \"montant(\""))
        XCTAssertTrue(errors.contains { $0.message.contains("does not compile") })
        XCTAssertTrue(errors.contains { $0.message.contains("kind blank-rows checks whole files: 'columns' does not apply to it") })
    }

    func testUnknownPlaceholder() throws {
        let errors = try loadErrors(book(checks: validCheck.replacingOccurrences(of: "{count} blank rows", with: "{count} blank rows in {colour}")))
        XCTAssertTrue(errors.contains { $0.message.contains("placeholder {colour} is not provided by kind blank-rows") })
    }

    func testWrongParameterTypeAndRange() throws {
        let singleColumn = validCheck.replacingOccurrences(of: "kind: blank-rows", with: "kind: single-column")
        let wrongType = try loadErrors(book(checks: singleColumn + "\n    with: {min-share: many}"))
        XCTAssertTrue(wrongType.contains { $0.message.contains("with.min-share must be a number") })
        let outOfRange = try loadErrors(book(checks: singleColumn + "\n    with: {min-share: 3}"))
        XCTAssertTrue(outOfRange.contains { $0.message.contains("with.min-share must be between 0.0 and 1.0") })
        let unknown = try loadErrors(book(checks: singleColumn + "\n    with: {share: 0.5}"))
        XCTAssertTrue(unknown.contains { $0.message.contains("unknown key 'share'") })
    }

    func testEveryStringOfAListParameterIsOneOfItsChoices() throws {
        let personal = validCheck.replacingOccurrences(of: "kind: blank-rows", with: "kind: personal-data")
        let errors = try loadErrors(book(checks: personal + "\n    with: {types: [nom-personne], partial-formats: [prenom, prénom]}"))
        let error = try XCTUnwrap(errors.first { $0.message.contains("with.partial-formats: 'prénom' is not one of") }, "\(errors)")
        XCTAssertTrue(error.message.contains("prenom nom"), "the message lists the formats validators write")
        XCTAssertEqual(error.location.line, 15)
        let freeText = validCheck.replacingOccurrences(of: "kind: blank-rows", with: "kind: personal-data-free-text")
        let kinds = try loadErrors(book(checks: freeText + "\n    with: {kinds: [email, fax]}"))
        XCTAssertTrue(kinds.contains { $0.message.contains("with.kinds: 'fax' is not one of email") }, "\(kinds)")
    }

    func testScalarsAreReadAsTheTypeTheirKeyExpects() throws {
        let singleColumn = validCheck.replacingOccurrences(of: "kind: blank-rows", with: "kind: single-column")
        XCTAssertNoThrow(try loadBook(book(checks: singleColumn + "\n    with: {min-share: 1}"), in: TemporaryFolder()))
        XCTAssertNoThrow(try loadBook(book(checks: singleColumn + "\n    with: {min-share: 0.25}"), in: TemporaryFolder()))
        let boolean = try loadErrors(book(checks: singleColumn + "\n    with: {min-share: true}"))
        XCTAssertTrue(boolean.contains { $0.message.contains("with.min-share must be a number") }, "\(boolean)")

        let withBOM = { (value: String) in
            book(checks: validCheck.replacingOccurrences(of: "fail: [{file: \"a;b\\n\\n1;2\\n\"}]",
                                                         with: "fail: [{file: \"\\n\\n\", bom: \(value)}]"))
        }
        XCTAssertNoThrow(try loadBook(withBOM("false"), in: TemporaryFolder()))
        for notBoolean in ["1", "\"true\"", "vrai"] {
            let errors = try loadErrors(withBOM(notBoolean))
            XCTAssertTrue(errors.contains { $0.message.contains("bom must be true or false") }, "\(notBoolean): \(errors)")
        }
    }

    func testBooleansAreReadFromTheirYAMLSpellingsWithoutATagResolver() throws {
        let document = YAMLDocument(file: "t.yaml", text: "[true, Yes, ON, false, no, Off, !!bool true, 'true', \"no\", vrai, 1, tRue, ~]")
        let values = try XCTUnwrap(document.sequence(document.root, what: "x")).map { document.bool($0, what: "x") }
        XCTAssertEqual(values, [true, true, true, false, false, false, true, nil, nil, nil, nil, nil, nil])
        XCTAssertEqual(document.errors.count, 6, "one error for each value that is no boolean")
        XCTAssertEqual(document.string(document.sequence(document.root, what: "x")?.first, what: "x"), "true", "a boolean is text as well")
    }

    func testMissingOneLanguage() throws {
        let errors = try loadErrors(book(checks: validCheck.replacingOccurrences(of: "help: {fr: \"Supprimez-les.\", en: \"Delete them.\"}", with: "help: {fr: \"Supprimez-les.\"}")))
        XCTAssertTrue(errors.contains { $0.message.contains("help has no English text") })
    }

    func testMissingExamples() throws {
        let noPass = validCheck.replacingOccurrences(of: "\n      pass: [{file: \"a;b\\n1;2\\n\"}]", with: "")
        let errors = try loadErrors(book(checks: noPass))
        XCTAssertTrue(errors.contains { $0.message.contains("at least one 'pass' example") })
    }

    func testMissingInclude() throws {
        let errors = try loadErrors(book(extra: "include: [absent.yaml]"))
        let error = try XCTUnwrap(errors.first { $0.message.contains("cannot include") })
        XCTAssertEqual(error.location.line, 4)
    }

    func testCyclicInclude() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.yaml", "lavande: 1\nid: b\ntitle: {fr: B, en: B}\ninclude: [a.yaml]\n")
        let path = try folder.write("a.yaml", "lavande: 1\nid: a\ntitle: {fr: A, en: A}\ninclude: [b.yaml]\n")
        XCTAssertThrowsError(try RuleBookLoader().load([.file(path)])) { error in
            let errors = (error as? RuleFileErrors)?.errors ?? []
            XCTAssertTrue(errors.contains { $0.message.contains("cyclic include") && $0.location.file.hasSuffix("b.yaml") && $0.location.line == 4 })
        }
    }

    func testIncludesAreRelativeAndLoadedOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write("sub/rules.yaml", book())
        let path = try folder.write("main.yaml", "lavande: 1\nid: main\ntitle: {fr: M, en: M}\ninclude: [sub/rules.yaml, sub/rules.yaml]\n")
        XCTAssertEqual(try RuleBookLoader().load([.file(path)]).rules.count, 1)
    }

    func testDuplicateRuleID() throws {
        let errors = try loadErrors(book(checks: validCheck + "\n" + validCheck))
        XCTAssertTrue(errors.contains { $0.message.contains("rule id 'structure.blank-rows' is already defined") })
    }

    func testNotYAMLIsLocated() throws {
        let errors = try loadErrors("lavande: 1\nid: [unclosed\ntitle: x\n")
        let error = try XCTUnwrap(errors.first)
        XCTAssertTrue(error.message.hasPrefix("not valid YAML"))
        XCTAssertGreaterThan(error.location.line, 1)
    }

    func testYAMLBombIsRefusedQuickly() throws {
        // Billion laughs: 10^9 strings once expanded. Loading must neither hang nor eat memory.
        var yaml = "lavande: 1\nid: bomb\ntitle: {fr: a, en: a}\ndescription: &a0 {fr: x, en: x}\n"
        yaml += "include: &a1 [" + Array(repeating: "*a0", count: 10).joined(separator: ", ") + "]\n"
        var anchors = ""
        for level in 2...9 {
            anchors += "  - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "checks:\n" + anchors
        let started = Date()
        let errors = try loadErrors(yaml)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertTrue(errors.contains { $0.message.contains("include must be a text value") })
        XCTAssertTrue(errors.contains { $0.message.contains("check must be a mapping") })
    }

    func testBadRuleIDAndVersion() throws {
        let errors = try loadErrors(book(checks: validCheck.replacingOccurrences(of: "id: structure.blank-rows", with: "id: BlankRows"))
            .replacingOccurrences(of: "lavande: 1", with: "lavande: 7"))
        XCTAssertTrue(errors.contains { $0.message.contains("unsupported rule-format version 7") })
        XCTAssertTrue(errors.contains { $0.message.contains("must be 'family.name'") })
    }

    func testExampleEncodingsAreWritten() throws {
        let folder = try TemporaryFolder()
        let set = try loadBook(book(checks: validCheck.replacingOccurrences(of: "fail: [{file: \"a;b\\n\\n1;2\\n\"}]",
                                                                             with: "fail: [{file: \"é\\n\\n\", encoding: windows-1252}, {file: \"a\", bom: true}]")), in: folder)
        let examples = try XCTUnwrap(set.rules.first).examples.fail
        guard case let .bytes(latin) = examples[0].files[0].content, case let .bytes(bom) = examples[1].files[0].content else {
            return XCTFail("examples should hold bytes")
        }
        XCTAssertEqual(latin, [0xE9, 0x0A, 0x0A])
        XCTAssertEqual(bom, [0xEF, 0xBB, 0xBF, 0x61])
    }
}
