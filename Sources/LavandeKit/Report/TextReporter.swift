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
        let byDataset = report.findingsByDataset
        for dataset in report.datasets {
            let status = failing.contains(dataset.name) ? paint.red("✗ " + label(.fail)) : paint.green("✓ " + label(.pass))
            output += paint.bold(ReportText.folder(dataset.name)) + "  " + status + "\n"
            for file in dataset.files {
                output += "  " + paint.bold(file.path) + "  " + paint.dim(ReportText.describe(file, language: language)) + "\n"
                for finding in byFile[file.path] ?? [] {
                    output += render(finding, language: language, paint: paint)
                }
            }
            // Findings about the folder itself or one of its documents (licences, metadata).
            let dataFiles = Set(dataset.files.map(\.path))
            let others = (byDataset[dataset.name] ?? []).filter { !dataFiles.contains($0.file ?? "") }
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
        let line = ReportText.summaryLine(report, language: language)
        output += (report.summary.failed ? paint.red(line) : paint.green(line)) + "\n"
        return output
    }

    private func render(_ finding: Finding, language: Language, paint: Paint) -> String {
        let severity: String
        switch finding.severity {
        case .error: severity = paint.red("error  ")
        case .warning: severity = paint.yellow("warning")
        case .info: severity = paint.blue("info   ")
        }
        var head = "    " + severity + " " + paint.dim(finding.ruleID)
        if let place = ReportText.place(finding.location, language: language) { head += "  " + place }
        if finding.isWaived { head += "  " + paint.dim("[\(Labels.text(.waived, language)): \(finding.waiver!)]") }
        var output = head + "\n      " + finding.message[language] + "\n"
        let others = finding.examples.dropFirst().compactMap { ReportText.place($0, language: language) }
        if !others.isEmpty {
            let more = finding.count - finding.examples.count
            output += "      " + paint.dim("… " + others.joined(separator: "; ") + (more > 0 ? " (+\(more) \(Labels.text(.more, language)))" : "")) + "\n"
        }
        if let evidence = finding.evidence { output += "      " + paint.dim(evidence) + "\n" }
        output += "      " + paint.cyan("→ " + finding.help[language]) + "\n"
        return output
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
