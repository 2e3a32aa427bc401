import XCTest
@testable import LavandeKit

/// Every example of every shipped rule behaves as the rule book says, and every rule is
/// documented in both languages.
final class ShippedRuleBooksTests: XCTestCase {
    func testDefaultBookLoadsWithEveryFamily() throws {
        let set = try RuleBookLoader().load([.defaultBook])
        let families = Set(set.rules.map(\.family))
        XCTAssertEqual(families, ["encoding", "structure", "types", "personal-data", "licence"])
        XCTAssertEqual(set.books.map(\.id), ["socle-publication", "encodage", "structure", "types-de-colonnes", "donnees-personnelles",
                                             "licences", "licences-connues", "table-schema"])
    }

    /// The engine sorts checks by `Check.asTabular` and its siblings: they must say what a
    /// dynamic cast says, for every kind.
    func testEveryKindIsSortedIntoTheFamiliesItConformsTo() throws {
        let set = try RuleBookLoader().load([.defaultBook])
        var kinds = Set<String>()
        for rule in set.rules {
            let check = try XCTUnwrap(CheckRegistry.builtIn.kind(named: rule.kind)).init(rule: rule)
            kinds.insert(rule.kind)
            XCTAssertEqual(check.asTabular != nil, check is any TabularCheck, rule.id)
            XCTAssertEqual(check.asColumnType != nil, check is any ColumnTypeCheck, rule.id)
            XCTAssertEqual(check.asDataset != nil, check is any DatasetCheck, rule.id)
            XCTAssertEqual(check.asUnreadableFile != nil, check is any UnreadableFileCheck, rule.id)
            XCTAssertTrue(check.asTabular != nil || check.asColumnType != nil || check.asDataset != nil
                          || check.asUnreadableFile != nil, "\(rule.id) is of no family")
        }
        XCTAssertGreaterThan(kinds.count, 30)
    }

    func testShippedColumnTypesCoverTheFrenchFormats() throws {
        let types = try RuleBookLoader().load([.defaultBook]).types
        XCTAssertEqual(Set(types.types.filter(\.inferred).map(\.id)), [
            "boolean", "siret", "siren", "rna", "uai", "insee-commune", "postcode", "departement", "region", "phone-fr", "email",
            "url", "datetime", "date", "year", "percentage", "latitude", "longitude", "lambert93-x", "lambert93-y", "integer",
            "decimal",
        ])
        // Most specific first: a column that fits both takes the first.
        let order = types.types.map(\.id)
        for (specific, general) in [("siret", "integer"), ("siren", "integer"), ("boolean", "integer"), ("integer", "decimal"),
                                    ("datetime", "date"), ("phone-fr", "integer")] {
            XCTAssertLessThan(try XCTUnwrap(order.firstIndex(of: specific)), try XCTUnwrap(order.firstIndex(of: general)))
        }
        XCTAssertTrue(types.missingValues.contains("néant"))
    }

    func testEveryShippedRuleExampleBehaves() async throws {
        let set = try RuleBookLoader().load([.defaultBook])
        let runner = ExampleRunner(types: set.types, licences: set.licences)
        for rule in set.rules {
            XCTAssertFalse(rule.examples.fail.isEmpty, "\(rule.id) has no failing example")
            XCTAssertFalse(rule.examples.pass.isEmpty, "\(rule.id) has no passing example")
            for outcome in try await runner.run(rule) {
                XCTAssertTrue(outcome.passed, "\(rule.id) example at \(outcome.location) should \(outcome.expectation == .fail ? "" : "not ")trigger it; got \(outcome.findings.count) finding(s)")
            }
        }
    }

    func testEveryRuleSpeaksBothLanguages() throws {
        for rule in try RuleBookLoader().load([.defaultBook]).rules {
            for text in [rule.title, rule.message, rule.help] {
                XCTAssertFalse(text.fr.isEmpty, "\(rule.id) lacks French")
                XCTAssertFalse(text.en.isEmpty, "\(rule.id) lacks English")
                XCTAssertNotEqual(text.fr, text.en, "\(rule.id): the French text is the English one")
            }
        }
    }

    func testEmbeddedBooksAreTheRulesFolder() throws {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("rules")
        let onDisk = try FileManager.default.subpathsOfDirectory(atPath: rules.path)
            .filter { !$0.hasPrefix(".") && !isDirectory(rules.appendingPathComponent($0).path) }.sorted()
        XCTAssertEqual(EmbeddedRules.names, onDisk)
        for name in onDisk {
            XCTAssertEqual(EmbeddedRules.data(named: name), FileManager.default.contents(atPath: rules.appendingPathComponent(name).path), name)
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
