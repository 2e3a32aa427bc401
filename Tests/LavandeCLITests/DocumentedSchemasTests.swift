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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var reports: [String] = []
        for (name, arguments) in [("whole", ["--lang", "fr"]), ("shard", ["--shard", "2/3", "--lang", "en"])] {
            let (result, _) = try CLIRunner.jsonReport(["samples"] + arguments)
            let report = folder.appendingPathComponent("\(name).json")
            try Data(result.stdout.utf8).write(to: report)
            reports.append(report.path)
        }
        try validate("""
            import json, jsonschema
            schema = json.load(open('docs/report.schema.json'))
            jsonschema.Draft202012Validator.check_schema(schema)
            for path in \(reports):
                jsonschema.validate(json.load(open(path)), schema)
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
