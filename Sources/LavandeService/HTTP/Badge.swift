import LavandeKit

/// The SVG badge of a dataset for a portal page: "lavande" and the verdict of its latest
/// finished check, in the flat style of shields.io (drawn here, not fetched: a portal must not
/// depend on a third party to show it).
enum Badge {
    /// The verdict's words and colour, by language.
    static func label(for check: CheckRecord?, french: Bool) -> (text: String, color: String) {
        guard let check else { return (french ? "non vérifié" : "not checked", "#9f9f9f") }
        guard check.status == .done, let verdict = check.summary?.verdict else {
            return (french ? "erreur" : "error", "#9f9f9f")
        }
        switch verdict {
        case .pass: return (french ? "conforme" : "pass", "#44cc11")
        case .warnings: return (french ? "avertissements" : "warnings", "#dfb317")
        case .fail: return (french ? "non conforme" : "fail", "#e05d44")
        }
    }

    static func svg(for check: CheckRecord?, french: Bool) -> String {
        let (text, color) = label(for: check, french: french)
        let left = "lavande"
        // Verdana 11px averages about 7 px per character; the badge only needs to fit.
        let leftWidth = 10 + 7 * left.count
        let rightWidth = 10 + 7 * text.count
        let width = leftWidth + rightWidth
        let escaped = XMLEscaping.text(text)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="20" role="img" aria-label="\(XMLEscaping.attribute(left + ": " + text))">\
            <title>\(left): \(escaped)</title>\
            <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>\
            <clipPath id="r"><rect width="\(width)" height="20" rx="3" fill="#fff"/></clipPath>\
            <g clip-path="url(#r)"><rect width="\(leftWidth)" height="20" fill="#7e5bab"/>\
            <rect x="\(leftWidth)" width="\(rightWidth)" height="20" fill="\(color)"/>\
            <rect width="\(width)" height="20" fill="url(#s)"/></g>\
            <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">\
            <text x="\(leftWidth / 2)" y="14">\(left)</text>\
            <text x="\(leftWidth + rightWidth / 2)" y="14">\(escaped)</text></g></svg>

            """
    }
}

