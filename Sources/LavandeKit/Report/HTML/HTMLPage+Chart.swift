import Foundation

/// The chart of findings by family: one horizontal bar per family, stacked by severity, drawn in
/// inline SVG (no script, no library); each bar links to the findings of its family.
extension HTMLPage {
    private static let chartWidth = 720.0
    private static let labelWidth = 200.0
    private static let countWidth = 50.0
    private static let rowHeight = 30.0
    private static let barHeight = 18.0

    func chartSection() -> String {
        let heading = word("Constats par famille", "Findings by family")
        var html = "<section id=\"chart\">\n<h2>" + text(heading) + "</h2>\n<figure>\n"
        let counts = families.map { family in
            (family, Severity.allCases.reversed().map { severity in
                (severity, active.filter { $0.family == family && $0.severity == severity }.count)
            })
        }
        let largest = counts.map { $0.1.reduce(0) { $0 + $1.1 } }.max() ?? 0
        let scale = largest == 0 ? 0 : (Self.chartWidth - Self.labelWidth - Self.countWidth) / Double(largest)
        let height = Self.rowHeight * Double(max(families.count, 1))
        html += "<svg class=\"chart\" viewBox=\"0 0 \(Self.number(Self.chartWidth)) \(Self.number(height))\" role=\"img\" "
            + "aria-labelledby=\"chart-title\">\n<title id=\"chart-title\">" + text(heading) + "</title>\n"
        for (index, (family, bySeverity)) in counts.enumerated() {
            let top = Double(index) * Self.rowHeight
            let total = bySeverity.reduce(0) { $0 + $1.1 }
            let description = Labels.family(family, language) + " — "
                + bySeverity.filter { $0.1 > 0 }.map { "\($0.1) " + Labels.severity($0.0, language) }.joined(separator: ", ")
            html += "<a href=\"\(attribute(filterLink("family", family)))\"><title>" + text(total == 0 ? Labels.family(family, language) : description)
                + "</title>\n<text class=\"label\" x=\"0\" y=\"\(Self.number(top + Self.rowHeight / 2))\">" + text(Labels.family(family, language)) + "</text>\n"
            var left = Self.labelWidth
            for (severity, count) in bySeverity where count > 0 {
                let width = Double(count) * scale
                html += "<rect class=\"bar-\(severity.rawValue)\" x=\"\(Self.number(left))\" y=\"\(Self.number(top + (Self.rowHeight - Self.barHeight) / 2))\" "
                    + "width=\"\(Self.number(width))\" height=\"\(Self.number(Self.barHeight))\"/>\n"
                left += width
            }
            html += "<text class=\"count\" x=\"\(Self.number(left + 6))\" y=\"\(Self.number(top + Self.rowHeight / 2))\">\(total)</text>\n</a>\n"
        }
        html += "</svg>\n<figcaption class=\"legend\">"
        for severity in Severity.allCases.reversed() {
            html += "<span><i class=\"key bar-\(severity.rawValue)\"></i>" + text(Labels.severity(severity, language)) + "</span> "
        }
        return html + "</figcaption>\n</figure>\n</section>\n"
    }

    /// A coordinate with one decimal at most, the same on every machine.
    private static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(format: "%.1f", tenths / 10)
    }
}
