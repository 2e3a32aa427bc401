import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// Runs the `types.schema.` rules alone over a dataset folder holding `files`.
func schemaReport(_ files: [String: String], maxExamples: Int = 5) async throws -> Report {
    let folder = try TemporaryFolder()
    for (name, text) in files { try folder.write(name, text) }
    let rules = try ActiveRules(RuleBookLoader().load([.embedded("table-schema.yaml")]), config: nil)
    return try await check(folder.path, rules: rules, maxExamples: maxExamples)
}

extension Report {
    /// The findings of a `types.schema.` rule (`type`, `constraint`…).
    func schema(_ rule: String) -> [Finding] { findings.filter { $0.ruleID == "types.schema." + rule } }

    /// The `types.schema.` rules found, with the column they point at: `["type «montant»", "missing-field"]`.
    var schemaSummary: [String] {
        findings.filter { $0.ruleID.hasPrefix("types.schema.") }.map { finding in
            let rule = String(finding.ruleID.dropFirst("types.schema.".count))
            return finding.location?.column?.name.map { "\(rule) «\($0)»" } ?? rule
        }.sorted()
    }
}

/// A schema with the given fields (JSON objects) and extra top-level members.
func schemaJSON(_ fields: String..., extra: String = "") -> String {
    "{" + (extra.isEmpty ? "" : extra + ", ") + "\"fields\": [" + fields.joined(separator: ", ") + "]}"
}

/// The schema rules through the engine: positives, and the near-misses that must stay silent.
final class SchemaCheckTests: XCTestCase {
    func testNoSchemaNoFinding() async throws {
        let report = try await schemaReport(["a.csv": "id;montant\n1;12,5\n"])
        XCTAssertEqual(report.schemaSummary, [])
    }

