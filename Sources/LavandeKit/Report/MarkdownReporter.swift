/// A summary for a merge-request or pull-request comment, in the report's language: a title with
/// the verdict, the counts per rule family, the failing datasets, the first findings (errors
/// first, at most `MarkdownReporter.firstFindings`), then one collapsed `<details>` section per
/// dataset with all its findings (waived ones marked).
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    public static let fileExtension = "md"
    /// How many findings the comment lists before the per-dataset sections.
    public static let firstFindings = 20

    public init() {}

    public func render(_ report: Report, options: ReportOptions) -> String {
        let language = options.language
        func label(_ key: Labels.Key) -> String { Labels.text(key, language) }
        func word(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
        let summary = report.summary
        let active = report.findings.filter { !$0.isWaived }
        let failingDatasets = Set(report.failing.map(\.dataset))
        var output = "## " + (summary.failed ? "❌ " : "✅ ") + cap(report.tool.name) + " — "
            + (summary.failed ? label(.fail) : label(.pass)) + "\n\n"

        var counts = [
            "\(summary.errors) \(label(.errors))", "\(summary.warnings) \(label(.warnings))", "\(summary.infos) \(label(.infos))",
        ]
        if summary.waived > 0 { counts.append("\(summary.waived) \(label(.waived))") }
        if summary.known > 0 { counts.append("\(summary.known) \(label(.known))") }
        output += "**\(summary.datasets) \(label(.datasets))** (\(summary.failedDatasets) \(label(.failing))), "
            + "\(summary.files) \(label(.files)) · " + counts.joined(separator: ", ") + "\n\n"

        // Counts per family: every family of the active rules, and any other a finding has.
        let families = Set(report.rules.map(\.family)).union(report.findings.map(\.family)).sorted()
        output += "| \(word("Famille", "Family")) | \(cap(label(.errors))) | \(cap(label(.warnings))) | \(cap(label(.infos))) |\n"
        output += "|---|---:|---:|---:|\n"
        for family in families {
            let found = active.filter { $0.family == family }
            output += "| \(Self.cell(family)) | \(found.filter { $0.severity == .error }.count) | "
                + "\(found.filter { $0.severity == .warning }.count) | \(found.filter { $0.severity == .info }.count) |\n"
        }
        output += "| **Total** | **\(summary.errors)** | **\(summary.warnings)** | **\(summary.infos)** |\n\n"

        let failing = report.datasets.map(\.name).filter { failingDatasets.contains($0) }
        if !failing.isEmpty {
            output += "### " + word("Jeux de données en échec", "Failing datasets") + "\n\n"
            let failingByDataset = Dictionary(grouping: report.failing, by: \.dataset)
            for name in failing {
                let found = failingByDataset[name] ?? []
                output += "- " + Self.code(ReportText.folder(name)) + " — " + ReportText.severityCounts(found, language: language) + "\n"
            }
            output += "\n"
        }

        if !active.isEmpty {
            let first = active.enumerated().sorted { lhs, rhs in
                lhs.element.severity != rhs.element.severity ? lhs.element.severity > rhs.element.severity : lhs.offset < rhs.offset
            }.prefix(Self.firstFindings).map(\.element)
            let heading = first.count < active.count
                ? word("Premiers constats", "First findings") + " (\(first.count)/\(active.count))"
                : word("Constats", "Findings")
            output += "### " + heading + "\n\n"
            for (index, finding) in first.enumerated() {
                var head = "\(index + 1). **\(finding.severity.rawValue)** " + Self.code(finding.ruleID)
                if let place = ReportText.place(finding, language: language, withFile: true) { head += " — " + Self.inline(place) }
                output += head + "  \n   " + Self.inline(finding.message[language]) + "  \n   → " + Self.inline(finding.help[language]) + "\n"
            }
            output += "\n"
        }

        var clean: [String] = []
        let byDataset = report.findingsByDataset
        for dataset in report.datasets {
            let found = byDataset[dataset.name] ?? []
            guard !found.isEmpty else { clean.append(dataset.name); continue }
            let status = failingDatasets.contains(dataset.name) ? "❌ " + label(.fail) : "✅ " + label(.pass)
            output += "<details><summary><code>\(XMLEscaping.text(ReportText.folder(dataset.name)))</code> — \(XMLEscaping.text(status)) — "
                + XMLEscaping.text(ReportText.severityCounts(found.filter { !$0.isWaived }, language: language))
                + (found.contains { $0.isWaived } ? XMLEscaping.text(", \(found.filter(\.isWaived).count) \(label(.waived))") : "")
                + "</summary>\n\n"
            output += "| | \(word("Règle", "Rule")) | \(word("Fichier", "File")) | \(word("Endroit", "Place")) | "
                + "\(word("Constat", "Finding")) | \(word("Correction", "Fix")) |\n"
            output += "|---|---|---|---|---|---|\n"
            for finding in found {
                var severity = finding.severity.rawValue
                if let waiver = finding.waiver { severity += " (\(label(.waived)): " + waiver + ")" }
                let file = finding.file.map { Self.code($0) } ?? Self.cell(label(.folder))
                var message = finding.message[language]
                if finding.count > 1 { message += " (×\(finding.count))" }
                if let evidence = finding.evidence { message += " — " + evidence }
                output += "| \(Self.cell(severity)) | \(Self.code(finding.ruleID)) | \(file) | "
                    + "\(Self.cell(ReportText.place(finding.location, language: language) ?? "")) | "
                    + "\(Self.cell(message)) | \(Self.cell(finding.help[language])) |\n"
            }
            output += "\n</details>\n\n"
        }
        if !clean.isEmpty {
            output += "✅ " + word("Sans constat", "No finding") + (language == .fr ? " : " : ": ")
                + clean.map { Self.code(ReportText.folder($0)) }.joined(separator: ", ") + "\n\n"
        }
        output += "<sub>\(XMLEscaping.text(report.tool.name)) \(XMLEscaping.text(report.tool.version)) · fail-on: \(report.failOn.rawValue)</sub>\n"
        return output
    }

    private func cap(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// Text in a paragraph: Markdown punctuation backslash-escaped, HTML escaped, one line.
    static func inline(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#": output += "\\" + String(scalar)
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\r": break
            case "\n", "\t": output += " "
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Text in a table cell: as `inline`, line breaks as `<br>` (a `|` would end the cell).
    static func cell(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { inline(String($0)) }.joined(separator: "<br>")
    }

    /// A code span, safe in a table cell: backticks and pipes cannot end it early.
    static func code(_ text: String) -> String {
        let clean = text.replacingScalars(["`": "ˋ", "|": "¦", "\n": " ", "\r": " "])
        return "`" + clean + "`"
    }
}
