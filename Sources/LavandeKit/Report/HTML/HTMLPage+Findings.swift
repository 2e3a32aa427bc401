/// The table of findings and its filters. Every row carries its severity, family, dataset and
/// file as `data-` attributes, which the page's script filters on.
extension HTMLPage {
    func findingsSection() -> String {
        var html = "<section id=\"findings\">\n<h2>" + text(word("Constats", "Findings")) + "</h2>\n"
        html += filters()
        html += "<div class=\"scroll\"><table class=\"findings\">\n<thead><tr>"
        for heading in [word("Gravité", "Severity"), word("Règle", "Rule"), word("Endroit", "Place"), word("Constat", "Finding"),
                        word("Correction", "Fix")] {
            html += "<th scope=\"col\">" + text(heading) + "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        if report.findings.isEmpty {
            html += "<tr><td colspan=\"5\">" + text(word("Aucun constat.", "No finding.")) + "</td></tr>\n"
        }
        for finding in report.findings { html += row(finding) }
        return html + "</tbody>\n</table></div>\n</section>\n"
    }

    /// The filter form, hidden until the script shows it (without JavaScript it would do nothing).
    private func filters() -> String {
        func option(_ value: String, _ name: String) -> String {
            "<option value=\"\(attribute(value))\">" + text(name) + "</option>"
        }
        var html = "<form id=\"filters\" class=\"filters\" hidden=\"hidden\">\n<label>" + text(word("Gravité", "Severity")) + " <select name=\"severity\">"
        html += option("", word("toutes", "all"))
        for severity in Severity.allCases.reversed() { html += option(severity.rawValue, Labels.severity(severity, language)) }
        if report.findings.contains(where: \.isWaived) { html += option("waived", label(.waived)) }
        html += "</select></label>\n<label>" + text(word("Famille", "Family")) + " <select name=\"family\">" + option("", word("toutes", "all"))
        for family in families { html += option(family, Labels.family(family, language)) }
        html += "</select></label>\n<label>" + text(word("Fichier", "File")) + " <select name=\"file\">" + option("", word("tous", "all"))
        let byDataset = report.findingsByDataset
        for dataset in report.datasets {
            guard let found = byDataset[dataset.name] else { continue }
            let folder = ReportText.folder(dataset.name)
            html += "<optgroup label=\"\(attribute(folder))\">" + option("d:" + dataset.name, word("tout ", "all of ") + folder)
            var files: [String] = []
            for finding in found where !files.contains(fileKey(finding)) { files.append(fileKey(finding)) }
            for file in files {
                html += option("f:" + file, file == folder ? label(.folder) : String(file.dropFirst(file.hasPrefix(folder) ? folder.count : 0)))
            }
            html += "</optgroup>"
        }
        html += "</select></label>\n<label>" + text(word("Texte", "Text")) + " <input type=\"search\" name=\"text\"/></label>\n"
        html += "<button type=\"reset\">" + text(word("Tout afficher", "Show all")) + "</button>\n"
        html += "<output id=\"shown\" aria-live=\"polite\" data-template=\""
            + attribute(word("{shown} constats affichés sur {total}", "{shown} of {total} findings shown")) + "\"></output>\n</form>\n"
        return html
    }

    /// The value of a finding's `data-file`: its file, or its folder (`name/`) for findings about the folder.
    private func fileKey(_ finding: Finding) -> String { finding.file ?? ReportText.folder(finding.dataset) }

    private func row(_ finding: Finding) -> String {
        let severity = finding.severity.rawValue
        var html = "<tr class=\"sev-\(severity)\" data-severity=\"\(severity)\" data-family=\"\(attribute(finding.family))\" "
            + "data-dataset=\"\(attribute(finding.dataset))\" data-file=\"\(attribute(fileKey(finding)))\""
            + (finding.isWaived ? " data-waived=\"\"" : "") + ">\n"
        html += "<td><span class=\"sev \(severity)\">" + text(Labels.severity(finding.severity, language)) + "</span>"
        if let waiver = finding.waiver {
            html += "<div class=\"waived\">" + text(label(.waived) + (language == .fr ? " : " : ": ") + waiver) + "</div>"
        }
        html += "</td>\n<td><code class=\"rule\">" + text(finding.ruleID) + "</code>"
        let rule = rule(finding.ruleID)
        if let rule { html += "<div class=\"rule-title\">" + text(rule.title[language]) + "</div>" }
        html += "</td>\n<td><code>" + text(finding.file ?? ReportText.folder(finding.dataset)) + "</code>"
        if let place = ReportText.place(finding.location, language: language) { html += "<div class=\"place\">" + text(place) + "</div>" }
        html += "</td>\n<td><p class=\"message\">" + text(finding.message[language]) + "</p>"
        if finding.count > 1 {
            html += "<p class=\"count\">\(finding.count) occurrences</p>"
        }
        let others = finding.examples.dropFirst().compactMap { ReportText.place($0, language: language) }
        if !others.isEmpty {
            let more = finding.count - finding.examples.count
            html += "<p class=\"more\">" + text(word("Aussi : ", "Also: ") + others.joined(separator: " ; ")
                + (more > 0 ? " (+\(more) \(label(.more)))" : "")) + "</p>"
        }
        if let evidence = finding.evidence { html += "<p class=\"evidence\">" + text(evidence) + "</p>" }
        if let explanation = rule?.description {
            html += "<details><summary>" + text(word("Pourquoi ?", "Why?")) + "</summary><p>" + text(explanation[language]) + "</p></details>"
        }
        return html + "</td>\n<td class=\"fix\">" + text(finding.help[language]) + "</td>\n</tr>\n"
    }
}