    func testDecimalCommaNeedsDecimalChar() async throws {
        let data = "id;montant\n1;100000,1\n2;0,5\n3;12\n"
        let strict = try await schemaReport([
            "schema.json": schemaJSON(#"{"name": "id", "type": "integer"}"#, #"{"name": "montant", "type": "number"}"#),
            "a.csv": data,
        ])
        let finding = try XCTUnwrap(strict.schema("type").first)
        XCTAssertEqual(finding.count, 2)
        XCTAssertEqual(finding.location?.column?.name, "montant")
        XCTAssertEqual(finding.examples.map(\.row), [2, 3])
        XCTAssertEqual(finding.evidence, "«100000,1»")
        XCTAssertTrue(finding.message.en.contains("number, decimal separator \".\""), finding.message.en)
        XCTAssertTrue(finding.help.en.contains("100000.1"), finding.help.en)
        let french = try await schemaReport([
            "schema.json": schemaJSON(#"{"name": "id", "type": "integer"}"#,
                                      #"{"name": "montant", "type": "number", "decimalChar": ","}"#),
            "a.csv": data,
        ])
        XCTAssertEqual(french.schemaSummary, [])
    }

    func testIsoDateFieldRejectsFrenchDatesAndSuggestsTheFix() async throws {
        let report = try await schemaReport([
            "schema.json": schemaJSON(#"{"name": "dateConvention", "type": "date"}"#,
                                      #"{"name": "dateFin", "type": "date", "format": "%d/%m/%Y"}"#),
            "a.csv": "dateConvention;dateFin\n2016-12-05;05/12/2017\n05/12/2016;2017-12-05\n",
        ])
        XCTAssertEqual(report.schemaSummary, ["type «dateConvention»", "type «dateFin»"])
        let iso = try XCTUnwrap(report.schema("type").first { $0.location?.column?.name == "dateConvention" })
        XCTAssertTrue(iso.message.fr.contains("date AAAA-MM-JJ"), iso.message.fr)
        XCTAssertTrue(iso.help.fr.contains("2016-12-05"), iso.help.fr)
        let pattern = try XCTUnwrap(report.schema("type").first { $0.location?.column?.name == "dateFin" })
        XCTAssertTrue(pattern.help.en.contains("05/12/2017"), "the ISO date rewritten with %d/%m/%Y: \(pattern.help.en)")
    }

    func testBooleansFollowTrueValues() async throws {
        let schema = schemaJSON(#"{"name": "nom"}"#,
                                #"{"name": "acc_lib", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]}"#,
                                #"{"name": "gratuit", "type": "boolean"}"#)
        let report = try await schemaReport(["schema.json": schema, "a.csv": "nom;acc_lib;gratuit\nA;oui;true\nB;non;0\nC;true;oui\n"])
        XCTAssertEqual(report.schemaSummary, ["type «acc_lib»", "type «gratuit»"])
        XCTAssertEqual(report.schema("type").map(\.count), [1, 1])
    }

    func testMissingValuesAreNotValuesButFailRequired() async throws {
        let schema = schemaJSON(#"{"name": "id", "type": "integer", "constraints": {"required": true}}"#,
                                #"{"name": "montant", "type": "number"}"#, extra: #""missingValues": ["", "NA"]"#)
        let report = try await schemaReport(["schema.json": schema, "a.csv": "id;montant\n1;NA\nNA;12\n3;\n"])
        XCTAssertEqual(report.schemaSummary, ["required «id»"], "NA is no number but a missing value")
        XCTAssertEqual(report.schema("required").first?.location?.row, 3)
        let withoutNA = try await schemaReport(["schema.json": schema.replacingOccurrences(of: #", "NA""#, with: ""),
                                                "a.csv": "id;montant\n1;NA\n"])
        XCTAssertEqual(withoutNA.schemaSummary, ["type «montant»"])
    }

    func testRenamedIsNotMissingPlusExtra() async throws {
        let schema = schemaJSON(#"{"name": "nomAttribuant"}"#, #"{"name": "nomBeneficiaire"}"#, #"{"name": "montant", "type": "number"}"#)
        let renamed = try await schemaReport(["schema.json": schema, "a.csv": "NomAttribuant;NOM_Beneficiaire;montant\nA;B;1,5\n"])
        XCTAssertEqual(renamed.schemaSummary, ["renamed-field «NOM_Beneficiaire»", "renamed-field «NomAttribuant»", "type «montant»"],
                       "renamed columns are still checked")
        XCTAssertTrue(try XCTUnwrap(renamed.schema("renamed-field").first).message.en.contains("\"nomAttribuant\""))
        let missing = try await schemaReport(["schema.json": schema, "a.csv": "nomAttribuant;beneficiaire;montant\nA;B;1\n"])
        XCTAssertEqual(missing.schemaSummary, ["extra-field «beneficiaire»", "missing-field"])
        XCTAssertEqual(missing.schema("missing-field").first?.location?.row, 1)
        XCTAssertTrue(try XCTUnwrap(missing.schema("missing-field").first).message.fr.contains("« nomBeneficiaire »"))
    }

    func testReorderedColumns() async throws {
        let schema = schemaJSON(#"{"name": "nomAttribuant"}"#, #"{"name": "idAttribuant"}"#, #"{"name": "montant"}"#, #"{"name": "objet"}"#)
        let swapped = try await schemaReport(["schema.json": schema, "a.csv": "idAttribuant;nomAttribuant;montant;objet\n1;A;2;x\n"])
        XCTAssertEqual(swapped.schemaSummary, ["field-order «idAttribuant»"])
        XCTAssertTrue(try XCTUnwrap(swapped.schema("field-order").first).message.en.contains("position 1"))
        let inOrderWithAGap = try await schemaReport(["schema.json": schema, "a.csv": "nomAttribuant;montant;objet\nA;2;x\n"])
        XCTAssertEqual(inOrderWithAGap.schemaSummary, ["missing-field"], "a missing field does not make the rest out of order")
    }

    func testUniqueAndPrimaryKey() async throws {
        let schema = schemaJSON(#"{"name": "id", "constraints": {"unique": true}}"#, #"{"name": "nom"}"#,
                                #"{"name": "numero", "type": "integer"}"#, extra: #""primaryKey": ["nom", "numero"]"#)
        let report = try await schemaReport(["schema.json": schema,
                                             "a.csv": "id;nom;numero\nA;x;1\nB;x;2\nA;y;1\nC;x;01\nA;z;3\n"])
        XCTAssertEqual(report.schemaSummary, ["unique «id»", "unique «nom»"])
        let repeated = try XCTUnwrap(report.schema("unique").first { $0.location?.column?.name == "id" })
        XCTAssertEqual(repeated.count, 2)
        XCTAssertEqual(repeated.examples.map(\.row), [4, 6])
        XCTAssertEqual(repeated.evidence, "«A»")
        let key = try XCTUnwrap(report.schema("unique").first { $0.location?.column?.name == "nom" })
        XCTAssertEqual(key.evidence, "«x | 01»", "01 is the integer 1: the key (x, 1) repeats")
        let distinct = try await schemaReport(["schema.json": schema, "a.csv": "id;nom;numero\nA;x;1\nB;x;2\nC;y;1\n"])
        XCTAssertEqual(distinct.schemaSummary, [])
    }

    func testConstraintsNameTheConstraint() async throws {
        let schema = schemaJSON(
            #"{"name": "id", "constraints": {"pattern": "\\d{5}-P-\\d{3}"}}"#,
            #"{"name": "tarif", "constraints": {"enum": ["gratuit", "payant"]}}"#,
            #"{"name": "part", "type": "number", "constraints": {"minimum": 0.01, "maximum": 1}}"#,
            #"{"name": "code", "constraints": {"minLength": 2, "maxLength": 3}}"#,
            #"{"name": "jour", "type": "date", "constraints": {"minimum": "2020-01-01"}}"#)
        let report = try await schemaReport(["schema.json": schema, "a.csv": """
            id;tarif;part;code;jour
            75114-P-001;gratuit;0.5;AB;2021-01-01
            P-001;inconnu;100;ABCD;2019-12-31
            75114-P-0011;payant;0;A;2020-01-01
            75114-P-003;;1;;

            """])
        // Findings come in report order: by row, then column.
        XCTAssertEqual(report.schema("constraint").map { $0.message.en.components(separatedBy: "\"")[1] }, [
            "pattern: \\d{5}-P-\\d{3}", "enum", "maximum: 1", "maxLength: 3", "minimum: 2020-01-01", "minimum: 0.01", "minLength: 2",
        ])
        let pattern = try XCTUnwrap(report.schema("constraint").first)
        XCTAssertEqual(pattern.count, 2, "the pattern is anchored: 75114-P-0011 does not match")
        XCTAssertEqual(report.schema("constraint")[1].evidence, "«inconnu»")
        XCTAssertTrue(report.schema("constraint")[1].message.fr.contains("«gratuit», «payant»"))
    }

    func testWrongTypeIsNotAlsoAConstraintBreak() async throws {
        let schema = schemaJSON(#"{"name": "id"}"#, #"{"name": "part", "type": "number", "constraints": {"maximum": 1}}"#)
        let report = try await schemaReport(["schema.json": schema, "a.csv": "id;part\n1;0,5\n2;2\n"])
        XCTAssertEqual(report.schemaSummary, ["constraint «part»", "type «part»"])
        XCTAssertEqual(report.schema("constraint").first?.count, 1)
    }

    func testUnreadableSchemaSaysWhereAndSilencesTheOtherRules() async throws {
        let report = try await schemaReport(["schema.json": "{\n  \"fields\": [\n    {\"name\": \"id\" \"type\": \"integer\"}\n  ]\n}\n",
                                             "a.csv": "x;y\n1;2\n"])
        XCTAssertEqual(report.schemaSummary, ["unreadable"])
        let finding = try XCTUnwrap(report.schema("unreadable").first)
        XCTAssertTrue(finding.message.en.contains("line 3"), finding.message.en)
        XCTAssertTrue(finding.message.fr.contains("schema.json"), finding.message.fr)
        XCTAssertNil(finding.location)
    }

    func testPartlyUnreadableSchemaIsUsedForTheRest() async throws {
        let schema = schemaJSON(#"{"name": "id", "type": "entier"}"#, #"{"name": "code", "constraints": {"pattern": "(unclosed"}}"#,
                                #"{"name": "montant", "type": "number"}"#)
        let report = try await schemaReport(["schema.json": schema, "a.csv": "id;code;montant\nA;B;1,5\n"])
        XCTAssertEqual(report.schemaSummary, ["type «montant»", "unreadable"])
        let finding = try XCTUnwrap(report.schema("unreadable").first)
        XCTAssertEqual(finding.count, 2)
        XCTAssertTrue(finding.message.en.contains("\"entier\""), finding.message.en)
        XCTAssertTrue(finding.message.en.contains("the rest of the schema is used"), finding.message.en)
    }

    func testSpaceAfterDelimiterIsReadAsFrictionlessReadsIt() async throws {
        let schema = schemaJSON(#"{"name": "nom"}"#, #"{"name": "lat", "type": "number", "constraints": {"maximum": 90}}"#,
                                #"{"name": "jours", "constraints": {"pattern": "(lundi|mardi)(\\|(lundi|mardi))*"}}"#)
        let report = try await schemaReport(["schema.json": schema,
                                             "a.csv": "nom, lat, jours\nMairie, 48.85, \"lundi|mardi\"\nGare, 148.85, mardi\n"])
        XCTAssertEqual(report.schemaSummary, ["constraint « lat»"])
        XCTAssertEqual(report.schema("constraint").first?.evidence, "«148.85»")
    }

    func testEmailEvidenceIsMasked() async throws {
        let schema = schemaJSON(#"{"name": "contact", "format": "email", "constraints": {"unique": true}}"#)
        let report = try await schemaReport(["schema.json": schema,
                                             "a.csv": "contact\njeanne.martin@exemple.fr\njeanne.martin@@exemple.fr\njeanne.martin@exemple.fr\n"])
        XCTAssertEqual(report.schemaSummary, ["type «contact»", "unique «contact»"])
        for finding in report.schema("type") + report.schema("unique") {
            XCTAssertEqual(finding.evidence, "«j***@e***.fr»")
            XCTAssertFalse(finding.message.en.contains("martin"), finding.message.en)
        }
    }

    func testLongEvidenceIsCut() async throws {
        let long = String(repeating: "x", count: 100)
        let report = try await schemaReport(["schema.json": schemaJSON(#"{"name": "code", "constraints": {"maxLength": 5}}"#),
                                             "a.csv": "code\n\(long)\n"])
        XCTAssertEqual(report.schema("constraint").first?.evidence?.count, 62, "60 characters between « »")
    }

    func testColumnsSelectorLimitsTheCellRules() async throws {
        let folder = try TemporaryFolder()
        try folder.write("data/schema.json", schemaJSON(#"{"name": "a", "type": "integer"}"#, #"{"name": "b", "type": "integer"}"#))
        try folder.write("data/t.csv", "a;b\nx;y\n")
        let book = """
            lavande: 1
            id: essai
            title: {fr: "Essai", en: "Test"}
            checks:
              - id: types.schema.type-b
                kind: schema-type
                severity: error
                columns: "^b$"
                title: {fr: "Type", en: "Type"}
                message: {fr: "{column} : {type}", en: "{column}: {type}"}
                help: {fr: "Corrigez {example}.", en: "Fix {example}."}
                examples:
                  fail: [{files: {schema.json: "{\\"fields\\": [{\\"name\\": \\"b\\", \\"type\\": \\"integer\\"}]}", t.csv: "b\\nx\\n"}}]
                  pass: [{files: {schema.json: "{\\"fields\\": [{\\"name\\": \\"b\\", \\"type\\": \\"integer\\"}]}", t.csv: "b\\n1\\n"}}]
            """
        let rules = try ActiveRules(loadBook(book, in: folder), config: nil)
        let report = try await check((folder.path as NSString).appendingPathComponent("data"), rules: rules)
        XCTAssertEqual(report.findings.map { $0.location?.column?.name }, ["b"])
    }

    func testFileWithoutHeaderIsNotCompared() async throws {
        let report = try await schemaReport(["schema.json": schemaJSON(#"{"name": "id", "type": "integer"}"#),
                                             "a.csv": "1;2024-01-05;12,50\n2;2024-01-06;13,00\n3;2024-01-07;9,75\n"])
        XCTAssertEqual(report.schemaSummary, [])
    }

    func testBlankRowsAreLeftToTheStructureRules() async throws {
        let report = try await schemaReport(["schema.json": schemaJSON(#"{"name": "id", "constraints": {"required": true}}"#, #"{"name": "b"}"#),
                                             "a.csv": "id;b\n1;x\n;\n\n2;y\n"])
        XCTAssertEqual(report.schemaSummary, [])
    }
}
