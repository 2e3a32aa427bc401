import Foundation

/// A report read back from a file that `lavande check --format json` wrote (`--baseline`,
/// `lavande merge`), with the language its texts are in.
///
/// The JSON holds each message, help text and licence obligation in one language only: the
/// report's `LocalizedText`s hold that text in both, so render it in `language`. The JSON does not
/// hold the active rules (`rules` is empty: give the rules in force when a format needs them) and
/// what it derives — the summary, each dataset's status — is derived again. Findings keep the
/// order of the file. Written again as JSON in its language, it gives the same bytes.
public struct JSONReport: Sendable {
    public var report: Report
    /// The language of the report's texts.
    public var language: Language

    public init(report: Report, language: Language) {
        self.report = report
        self.language = language
    }

    /// Reads the report in the file at `path`; errors name the file (and the line when known).
    public init(contentsOf path: String) throws(JSONReportError) {
        guard FileManager.default.fileExists(atPath: path) else { throw JSONReportError(file: path, problem: "no such file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JSONReportError(file: path, problem: "cannot be read")
        }
        try self.init(text: String(decoding: data, as: UTF8.self), file: path)
    }

    /// Reads a report from its text; `file` names it in errors.
    public init(text: String, file: String) throws(JSONReportError) {
        let root: JSONNode
        do {
            root = try JSONParser.parse(text)
        } catch {
            throw JSONReportError(file: file, line: error.line, problem: "not valid JSON (\(error.message)); \(JSONReportError.expected)")
        }
        guard let version = root["lavande_report"] else {
            throw JSONReportError(file: file, problem: "not a Lavande JSON report; \(JSONReportError.expected)")
        }
        guard case let .number(number) = version.value, Int(number) == Report.formatVersion else {
            throw JSONReportError(file: file, line: version.line,
                                  problem: "a Lavande report of format \(JSONReportDecoder.describe(version)); this lavande reads format \(Report.formatVersion)")
        }
        do {
            self = try JSONReportDecoder.report(JSONReportDecoder.Field(node: root, place: ""))
        } catch {
            throw JSONReportError(file: file, line: error.line, problem: "not a valid Lavande JSON report: \(error.place) is \(error.found), expected \(error.expected)")
        }
    }
}

/// Why a file cannot be read as a JSON report.
public struct JSONReportError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var problem: String

    init(file: String, line: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `file:line: problem`.
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(problem)" }

    static let expected = "expected a report written by lavande check --format json"
}
