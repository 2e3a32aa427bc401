/// The table of datasets: verdict, files, findings per family, licence.
extension HTMLPage {
    func datasetsSection() -> String {
        var html = "<section id=\"datasets\">\n<h2>" + text(word("Jeux de données", "Datasets")) + "</h2>\n"
        html += "<div class=\"scroll\"><table class=\"datasets\">\n<thead><tr><th scope=\"col\">" + text(word("Jeu de données", "Dataset"))
            + "</th><th scope=\"col\">" + text(word("Résultat", "Result")) + "</th><th scope=\"col\">" + text(word("Fichiers", "Files")) + "</th>"
        for family in families {
            html += "<th scope=\"col\" class=\"n\">" + text(Labels.family(family, language)) + "</th>"
        }
        html += "<th scope=\"col\">" + text(word("Licence trouvée", "Licence found")) + "</th></tr></thead>\n<tbody>\n"
        let activeByDataset = Dictionary(grouping: active, by: \.dataset)
        for dataset in report.datasets {
            let failing = failingDatasets.contains(dataset.name)
            let found = activeByDataset[dataset.name] ?? []
            html += "<tr class=\"\(failing ? "fail" : "pass")\"><th scope=\"row\">"
            let name = text(ReportText.folder(dataset.name))
            html += found.isEmpty ? "<code>" + name + "</code>"
                : "<a href=\"\(attribute(filterLink("file", "d:" + dataset.name)))\"><code>" + name + "</code></a>"
            html += "</th><td>" + badge(failing: failing) + "</td><td>" + files(of: dataset) + "</td>"
            for family in families {
                html += countCell(found.filter { $0.family == family })
            }
            html += "<td class=\"licence\">" + licence(of: dataset) + "</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n</section>\n"
    }

    /// The number of files, with how each was read in a collapsed list.
    private func files(of dataset: DatasetSummary) -> String {
        guard !dataset.files.isEmpty else { return "0" }
        let count = dataset.files.count
        var html = "<details><summary>\(count) " + text(count == 1 ? word("fichier", "file") : label(.files)) + "</summary><ul class=\"files\">"
        for file in dataset.files {
            let name = file.path.hasPrefix(dataset.name + "/") ? String(file.path.dropFirst(dataset.name.count + 1)) : file.path
            html += "<li><code>" + text(name) + "</code> " + text(ReportText.describe(file, language: language)) + "</li>"
        }
        return html + "</ul></details>"
    }

    /// A count coloured by the most severe finding it counts, with the counts per severity as a tooltip.
    private func countCell(_ findings: [Finding]) -> String {
        guard let worst = findings.map(\.severity).max() else { return "<td class=\"n zero\">0</td>" }
        return "<td class=\"n sev-\(worst.rawValue)\" title=\"\(attribute(ReportText.severityCounts(findings, language: language)))\">"
            + "\(findings.count)</td>"
    }

    /// The licences found, where they are declared and what they ask of reusers.
    private func licence(of dataset: DatasetSummary) -> String {
        guard let licences = dataset.licences else {
            return "<span class=\"muted\">" + text(word("non vérifiée", "not checked")) + "</span>"
        }
        return licences.map { summary in
            var html = ""
            if licences.count > 1 {
                html += "<span class=\"muted\">" + text(summary.files.joined(separator: ", ")) + " :</span> "
            }
            if summary.licences.isEmpty {
                return html + "<span class=\"badge fail\">" + text(word("aucune licence trouvée", "no licence found")) + "</span>"
            }
            html += summary.licences.map { "<code>" + text($0) + "</code>" }.joined(separator: ", ")
            if !summary.declaredIn.isEmpty {
                html += " <span class=\"muted\">(" + text(word("déclarée dans ", "declared in ") + summary.declaredIn.joined(separator: ", ")) + ")</span>"
            }
            if let obligations = summary.obligations {
                html += "<details><summary>" + text(word("Ce qu’elle demande", "What it asks")) + "</summary><small>"
                    + text(obligations[language]) + "</small></details>"
            }
            return html
        }.joined(separator: "<br/>")
    }
}
