/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding,
/// which GitHub shows as annotations on the files, then a plain summary line.
///
/// `line` is the physical line (the record number when there is none), `col` the byte column of
/// byte-level findings. Findings without a file carry no `file` property. Waived findings are
/// notices that name their waiver. Data is escaped as GitHub's toolkit does (`%`, CR, LF), and
/// property values additionally escape `:` and `,`.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let fileExtension = "github.txt"

    public init() {}

    public func render(_ report: Report, options: ReportOptions) -> String {
        let language = options.language
        var output = ""
        for finding in report.findings {
            let command: String
            if finding.isWaived {
                command = "notice"
            } else {
                switch finding.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .info: command = "notice"
                }
            }
            var properties: [(String, String)] = []
            if let file = finding.file { properties.append(("file", file)) }
            if let line = finding.location?.line ?? finding.location?.row { properties.append(("line", String(line))) }
            if let column = finding.location?.byteColumn { properties.append(("col", String(column))) }
            var title = finding.ruleID
            if finding.isWaived { title += " (\(Labels.text(.waived, language)))" }
            properties.append(("title", title))
            var message = finding.message[language]
            message += " — " + finding.help[language]
            if let waiver = finding.waiver { message += " [\(Labels.text(.waived, language)): \(waiver)]" }
            output += "::\(command) " + properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
            output += "::" + Self.escapeData(message) + "\n"
        }
        output += ReportText.summaryLine(report, language: language) + "\n"
        return output
    }

    /// The message of a workflow command.
    static func escapeData(_ value: String) -> String {
        value.replacingScalars(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// A property value of a workflow command.
    static func escapeProperty(_ value: String) -> String {
        value.replacingScalars(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// Replaces single Unicode scalars in one pass (so replacements are never replaced again).
    func replacingScalars(_ table: [Unicode.Scalar: String]) -> String {
        var output = ""
        for scalar in unicodeScalars {
            if let replacement = table[scalar] { output += replacement } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }
}
