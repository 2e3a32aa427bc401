import XCTest
@testable import LavandeKit
import LavandeTestSupport

final class ProjectConfigTests: XCTestCase {
    private let brokenTable = "id;nom\n1;Piscine\n\n2;Stade;en trop\n"

    func testConfigIsFoundInParents() throws {
        let folder = try TemporaryFolder()
        try folder.write(".lavande.yaml", "lavande: 1\n")
        let data = try folder.write("jeux/budget/budget.csv", "a;b\n1;2\n")
        XCTAssertEqual(ProjectConfigLoader().find(from: data), (folder.path as NSString).appendingPathComponent(".lavande.yaml"))
        XCTAssertEqual(ProjectConfigLoader().find(from: (folder.path as NSString).appendingPathComponent("jeux")),
                       (folder.path as NSString).appendingPathComponent(".lavande.yaml"))
    }

    func testSchemasNamedInTheConfigurationApplyToTheirFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("schemas/subventions.json", "{\"fields\": []}")
        let configPath = try folder.write(".lavande.yaml", """
            lavande: 1
            schemas:
              - {files: ["jeux/*/subventions*.csv"], schema: schemas/subventions.json}
            """)
        let config = try ProjectConfigLoader().load(configPath)
        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: config)
        let schema = (folder.path as NSString).appendingPathComponent("schemas/subventions.json")
        XCTAssertEqual(rules.configuredSchema(forFile: folder.path + "/jeux/2024/subventions-2024.csv"), schema)
        XCTAssertNil(rules.configuredSchema(forFile: folder.path + "/jeux/2024/budget.csv"))
        let missing = try folder.write(".lavande.yaml", "lavande: 1\nschemas:\n  - {files: [a.csv], schema: absent.json}\n")
        XCTAssertThrowsError(try ProjectConfigLoader().load(missing)) { error in
            XCTAssertEqual((error as? RuleFileErrors)?.errors.first?.message, "schema 'absent.json' is not a readable file")
            XCTAssertEqual((error as? RuleFileErrors)?.errors.first?.location.line, 3)
        }
    }

    func testTheSchemaChecksUseTheSchemaTheConfigurationNames() async throws {
        let folder = try TemporaryFolder()
        try folder.write("schemas/equipements.json", #"{"fields": [{"name": "id", "type": "integer"}, {"name": "nom"}]}"#)
        try folder.write("jeux/sport/equipements.csv", "id;nom\n1;Piscine\nA2;Stade\n")
        try folder.write("jeux/sport/autre.csv", "id;nom\n1;Piscine\nA2;Stade\n")
        let configPath = try folder.write(".lavande.yaml", """
            lavande: 1
            schemas:
              - {files: [equipements.csv], schema: schemas/equipements.json}
            """)
        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: ProjectConfigLoader().load(configPath))
        let report = try await check(folder.path + "/jeux", rules: rules)
        let type = try XCTUnwrap(report.finding("types.schema.type"))
        XCTAssertEqual(type.file, "sport/equipements.csv")
        XCTAssertEqual(type.location?.row, 3)
        XCTAssertEqual(report.findings.filter { $0.ruleID.hasPrefix("types.schema.") }.count, 1, "autre.csv has no schema")
    }

    func testDisableAndSeverityOverride() async throws {
        let folder = try TemporaryFolder()
        let configPath = try folder.write(".lavande.yaml", """
            lavande: 1
            licence: etalab-2.0
            disable: [structure.blank-rows]
            severity: {structure.extra-cells: warning}
            """)
        try folder.write("data/a.csv", brokenTable)
        let config = try ProjectConfigLoader().load(configPath)
        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: config)
        let report = try await check(folder.path, rules: rules)
        XCTAssertNil(report.finding("structure.blank-rows"))
        XCTAssertEqual(report.finding("structure.extra-cells")?.severity, .warning)
        XCTAssertFalse(report.summary.failed)
    }

    func testWaiverKeepsTheFindingButDoesNotFail() async throws {
        let folder = try TemporaryFolder()
        let configPath = try folder.write(".lavande.yaml", """
            lavande: 1
            licence: etalab-2.0
            waivers:
              - rule: structure.extra-cells
                files: "data/*.csv"
                reason: "Export historique, corrigé à la prochaine version"
            """)
        try folder.write("data/a.csv", brokenTable)
        try folder.write("autre/b.csv", brokenTable)
        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: ProjectConfigLoader().load(configPath))
        let report = try await check(folder.path, rules: rules)
        let extra = report.findings.filter { $0.ruleID == "structure.extra-cells" }
        XCTAssertEqual(extra.count, 2)
        XCTAssertEqual(extra.first { $0.file == "data/a.csv" }?.waiver, "Export historique, corrigé à la prochaine version")
        XCTAssertNil(extra.first { $0.file == "autre/b.csv" }?.waiver)
        XCTAssertEqual(report.summary.waived, 1)
        XCTAssertTrue(report.summary.failed, "the unwaived finding in autre/ still fails the run")
        XCTAssertEqual(Set(report.failing.map(\.dataset)), ["autre"])
    }

    func testWaiverByColumn() throws {
        let waiver = Waiver(rule: Glob("structure.*"), files: [], column: "Montant", reason: "r",
                            location: SourceLocation(file: "c", line: 1, column: 1))
        XCTAssertTrue(waiver.covers(ruleID: "structure.x", file: "a.csv", column: ColumnRef(index: 3, name: "montant")))
        XCTAssertTrue(Waiver(rule: Glob("structure.x"), files: [], column: "3", reason: "r", location: waiver.location)
            .covers(ruleID: "structure.x", file: "a.csv", column: ColumnRef(index: 3, name: "x")))
        XCTAssertFalse(waiver.covers(ruleID: "structure.x", file: "a.csv", column: nil))
        XCTAssertFalse(waiver.covers(ruleID: "encoding.bom", file: "a.csv", column: ColumnRef(index: 3, name: "montant")))
    }

    func testWaiverWithoutReasonAndUnknownRulesAreErrors() throws {
        let folder = try TemporaryFolder()
        let noReason = try folder.write("a.yaml", "lavande: 1\nwaivers:\n  - rule: encoding.bom\n")
        XCTAssertThrowsError(try ProjectConfigLoader().load(noReason)) { error in
            XCTAssertTrue((error as? RuleFileErrors)?.description.contains("a.yaml:3:5: error: a waiver needs a 'reason'") ?? false, "\(error)")
        }
        let unknown = try folder.write("b.yaml", "lavande: 1\ndisable: [encoding.nope]\n")
        let config = try ProjectConfigLoader().load(unknown)
        XCTAssertThrowsError(try ActiveRules(RuleBookLoader().load([.defaultBook]), config: config)) { error in
            XCTAssertTrue((error as? RuleFileErrors)?.description.contains("b.yaml:2:11: error: no active rule matches 'encoding.nope'") ?? false, "\(error)")
        }
        let badKey = try folder.write("c.yaml", "lavande: 1\nwaiver: []\n")
        XCTAssertThrowsError(try ProjectConfigLoader().load(badKey))
    }

    func testConfigChoosesRuleBooks() throws {
        let folder = try TemporaryFolder()
        try folder.write("mes-regles.yaml", book())
        let path = try folder.write(".lavande.yaml", "lavande: 1\nrules: [mes-regles.yaml, default]\n")
        let config = try ProjectConfigLoader().load(path)
        XCTAssertEqual(config.books?.count, 2)
        XCTAssertEqual(config.books?.last, .defaultBook)
        XCTAssertThrowsError(try RuleBookLoader().load(config.books!), "blank-rows is defined twice")
    }
}
