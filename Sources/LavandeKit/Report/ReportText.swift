/// Texts shared by the reporters (terminal, JUnit, GitHub, GitLab, Markdown, HTML).
enum ReportText {
    /// "row 4, line 5, column 3 «nom», byte 12"; nil when the location says nothing.
    static func place(_ location: Location?, language: Language) -> String? {
        guard let location, !location.isEmpty || location.byteColumn != nil else { return nil }
        var parts: [String] = []
        if let row = location.row { parts.append("\(Labels.text(.row, language)) \(row)") }
        if let line = location.line, line != location.row { parts.append("\(Labels.text(.line, language)) \(line)") }
        if let column = location.column {
            parts.append("\(Labels.text(.column, language)) \(column.index)" + (column.name.map { " «\($0)»" } ?? ""))
        }
        if let byteColumn = location.byteColumn { parts.append("\(Labels.text(.byteColumn, language)) \(byteColumn)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The file (or the folder) then the place.
    static func place(_ finding: Finding, language: Language, withFile: Bool) -> String? {
        var parts: [String] = []
        if withFile { parts.append(finding.file ?? folder(finding.dataset)) }
        if let place = place(finding.location, language: language) { parts.append(place) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// A finding as a few plain lines: severity, rule and place; message; evidence; fix; waiver.
    static func block(_ finding: Finding, language: Language) -> String {
        var head = "[\(finding.severity.rawValue)] \(finding.ruleID)"
        if let place = place(finding, language: language, withFile: true) { head += " — " + place }
        if finding.count > 1 { head += " (×\(finding.count))" }
        var lines = [head, finding.message[language]]
        let others = finding.examples.dropFirst().compactMap { place($0, language: language) }
        if !others.isEmpty { lines.append("… " + others.joined(separator: "; ")) }
        if let evidence = finding.evidence { lines.append(evidence) }
        lines.append("→ " + finding.help[language])
        if let waiver = finding.waiver { lines.append("\(Labels.text(.waived, language)): \(waiver)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summary line of the terminal report.
    static func summaryLine(_ report: Report, language: Language) -> String {
        let summary = report.summary
        func label(_ key: Labels.Key) -> String { Labels.text(key, language) }
        var counts = [
            "\(summary.errors) \(label(.errors))", "\(summary.warnings) \(label(.warnings))", "\(summary.infos) \(label(.infos))",
        ]
        if summary.waived > 0 { counts.append("\(summary.waived) \(label(.waived))") }
        if summary.known > 0 { counts.append("\(summary.known) \(label(.known))") }
        let colon = language == .fr ? " : " : ": "
        return label(.summary) + colon + "\(summary.datasets) \(label(.datasets)) (\(summary.failedDatasets) \(label(.failing))), "
            + "\(summary.files) \(label(.files)), " + counts.joined(separator: ", ")
    }

    /// How a file was read: "UTF-8 · « ; » · 12 rows · 4 columns", or why it was not.
    static func describe(_ file: FileSummary, language: Language) -> String {
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

    /// A dataset folder as shown in reports: `name/`, `./` for the checked root.
    static func folder(_ name: String) -> String { name == "." ? "./" : name + "/" }

    /// "2 errors, 1 warning"-style counts, zeros left out.
    static func severityCounts(_ findings: [Finding], language: Language) -> String {
        var parts: [String] = []
        for (severity, key) in [(Severity.error, Labels.Key.errors), (.warning, .warnings), (.info, .infos)] {
            let count = findings.filter { $0.severity == severity }.count
            if count > 0 { parts.append("\(count) \(Labels.text(key, language))") }
        }
        return parts.isEmpty ? Labels.text(.noFinding, language) : parts.joined(separator: ", ")
    }
}
