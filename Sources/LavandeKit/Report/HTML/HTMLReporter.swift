/// A standalone HTML page for people who have never heard of the tool: one file with no external
/// resource (inline CSS, an inline SVG chart, a small inline script), in the report's language.
///
/// It has the verdict and totals; one row per dataset (pass or fail, its files, findings per
/// family, the licence found); a bar chart of findings by family and severity; and the table of
/// findings, each with its rule, place, message, evidence, explanation and fix. The tables are
/// plain HTML and read without JavaScript; the script adds the filters (severity, family, file,
/// text). Filters live in the address's fragment (`report.html#severity=error&family=types`), so
/// a filtered view can be bookmarked or sent; dataset names and chart bars are such links.
/// The page holds no date: the same report renders to the same bytes.
public struct HTMLReporter: Reporter {
    public static let identifier = "html"
    public static let fileExtension = "html"

    public init() {}

    public func render(_ report: Report, options: ReportOptions) -> String {
        HTMLPage(report: report, language: options.language).render()
    }
}
