/// The default terminal report: grouped by dataset and file, one block per finding with its fix,
/// a summary line at the end. Colours only when `ReportOptions.color` is set.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let fileExtension = "txt"

    public init() {}

    public func render(_ report: Report, options: ReportOptions) -> String {
        let language = options.language
        let paint = Paint(enabled: options.color)
        func label(_ key: Labels.Key) -> String { Labels.text(key, language) }
        var output = ""
        let byFile = Dictionary(grouping: report.findings) { $0.file ?? "" }
        let failing = Set(report.failing.map(\.dataset))
        for dataset in report.datasets {
            let status = failing.contains(dataset.name) ? paint.red("✗ " + label(.fail)) : paint.green("✓ " + label(.pass))
            output += paint.bold(dataset.name == "." ? "./" : dataset.name + "/") + "  " + status + "\n"
            for file in dataset.files {
                output += "  " + paint.bold(file.path) + "  " + paint.dim(describe(file, language: language)) + "\n"
                for finding in byFile[file.path] ?? [] {
                    output += render(finding, language: language, paint: paint)
                }
            }
            // Findings about the folder itself or one of its documents (licences, metadata).
            let dataFiles = Set(dataset.files.map(\.path))
            let others = report.findings.filter { $0.dataset == dataset.name && !dataFiles.contains($0.file ?? "") }
            for document in Array(Set(others.map { $0.file ?? "" })).sorted() {
                let title = document.isEmpty || document == dataset.name ? label(.folder) : document
                output += "  " + paint.bold(title) + "\n"
                for finding in others where (finding.file ?? "") == document {
                    output += render(finding, language: language, paint: paint)
                }
            }
            for licence in dataset.licences ?? [] where !licence.licences.isEmpty {
                output += "  " + paint.dim(label(.licence) + " " + licence.licences.joined(separator: ", ") + " ("
                    + licence.files.joined(separator: ", ") + ")" + (licence.obligations.map { " — " + $0[language] } ?? "")) + "\n"
            }
            output += "\n"
        }
        let summary = report.summary
        var counts = [
            "\(summary.errors) \(label(.errors))", "\(summary.warnings) \(label(.warnings))", "\(summary.infos) \(label(.infos))",
        ]
        if summary.waived > 0 { counts.append("\(summary.waived) \(label(.waived))") }
        if summary.known > 0 { counts.append("\(summary.known) \(label(.known))") }
        let colon = language == .fr ? " : " : ": "
        let line = label(.summary) + colon + "\(summary.datasets) \(label(.datasets)) (\(summary.failedDatasets) \(label(.failing))), "
            + "\(summary.files) \(label(.files)), " + counts.joined(separator: ", ")
        output += (summary.failed ? paint.red(line) : paint.green(line)) + "\n"
        return output
    }

    private func describe(_ file: FileSummary, language: Language) -> String {
        switch file.status {
        case .notTabular: return Labels.text(.notTabular, language)
        case .binary: return Labels.text(.binary, language)
        case .unreadable: return Labels.text(.unreadable, language)
        case .checked:
            var parts = [file.encoding ?? "?"]
            if let delimiter = file.delimiter { parts.append("« \(delimiter) »") }
            if let rows = file.rows { parts.append("\(rows) \(Labels.text(.rows, language))") }
            if let columns = file.columns { parts.append("\(columns) \(Labels.text(.columns, language))") }
            if file.hasHeader == false { parts.append(Labels.text(.noHeader, language)) }
            return parts.joined(separator: " · ")
        }
    }

    private func render(_ finding: Finding, language: Language, paint: Paint) -> String {
        let severity: String
        switch finding.severity {
        case .error: severity = paint.red("error  ")
        case .warning: severity = paint.yellow("warning")
        case .info: severity = paint.blue("info   ")
        }
        var head = "    " + severity + " " + paint.dim(finding.ruleID)
        if let place = describe(finding.location, language: language) { head += "  " + place }
        if finding.isWaived { head += "  " + paint.dim("[\(Labels.text(.waived, language)): \(finding.waiver!)]") }
        var output = head + "\n      " + finding.message[language] + "\n"
        let others = finding.examples.dropFirst().compactMap { describe($0, language: language) }
        if !others.isEmpty {
            let more = finding.count - finding.examples.count
            output += "      " + paint.dim("… " + others.joined(separator: "; ") + (more > 0 ? " (+\(more) \(Labels.text(.more, language)))" : "")) + "\n"
        }
        if let evidence = finding.evidence { output += "      " + paint.dim(evidence) + "\n" }
        output += "      " + paint.cyan("→ " + finding.help[language]) + "\n"
        return output
    }

    private func describe(_ location: Location?, language: Language) -> String? {
        CIReportText.place(location, language: language)
    }
}

/// ANSI styling that does nothing when colours are off.
struct Paint {
    var enabled: Bool

    private func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func bold(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func red(_ text: String) -> String { wrap("31", text) }
    func green(_ text: String) -> String { wrap("32", text) }
    func yellow(_ text: String) -> String { wrap("33", text) }
    func blue(_ text: String) -> String { wrap("34", text) }
    func cyan(_ text: String) -> String { wrap("36", text) }
}
