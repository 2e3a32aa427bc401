import Foundation
import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// Finding the schema of a file: configuration, datapackage.json, schema.json, the only *schema*.json.
final class SchemaLocatorTests: XCTestCase {
    private let schema = #"{"fields": [{"name": "id", "type": "integer"}]}"#

    private func context(_ folder: TemporaryFolder, file: String = "data.csv", configured: String? = nil) throws -> TabularFileContext {
        let documents = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".csv") }.sorted()
        return TabularFileContext(pathInDataset: file, reportPath: file, maxExamples: 5, datasetDirectory: folder.path,
                                  documents: documents, configuredSchema: configured)
    }

    private func locate(_ files: [String: String], file: String = "data.csv", configured: String? = nil) throws -> SchemaLocator.Location? {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write(name, text) }
        let location = SchemaLocator.locate(for: try context(folder, file: file, configured: configured.map { folder.path + "/" + $0 }))
        return location
    }

    func testConfiguredSchemaComesFirst() throws {
        let found = try locate(["schema.json": schema, "autre.json": schema], configured: "autre.json")
        XCTAssertEqual(found?.name, "autre.json")
        XCTAssertEqual(found?.isGuessed, false)
        guard case .absent = try locate(["schema.json": schema], configured: "absent.json") else {
            return XCTFail("a configured schema that does not exist is reported, not replaced")
        }
    }

    func testDataPackageResourceByPathOrInline() throws {
        let package = """
            {"resources": [
              {"path": "autre.csv", "schema": "autre-schema.json"},
              {"path": "./data.csv", "schema": "schemas/table.json"},
              {"path": ["part1.csv", "part2.csv"], "schema": {"fields": [{"name": "id"}]}},
              {"path": "distant.csv", "schema": "https://schema.data.gouv.fr/x/schema.json"}
            ]}
            """
        let files = ["datapackage.json": package, "schemas/table.json": schema, "schema.json": schema]
        XCTAssertEqual(try locate(files)?.name, "schemas/table.json")
        XCTAssertEqual(try locate(files, file: "part2.csv")?.name, "datapackage.json (resources[2].schema)")
        XCTAssertEqual(try locate(files, file: "distant.csv")?.name, "schema.json", "remote schemas are not fetched")
        XCTAssertEqual(try locate(files, file: "autre.csv").map { if case .absent = $0 { true } else { false } }, true)
        XCTAssertEqual(try locate(["datapackage.json": "{not json", "schema.json": schema])?.name, "schema.json")
    }

    func testSchemaJsonThenTheOnlySchemaNamedFile() throws {
        XCTAssertEqual(try locate(["schema.json": schema, "schema-statique.json": schema])?.name, "schema.json")
        XCTAssertEqual(try locate(["schema-statique.json": schema, "meta.json": "{}"])?.name, "schema-statique.json")
        XCTAssertNil(try locate(["schema-statique.json": schema, "schema-dynamique.json": schema]), "two candidates: none is chosen")
        XCTAssertNil(try locate(["meta.json": schema]))
    }

    func testAJSONSchemaBesideTheDataIsNotATableSchema() async throws {
        let jsonSchema = #"{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {}}"#
        let report = try await schemaReport(["schema.json": jsonSchema, "a.csv": "id;nom\n1;x\n"])
        XCTAssertEqual(report.schemaSummary, [])
        let named = try await schemaReport(["datapackage.json": #"{"resources": [{"path": "a.csv", "schema": "s.json"}]}"#,
                                            "s.json": jsonSchema, "a.csv": "id;nom\n1;x\n"])
        XCTAssertEqual(named.schemaSummary, ["unreadable"], "a schema the package names must be a Table Schema")
    }

    func testSchemaNamedByThePackageButAbsent() async throws {
        let report = try await schemaReport(["datapackage.json": #"{"resources": [{"path": "a.csv", "schema": "absent.json"}]}"#,
                                             "a.csv": "id;nom\n1;x\n"])
        let finding = try XCTUnwrap(report.schema("unreadable").first)
        XCTAssertTrue(finding.message.en.contains("absent.json"))
        XCTAssertTrue(finding.message.en.contains("does not exist"))
    }
}
