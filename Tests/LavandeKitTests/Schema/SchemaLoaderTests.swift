import Foundation
import XCTest
@testable import LavandeKit

/// Loading Table Schemas: what is used, what is refused, and never a crash on hostile input.
final class SchemaLoaderTests: XCTestCase {
    private func load(_ json: String) -> SchemaLoader.Outcome { SchemaLoader.load(Data(json.utf8)) }

    private func problems(_ json: String) -> [String] { load(json).problems.map(\.text.en) }

    func testReadsFieldsOptionsConstraintsAndCustomChecks() throws {
        let schema = try XCTUnwrap(load("""
            {"missingValues": ["", "NA"], "primaryKey": "id",
             "custom_checks": [{"name": "compare-columns-value", "params": {"column": "fin", "column2": "debut", "op": ">="}},
                               {"name": "sum-columns-value", "params": {"column": "total", "columns": ["a", "b"]}}],
             "fields": [
               {"name": "id", "type": "integer", "constraints": {"required": true, "unique": true, "minimum": 1}},
               {"name": "montant", "type": "number", "decimalChar": ",", "groupChar": " ", "bareNumber": false},
               {"name": "ok", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]},
               {"name": "jour", "type": "date", "format": "fmt:%d/%m/%Y"},
               {"name": "texte"}
             ]}
            """).schema)
        XCTAssertEqual(schema.fields.map(\.name), ["id", "montant", "ok", "jour", "texte"])
        XCTAssertEqual(schema.fields.map(\.type), [.integer, .number, .boolean, .date, .string], "type defaults to string")
        XCTAssertEqual(schema.missingValues, ["", "NA"])
        XCTAssertEqual(schema.primaryKey, ["id"])
        XCTAssertEqual(schema.customChecks.map(\.name), ["compare-columns-value", "sum-columns-value"])
        XCTAssertEqual(schema.customChecks[0].text("op"), ">=")
        XCTAssertEqual(schema.customChecks[1].texts("columns"), ["a", "b"])
        XCTAssertEqual(schema.fields[0].constraints.required, true)
        XCTAssertEqual(schema.fields[0].constraints.minimum?.order, 1)
        XCTAssertEqual(schema.fields[3].format, "%d/%m/%Y", "the fmt: prefix of Table Schema v0 is dropped")
        XCTAssertNotNil(schema.fields[1].reader.read("1 234,5 €"))
    }

    func testNotJSONSaysTheLine() {
        let outcome = load("{\n  \"fields\": [\n    {\"name\": \"a\",}\n    {\"name\": \"b\"}\n  ]\n}")
        XCTAssertNil(outcome.schema)
        XCTAssertEqual(outcome.problems.count, 1)
        XCTAssertTrue(outcome.problems[0].isFatal)
        XCTAssertTrue(outcome.problems[0].text.en.contains("line 4"), outcome.problems[0].text.en)
        XCTAssertTrue(outcome.problems[0].text.fr.contains("ligne 4"), outcome.problems[0].text.fr)
    }

    func testNotATableSchema() {
        XCTAssertEqual(problems("[1, 2]"), ["this is not a Table Schema: the JSON is a array, not an object"])
        XCTAssertEqual(problems("{\"type\": \"object\", \"properties\": {}}"), ["this is not a Table Schema: there is no \"fields\" list"])
        XCTAssertEqual(problems("{\"fields\": {\"name\": \"a\"}}"), ["\"fields\" must be a list of fields, not a object"])
        XCTAssertEqual(problems("{\"fields\": []}"), ["no usable field in \"fields\""])
        XCTAssertEqual(problems(""), ["the file is empty"])
        XCTAssertEqual(problems("\"fields\""), ["this is not a Table Schema: the JSON is a string, not an object"])
    }

    func testWrongJSONTypesEverywhereAreProblemsNotCrashes() throws {
        let outcome = load("""
            {"missingValues": "NA", "primaryKey": 3, "custom_checks": {"name": "x"},
             "fields": [
               3, {"type": "string"}, {"name": 12},
               {"name": "a", "type": 1, "format": [], "constraints": "required"},
               {"name": "b", "type": "number", "decimalChar": 1, "groupChar": {}, "bareNumber": "no",
                "constraints": {"required": "yes", "unique": 1, "minimum": [], "maxLength": -1, "minLength": 1.5,
                                "pattern": 7, "enum": "x"}},
               {"name": "c", "type": "boolean", "trueValues": "oui", "missingValues": [1],
                "constraints": {"enum": [true, null, [1], {"a": 1}]}},
               {"name": "a", "type": "integer"}
             ]}
            """)
        let schema = try XCTUnwrap(outcome.schema)
        XCTAssertEqual(schema.fields.map(\.name), ["a", "b", "c"])
        XCTAssertEqual(schema.fields.map(\.type), [.any, .number, .boolean])
        XCTAssertEqual(schema.missingValues, [""])
        XCTAssertEqual(schema.primaryKey, [])
        XCTAssertFalse(schema.fields[1].constraints.required)
        XCTAssertNil(schema.fields[1].constraints.pattern)
        XCTAssertEqual(schema.fields[2].constraints.enumeration?.written, ["true"])
        XCTAssertEqual(outcome.problems.total, 25)
        XCTAssertEqual(outcome.problems.count, SchemaProblems.listed, "only the first problems are put into words")
        XCTAssertFalse(outcome.problems.contains(where: \.isFatal))
        XCTAssertTrue(outcome.problems.allSatisfy { !$0.text.fr.isEmpty && !$0.text.en.isEmpty && $0.text.fr != $0.text.en })
    }

