import Foundation
import XCTest
@testable import LavandeKit

/// Opens the HTML report of samples/ in headless Chromium: it renders without console messages,
/// its script runs, and the filters of the address's fragment show the right rows. Skipped, with
/// the reason, where Chromium is not installed. With LAVANDE_UPDATE_GOLDEN=1 it also rewrites the
/// screenshot of the documentation (docs/report-html.png).
final class HTMLReportBrowserTests: XCTestCase {
    private static let screenshot = ReporterFixtures.repository.appendingPathComponent("docs/report-html.png")

    /// The samples' page in `language`, written to a temporary file.
    private func samplesPage(_ language: Language) async throws -> (Report, URL) {
        let report = try await ReporterFixtures.samplesReport()
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-report-\(UUID().uuidString).html")
        try Data(HTMLReporter().render(report, options: ReportOptions(language: language)).utf8).write(to: page)
        addTeardownBlock { try? FileManager.default.removeItem(at: page) }
        return (report, page)
    }

    /// The `<tr>` start tags of the findings table in a DOM dump.
    private func findingRows(_ dom: String) -> [Substring] {
        dom.components(separatedBy: "<tr ").dropFirst().map { $0.prefix { $0 != ">" } }.filter { $0.contains("data-severity=") }
    }

    func testSamplesPageRendersWithoutConsoleMessages() async throws {
        let browser = try HeadlessChromium.find()
        let (report, page) = try await samplesPage(.en)
        let run = try browser.load(page)
        XCTAssertEqual(run.console, [], "the page logged to the console")
        XCTAssertTrue(run.dom.contains("<html lang=\"en\" data-ready=\"\">"), "the script ran to its end")
        XCTAssertTrue(run.dom.contains("<form id=\"filters\" class=\"filters\">"), "the script showed the filters")
        XCTAssertTrue(run.dom.contains(">\(report.findings.count) of \(report.findings.count) findings shown</output>"))
        XCTAssertEqual(findingRows(run.dom).count, report.findings.count)
        XCTAssertTrue(findingRows(run.dom).allSatisfy { !$0.contains("hidden") })

        if ProcessInfo.processInfo.environment["LAVANDE_UPDATE_GOLDEN"] == "1" {
            try browser.screenshot(page, to: Self.screenshot, width: 1280, height: 3400)
        }
    }

    func testFiltersInTheFragmentShowTheMatchingRows() async throws {
        let browser = try HeadlessChromium.find()
        let (report, page) = try await samplesPage(.fr)
        let someFile = try XCTUnwrap(report.findings.first { $0.family == "structure" }?.file)
        let cases: [(fragment: String, expected: [Finding])] = [
            ("severity=error&family=types", report.findings.filter { $0.severity == .error && $0.family == "types" }),
            ("file=d%3Alicence-absente", report.findings.filter { $0.dataset == "licence-absente" }),
            ("file=" + HTMLPage.fragmentEncoded("f:" + someFile), report.findings.filter { $0.file == someFile }),
            ("severity=warning&text=encoding.bom", report.findings.filter { $0.severity == .warning && $0.ruleID == "encoding.bom" }),
        ]
        for (fragment, expected) in cases {
            XCTAssertTrue(!expected.isEmpty && expected.count < report.findings.count, "\(fragment) must select some rows, not all")
            let run = try browser.load(page, fragment: fragment)
            XCTAssertEqual(run.console, [], fragment)
            let visible = findingRows(run.dom).filter { !$0.contains("hidden") }
            XCTAssertEqual(visible.count, expected.count, fragment)
            XCTAssertTrue(run.dom.contains(">\(expected.count) constats affichés sur \(report.findings.count)</output>"), fragment)
        }
        // A value the filter does not offer is dropped, not applied to hide everything.
        let unknown = try browser.load(page, fragment: "family=unknown-family")
        XCTAssertTrue(findingRows(unknown.dom).allSatisfy { !$0.contains("hidden") })
    }
}
