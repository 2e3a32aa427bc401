import XCTest
@testable import LavandeKit

/// The entry point the rule-book fuzz target goes through (`RuleBookLoader.load(text:as:)`), and
/// the inputs the fuzz targets of `fuzz/` found, kept as tests (docs/fuzzing.md).
final class FuzzRegressionTests: XCTestCase {
    // MARK: Loading a book from its text

    func testBookInMemoryLoadsAsFromItsFile() throws {
        let set = try RuleBookLoader().load(text: book(), as: .file("/nowhere/book.yaml"))
        XCTAssertEqual(set.rules.map(\.id), ["structure.blank-rows"])
        XCTAssertEqual(set.rules.first?.location, SourceLocation(file: "/nowhere/book.yaml", line: 6, column: 5))
        XCTAssertEqual(set.books.map(\.source), ["/nowhere/book.yaml"])
    }

    func testErrorsOfBookInMemoryAreLocatedInIt() throws {
        XCTAssertThrowsError(try RuleBookLoader().load(text: "lavande: 1\nid: [unclosed\ntitle: x\n", as: .embedded("fuzz.yaml"))) { error in
            let errors = (error as? RuleFileErrors)?.errors ?? []
            XCTAssertFalse(errors.isEmpty)
            XCTAssertTrue(errors.allSatisfy { $0.location.file == "rules/fuzz.yaml" && $0.location.line > 1 })
        }
    }

    func testBookInMemoryIncludesBuiltInBooksAndNotItself() throws {
        let header = "lavande: 1\nid: t\ntitle: {fr: T, en: T}\n"
        let set = try RuleBookLoader().load(text: header + "include: [encoding.yaml]\n", as: .embedded("fuzz.yaml"))
        XCTAssertFalse(set.rules.isEmpty)
        XCTAssertTrue(set.rules.allSatisfy { $0.location.file == "rules/encoding.yaml" })
        XCTAssertThrowsError(try RuleBookLoader().load(text: header + "include: [fuzz.yaml]\n", as: .embedded("fuzz.yaml"))) { error in
            XCTAssertTrue((error as? RuleFileErrors)?.errors.contains { $0.message.contains("cyclic include") } ?? false)
        }
    }

    // MARK: Inputs tried on the fuzz targets

    /// Yams composes nodes recursively: a deep enough nesting would overflow the stack, but libyaml
    /// stops at 1,000 levels, and the loader reports that as invalid YAML.
    func testDeeplyNestedYAMLIsRefusedAsInvalid() throws {
        for nesting in [String(repeating: "[", count: 1_000_000), String(repeating: "- ", count: 1_000_000) + "x",
                        String(repeating: "{a: ", count: 100_000)] {
            XCTAssertThrowsError(try RuleBookLoader().load(text: "lavande: 1\nid: x\ntitle: " + nesting + "\n", as: .embedded("fuzz.yaml"))) { error in
                let errors = (error as? RuleFileErrors)?.errors ?? []
                XCTAssertTrue(errors.contains { $0.message.hasPrefix("not valid YAML") && $0.location.line == 3 }, "\(errors)")
            }
        }
    }
}