    func testDeepNestingIsRefusedCleanly() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let outcome = load("{\"fields\": [{\"name\": \"a\", \"constraints\": {\"enum\": \(deep)}}]}")
        XCTAssertNil(outcome.schema)
        XCTAssertTrue(outcome.problems[0].isFatal)
        let nestedEnum = load("{\"fields\": [{\"name\": \"a\", \"constraints\": {\"enum\": [[[[[1]]]]]}}]}")
        XCTAssertNotNil(nestedEnum.schema)
        XCTAssertEqual(nestedEnum.problems.count, 1)
    }

    func testHugeEnumAndTooLargeFile() throws {
        let values = (0..<200_000).map { "\"v\($0)\"" }.joined(separator: ",")
        let schema = try XCTUnwrap(load("{\"fields\": [{\"name\": \"a\", \"constraints\": {\"enum\": [\(values)]}}]}").schema)
        XCTAssertEqual(schema.fields[0].constraints.enumeration?.identities.count, 200_000)
        let numbers = (0..<50_000).map(String.init).joined(separator: ",")
        let wrongType = load("{\"fields\": [{\"name\": \"d\", \"type\": \"date\", \"constraints\": {\"enum\": [\(numbers)]}}]}")
        XCTAssertEqual(wrongType.problems.total, 50_000)
        XCTAssertEqual(wrongType.problems.count, SchemaProblems.listed)
        let huge = Data(count: SchemaLoader.maxBytes + 1)
        XCTAssertTrue(try XCTUnwrap(SchemaLoader.load(huge).problems.first).text.en.contains("more than"))
    }

    func testSchemasFrictionlessRefusesForFormAreUsed() throws {
        // The DAE schema: a `name` frictionless finds badly written, a pattern on date fields.
        let outcome = load("""
            {"name": "DAE", "$schema": "https://frictionlessdata.io/schemas/table-schema.json",
             "fields": [{"name": "dermnt", "type": "date",
                         "constraints": {"required": true, "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])$"}}]}
            """)
        XCTAssertEqual(outcome.problems.map(\.text.en), [])
        XCTAssertNotNil(try XCTUnwrap(outcome.schema).fields[0].constraints.pattern)
    }

    func testUnusablePartsAreLeftOutWithAProblem() throws {
        let outcome = load("""
            {"fields": [
               {"name": "a", "type": "entier"},
               {"name": "b", "type": "date", "format": "%d/%Q"},
               {"name": "c", "type": "string", "format": "telephone"},
               {"name": "d", "constraints": {"pattern": "(unclosed"}},
               {"name": "e", "type": "integer", "constraints": {"minimum": "douze", "enum": [1, "deux"]}}
             ], "primaryKey": ["a", "z"]}
            """)
        let schema = try XCTUnwrap(outcome.schema)
        XCTAssertEqual(schema.fields.map(\.format), ["default", "any", "default", "default", "default"])
        XCTAssertEqual(schema.fields[4].constraints.enumeration?.written, ["1"])
        XCTAssertEqual(schema.primaryKey, [])
        XCTAssertEqual(outcome.problems.map(\.text.en), [
            "fields[0] «a»: type \"entier\" does not exist in Table Schema; the field accepts any value",
            "fields[1] «b»: format \"%d/%Q\" uses %Q, which Lavande does not read; any date is accepted",
            "fields[2] «c»: format \"telephone\" does not exist for type string; the default format is used",
            "fields[3] «d»: \"pattern\" (unclosed is not a valid regular expression; it is not checked",
            "fields[4] «e»: \"minimum\" (douze) is not a value of type integer; it is not checked",
            "fields[4] «e»: \"enum\" value \"deux\" is not of type integer; it is ignored",
            "\"primaryKey\" names \"z\", which is not a field of the schema; the key is not checked",
        ])
    }

    func testEveryCorpusSchemaLoadsWithoutProblem() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw XCTSkip("../shared/corpus is absent") }
        let folders = ["lieux-covoiturage", "stationnement", "scdl-subventions", "dae-defibrillateurs", "decp-marches-publics",
                       "catalogue-donnees", "hautes-remunerations", "arretes-circulation-marchandises", "scdl-prenoms",
                       "scdl-menus-collectifs"]
        for folder in folders {
            let data = try Data(contentsOf: corpus.appendingPathComponent(folder).appendingPathComponent("schema.json"))
            let outcome = SchemaLoader.load(data)
            XCTAssertNotNil(outcome.schema, folder)
            XCTAssertEqual(outcome.problems.map(\.text.en), [], folder)
        }
        let irve = SchemaLoader.load(try Data(contentsOf: corpus.appendingPathComponent("irve-statique/schema-statique.json")))
        XCTAssertEqual(irve.schema?.fields.count, 40)
    }
}
