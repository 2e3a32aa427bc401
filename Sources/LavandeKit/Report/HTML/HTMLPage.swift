/// The HTML report of one run in one language; each section is rendered by an extension
/// (`HTMLPage+Datasets`, `HTMLPage+Chart`, `HTMLPage+Findings`).
struct HTMLPage {
    let report: Report
    let language: Language
    let summary: ReportSummary
    /// Findings that are not waived.
    let active: [Finding]
    /// The families of the active rules in rule-book order, then any other a finding has.
    let families: [String]
    let failingDatasets: Set<String>
    private let rulesByID: [String: Rule]

    init(report: Report, language: Language) {
        self.report = report
        self.language = language
        summary = report.summary
        active = report.findings.filter { !$0.isWaived }
        var families: [String] = []
        for family in report.rules.map(\.family) + report.findings.map(\.family).sorted() where !families.contains(family) {
            families.append(family)
        }
        self.families = families
        failingDatasets = Set(report.failing.map(\.dataset))
        var rules: [String: Rule] = [:]
        for rule in report.rules where rules[rule.id] == nil { rules[rule.id] = rule }
        rulesByID = rules
    }

    func render() -> String {
        let verdict = summary.failed ? label(.fail) : label(.pass)
        var html = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        html += "<meta name=\"generator\" content=\"\(attribute(report.tool.name + " " + report.tool.version))\"/>\n"
        html += "<title>" + text(pageTitle + " — " + verdict) + "</title>\n"
        html += "<style>\n" + HTMLAssets.style + "</style>\n</head>\n<body>\n"
        html += header()
        html += "<main>\n" + datasetsSection() + chartSection() + findingsSection() + "</main>\n"
        html += "<footer><p>" + text("\(report.tool.name) \(report.tool.version) · fail-on: \(report.failOn.rawValue)")
            + " · <a href=\"#top\">" + text(word("Haut de page", "Back to top")) + "</a></p></footer>\n"
        html += "<script>\n" + HTMLAssets.script + "</script>\n</body>\n</html>\n"
        return html
    }

    private var pageTitle: String {
        word("Lavande — rapport de qualité et de licence des données", "Lavande — data quality and licence report")
    }

    /// The verdict, the totals, and what the tool checks, for a first-time reader.
    private func header() -> String {
        let status = summary.failed ? "fail" : "pass"
        var html = "<header id=\"top\" class=\"page-header \(status)\">\n<h1>" + text(pageTitle) + "</h1>\n"
        html += "<p class=\"verdict\">" + badge(failing: summary.failed) + " " + text(verdictSentence) + "</p>\n"
        var totals = [
            (summary.datasets, label(.datasets), ""), (summary.files, label(.files), ""), (summary.rows, label(.rows), ""),
            (summary.errors, label(.errors), "sev-error"), (summary.warnings, label(.warnings), "sev-warning"),
            (summary.infos, label(.infos), "sev-info"),
        ]
        if summary.waived > 0 { totals.append((summary.waived, label(.waived), "")) }
        if summary.known > 0 { totals.append((summary.known, label(.known), "")) }
        html += "<ul class=\"totals\">\n"
        for (count, name, style) in totals {
            html += "<li" + (style.isEmpty ? "" : " class=\"\(style)\"") + "><strong>\(count)</strong> " + text(name) + "</li>\n"
        }
        html += "</ul>\n<p class=\"intro\">" + text(word(
            "Lavande vérifie des fichiers de données ouvertes avant leur publication : qu’ils se lisent (texte UTF-8, "
                + "un tableau régulier), que chaque colonne contient les valeurs qu’elle annonce (dates, montants, codes "
                + "postaux, SIRET…), qu’ils ne contiennent pas de données personnelles, et qu’une licence ouverte les "
                + "accompagne. Chaque constat ci-dessous dit ce qui a été trouvé, où, et comment le corriger.",
            "Lavande checks open-data files before they are published: that they can be read (UTF-8 text, a regular "
                + "table), that each column holds the values it announces (dates, amounts, postcodes, SIRET…), that they "
                + "hold no personal data, and that an open licence comes with them. Each finding below says what was "
                + "found, where, and how to fix it.")) + "</p>\n</header>\n"
        return html
    }

    /// "16 of 20 datasets fail; errors fail the check."
    private var verdictSentence: String {
        let threshold: String
        switch report.failOn {
        case .error: threshold = word("les erreurs font échouer le contrôle", "errors fail the check")
        case .warning: threshold = word("les erreurs et les avertissements font échouer le contrôle", "errors and warnings fail the check")
        case .info: threshold = word("tout constat fait échouer le contrôle", "every finding fails the check")
        case .never: threshold = word("aucun constat ne fait échouer le contrôle", "no finding fails the check")
        }
        let datasets = word("\(summary.failedDatasets) jeux de données sur \(summary.datasets) en échec",
                            "\(summary.failedDatasets) of \(summary.datasets) datasets fail")
        return datasets + (language == .fr ? " ; " : "; ") + threshold + "."
    }

    // MARK: Shared pieces

    func word(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func label(_ key: Labels.Key) -> String { Labels.text(key, language) }

    /// Element content, escaped.
    func text(_ value: String) -> String { XMLEscaping.text(value) }

    /// A double-quoted attribute value, escaped.
    func attribute(_ value: String) -> String { XMLEscaping.attribute(value) }

    func rule(_ id: String) -> Rule? { rulesByID[id] }

    /// The pass or fail badge.
    func badge(failing: Bool) -> String {
        failing ? "<span class=\"badge fail\">✗ " + text(label(.fail)) + "</span>"
            : "<span class=\"badge pass\">✓ " + text(label(.pass)) + "</span>"
    }

    /// A link to the findings table filtered on one value (`#family=types`).
    func filterLink(_ name: String, _ value: String) -> String {
        "#" + name + "=" + HTMLPage.fragmentEncoded(value)
    }

    /// Percent-encodes everything but unreserved characters, as JavaScript's `encodeURIComponent`.
    static func fragmentEncoded(_ value: String) -> String {
        var output = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return output
    }
}
