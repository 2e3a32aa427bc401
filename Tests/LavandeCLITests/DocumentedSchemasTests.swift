import Foundation
import XCTest

/// The JSON Schemas in docs/ describe what Lavande really writes and reads. Validated with
/// Python's jsonschema when it is installed (.ci/run installs it); skipped with a message otherwise.
final class DocumentedSchemasTests: XCTestCase {
    private func validate(_ script: String) throws {
        let env = URL(fileURLWithPath: "/usr/bin/env")
        guard try CLIRunner.run(["python3", "-c", "import jsonschema, yaml"], binary: env).status == 0 else {
            throw XCTSkip("python3 with jsonschema and yaml is not available")
        }
        let result = try CLIRunner.run(["python3", "-c", script], binary: env)
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    func testReportsMatchTheReportSchema() throws {
        let (result, _) = try CLIRunner.jsonReport(["samples", "--lang", "fr"])
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-report-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: report) }
        try Data(result.stdout.utf8).write(to: report)
        try validate("""
            import json, jsonschema
            schema = json.load(open('docs/report.schema.json'))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.validate(json.load(open('\(report.path)')), schema)
            """)
    }

    func testShippedRuleBooksMatchTheRuleBookSchema() throws {
        try validate("""
            import glob, json, yaml, jsonschema
            schema = json.load(open('docs/rule-book.schema.json'))
            for path in sorted(glob.glob('rules/*.yaml')):
                jsonschema.validate(yaml.safe_load(open(path, encoding='utf-8')), schema)
            """)
    }
}
