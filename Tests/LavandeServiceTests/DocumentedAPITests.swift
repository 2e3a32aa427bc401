import Foundation
@testable import LavandeService
import LavandeTestSupport
import XCTest

/// docs/openapi.json is a valid OpenAPI 3.1 document, and what the service really answers
/// matches its schemas. Validated with Python's openapi-spec-validator and jsonschema when they
/// are installed (.ci/run installs them); skipped with a message otherwise.
final class DocumentedAPITests: XCTestCase {
    private func python(_ script: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.currentDirectoryURL = BuiltProducts.repository
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    func testTheDocumentIsValidAndTheAnswersMatchItsSchemas() async throws {
        guard try python("import jsonschema, openapi_spec_validator").status == 0 else {
            throw XCTSkip("python3 with jsonschema and openapi-spec-validator is not available (pip install openapi-spec-validator)")
        }
        let service = try ServiceHarness()
        try await service.start()
        var answers: [(schema: String, body: Data)] = []
        let submitted = try await service.submit([("equipements.csv", APITests.personalCSV)], dataset: "Équipements", token: service.mairieA)
        answers.append(("Check", submitted.body))
        let id = try XCTUnwrap(try submitted.json()["id"] as? String)
        _ = try await service.waitUntilFinished(id, token: service.mairieA)
        let again = try await service.submit([("equipements.csv", APITests.cleanCSV)], dataset: "Équipements", token: service.mairieA)
        _ = try await service.waitUntilFinished(try XCTUnwrap(try again.json()["id"] as? String), token: service.mairieA)
        for (schema, path) in [("Check", "/v1/checks/\(id)"), ("History", "/v1/datasets/Mairie%20A/%C3%89quipements/checks"),
                               ("DatasetList", "/v1/datasets"), ("Rules", "/v1/rules"), ("Problem", "/v1/checks/chk_missing"),
                               ("Problem", "/v1/checks/\(id)/report?format=pdf")] {
            answers.append((schema, try await service.request("GET", path, token: service.mairieA).body))
        }
        answers.append(("Problem", try await service.request("GET", "/v1/datasets").body))
        answers.append(("Problem", try await service.submit([("../x.csv", APITests.cleanCSV)], dataset: "x", token: service.mairieA).body))
        try await service.stop()

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-answers-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var pairs: [String] = []
        for (index, answer) in answers.enumerated() {
            let file = folder.appendingPathComponent("\(index).json")
            try answer.body.write(to: file)
            pairs.append("('\(answer.schema)', '\(file.path)')")
        }
        let result = try python("""
            import json, jsonschema
            from openapi_spec_validator import validate
            document = json.load(open('docs/openapi.json'))
            validate(document)
            for name, path in [\(pairs.joined(separator: ", "))]:
                schema = {'$ref': '#/components/schemas/' + name, 'components': document['components']}
                jsonschema.Draft202012Validator(schema).validate(json.load(open(path)))
            """)
        XCTAssertEqual(result.status, 0, result.output)
    }
}
