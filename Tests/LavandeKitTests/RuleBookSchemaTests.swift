import Foundation
import XCTest
@testable import LavandeKit

/// docs/rule-book.schema.json lists every check kind and its parameters as the registry declares
/// them, and every built-in validator, so editors complete and check `kind:`, `with:` and
/// `validate:` exactly as Lavande does. Regenerate the
/// kinds part with LAVANDE_UPDATE_GOLDEN=1 swift test --filter RuleBookSchemaTests (needs python3).
final class RuleBookSchemaTests: XCTestCase {
    private let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/rule-book.schema.json").standardized.path

    /// The JSON Schema of one parameter.
    private func schema(_ spec: ParameterSpec) -> [String: Any] {
        var schema: [String: Any]
        switch spec.type {
        case .string, .columnType: schema = spec.choices.isEmpty ? ["type": "string"] : ["enum": spec.choices]
        case .int: schema = ["type": "integer"]
        case .double: schema = ["type": "number"]
        case .bool: schema = ["type": "boolean"]
        case .strings, .columnTypes:
            schema = ["type": "array", "items": spec.choices.isEmpty ? ["type": "string"] : ["enum": spec.choices]]
        }
        if let range = spec.range {
            schema["minimum"] = spec.type == .int ? Int(range.lowerBound) as Any : range.lowerBound
            schema["maximum"] = spec.type == .int ? Int(range.upperBound) as Any : range.upperBound
        }
        switch spec.defaultValue {
        case let .int(value): schema["default"] = value
        case let .double(value): schema["default"] = value
        case let .string(value): schema["default"] = value
        case let .bool(value): schema["default"] = value
        case let .strings(values): schema["default"] = values
        }
        return schema
    }

    /// `{"if": kind condition, "then": with schema}`.
    private func conditional(_ condition: [String: Any], with schema: [String: Any]) -> [String: Any] {
        var kind: [String: Any] = [:]
        kind["kind"] = condition
        var ifPart: [String: Any] = [:]
        ifPart["properties"] = kind
        ifPart["required"] = ["kind"]
        var with: [String: Any] = [:]
        with["with"] = schema
        var thenPart: [String: Any] = [:]
        thenPart["properties"] = with
        return ["if": ifPart, "then": thenPart]
    }

    private var expected: (kinds: [String], allOf: [[String: Any]]) {
        let kinds = CheckRegistry.builtIn.all
        let withParameters = kinds.filter { !$0.parameters.isEmpty }
        var allOf: [[String: Any]] = []
        for kind in withParameters {
            var properties: [String: Any] = [:]
            for spec in kind.parameters { properties[spec.name] = schema(spec) }
            let with: [String: Any] = ["type": "object", "additionalProperties": false, "properties": properties]
            allOf.append(conditional(["const": kind.name], with: with))
        }
        let others: [String: Any] = ["not": ["enum": withParameters.map { $0.name }]]
        allOf.append(conditional(others, with: ["type": "object", "maxProperties": 0]))
        return (kinds.map { $0.name }, allOf)
    }

    func testTheSchemaDescribesEveryKindAndItsParameters() throws {
        let expected = self.expected
        if ProcessInfo.processInfo.environment["LAVANDE_UPDATE_GOLDEN"] == "1" { try update(expected) }
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let check = try XCTUnwrap((document["$defs"] as? [String: Any])?["check"] as? [String: Any])
        let kind = try XCTUnwrap((check["properties"] as? [String: Any])?["kind"] as? [String: Any])
        XCTAssertEqual(kind["enum"] as? [String], expected.kinds)
        let columnType = try XCTUnwrap((document["$defs"] as? [String: Any])?["columnType"] as? [String: Any])
        let validate = try XCTUnwrap((columnType["properties"] as? [String: Any])?["validate"] as? [String: Any])
        XCTAssertEqual(validate["enum"] as? [String], BuiltInValidator.allCases.map(\.rawValue))
        let allOf = try XCTUnwrap(check["allOf"] as? [Any])
        XCTAssertEqual(allOf.count, expected.allOf.count)
        for (documented, wanted) in zip(allOf, expected.allOf) {
            XCTAssertEqual(documented as? NSDictionary, wanted as NSDictionary)
        }
    }

    /// Splices the expected kinds part into the documented schema, keeping the rest as written.
    private func update(_ expected: (kinds: [String], allOf: [[String: Any]])) throws {
        let fragment = try JSONSerialization.data(withJSONObject: ["kinds": expected.kinds, "allOf": expected.allOf,
                                                                   "validators": BuiltInValidator.allCases.map(\.rawValue)],
                                                  options: [.sortedKeys])
        let script = """
            import json, sys
            fragment = json.loads(sys.stdin.read())
            path = sys.argv[1]
            schema = json.load(open(path))
            schema['$defs']['check']['properties']['kind']['enum'] = fragment['kinds']
            schema['$defs']['check']['allOf'] = fragment['allOf']
            schema['$defs']['columnType']['properties']['validate']['enum'] = fragment['validators']
            with open(path, 'w') as out:
                json.dump(schema, out, indent=2, ensure_ascii=False)
                out.write('\\n')
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(fragment)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }
}
