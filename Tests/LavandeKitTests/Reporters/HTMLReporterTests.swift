import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import LavandeKit

final class HTMLReporterTests: XCTestCase {
    /// The page is polyglot markup: it is well-formed XML (checked by the strict parser, where
    /// `XMLDocument` would recover from errors), which lets the tests read its structure.
    private func parse(_ html: String, file: StaticString = #filePath, line: UInt = #line) throws -> XMLDocument {
        let parser = XMLParser(data: Data(html.utf8))
        XCTAssertTrue(parser.parse(), "not well-formed: \(String(describing: parser.parserError))", file: file, line: line)
        return try XMLDocument(data: Data(html.utf8))
    }

    private func nodes(_ document: XMLDocument, _ xpath: String) throws -> [XMLNode] {
        try document.nodes(forXPath: xpath)
    }

    func testSamplesMatchGoldenAndHoldEveryFinding() async throws {
        let report = try await ReporterFixtures.samplesReport()
        let output = HTMLReporter().render(report, options: ReportOptions(language: .fr))
        try ReporterFixtures.assertGolden(output, "samples.html")
        let document = try parse(output)
        XCTAssertEqual(document.rootElement()?.attribute(forName: "lang")?.stringValue, "fr")
        XCTAssertEqual(try nodes(document, "//table[@class='findings']/tbody/tr[@data-severity]").count, report.findings.count)
        XCTAssertEqual(try nodes(document, "//table[@class='datasets']/tbody/tr").count, report.datasets.count)
        XCTAssertEqual(try nodes(document, "//table[@class='datasets']/tbody/tr[@class='fail']").count, report.summary.failedDatasets)
        // One bar row per family, in rule-book order, each a link to its findings.
        let bars = try nodes(document, "//svg/a/@href").compactMap(\.stringValue)
        XCTAssertEqual(bars, ["#family=encoding", "#family=structure", "#family=types", "#family=personal-data", "#family=licence"])
        // Licences found, and the dataset without one.
        XCTAssertTrue(output.contains("<code>etalab-2.0</code>"))
        XCTAssertTrue(output.contains("<code>CC-BY-NC-4.0</code>"))
        XCTAssertEqual(try nodes(document, "//td[@class='licence']/span[@class='badge fail']").count, 1)
        XCTAssertTrue(output.contains("58 constats") == false, "the count is written by the script, not the page")
    }

    func testNothingIsLoadedFromElsewhere() async throws {
        let report = try await ReporterFixtures.samplesReport()
        let output = HTMLReporter().render(report, options: ReportOptions(language: .en))
        let document = try parse(output)
        XCTAssertTrue(try nodes(document, "//*[@src]").isEmpty)
        XCTAssertTrue(try nodes(document, "//link").isEmpty)
        let links = try nodes(document, "//@href").compactMap(\.stringValue)
        XCTAssertFalse(links.isEmpty)
        XCTAssertTrue(links.allSatisfy { $0.hasPrefix("#") }, "\(links.filter { !$0.hasPrefix("#") })")
        for forbidden in ["url(", "@import", "http://", "https://", "fetch(", "XMLHttpRequest"] {
            XCTAssertFalse(HTMLAssets.style.contains(forbidden) || HTMLAssets.script.contains(forbidden), forbidden)
        }
        // The assets stay free of markup characters, so the page stays well-formed XML.
        XCTAssertFalse(HTMLAssets.style.contains("<") || HTMLAssets.style.contains("&"))
        XCTAssertFalse(HTMLAssets.script.contains("<") || HTMLAssets.script.contains("&"))
    }

    func testFindingRowCarriesExplanationFixAndFilterKeys() throws {
        let rules = try ReporterFixtures.defaultRules().rules
        let notUTF8 = try XCTUnwrap(rules.first { $0.id == "encoding.not-utf8" })
        let report = ReporterFixtures.smallReport([
            ReporterFixtures.finding("encoding.not-utf8", .error, location: Location(row: 2, column: ColumnRef(index: 3, name: "nom")),
                                     message: "Not <b>UTF-8</b> & co", help: "Save as \"UTF-8\"", evidence: "«é»", count: 4),
            ReporterFixtures.finding("licence.missing", .error, file: nil, message: "No licence"),
            ReporterFixtures.finding("types.type-mismatch", .warning, waiver: "known upstream"),
        ], rules: rules)
        let output = HTMLReporter().render(report, options: ReportOptions(language: .en))
        let document = try parse(output)
        let rows = try nodes(document, "//table[@class='findings']/tbody/tr") as? [XMLElement] ?? []
        XCTAssertEqual(rows.count, 3)
        func row(_ family: String) throws -> XMLElement {
            try XCTUnwrap(rows.first { $0.attribute(forName: "data-family")?.stringValue == family })
        }
        let first = try row("encoding")
        XCTAssertEqual(first.attribute(forName: "data-severity")?.stringValue, "error")
        XCTAssertEqual(first.attribute(forName: "data-family")?.stringValue, "encoding")
        XCTAssertEqual(first.attribute(forName: "data-dataset")?.stringValue, "jeu")
        XCTAssertEqual(first.attribute(forName: "data-file")?.stringValue, "jeu/a.csv")
        let text = first.stringValue ?? ""
        XCTAssertTrue(text.contains("Not <b>UTF-8</b> & co"), "escaped markup reads back as text")
        XCTAssertTrue(text.contains("row 2, column 3 «nom»"))
        XCTAssertTrue(text.contains("4 occurrences"))
        XCTAssertTrue(text.contains("«é»"))
        XCTAssertTrue(text.contains(notUTF8.title.en))
        XCTAssertTrue(text.contains(try XCTUnwrap(notUTF8.description).en), "the explanation")
        XCTAssertTrue(text.contains("Save as \"UTF-8\""), "the fix")
        // A finding about the folder is filed under the folder; a waived one is marked.
        XCTAssertEqual(try row("licence").attribute(forName: "data-file")?.stringValue, "jeu/")
        XCTAssertNotNil(try row("types").attribute(forName: "data-waived"))
        XCTAssertTrue((try row("types").stringValue ?? "").contains("waived: known upstream"))
        // The file filter offers the dataset, its file and its folder; the severity filter the waived findings.
        let files = try nodes(document, "//select[@name='file']//option/@value").compactMap(\.stringValue)
        XCTAssertEqual(files, ["", "d:jeu", "f:jeu/", "f:jeu/a.csv"])
        let severities = try nodes(document, "//select[@name='severity']/option/@value").compactMap(\.stringValue)
        XCTAssertEqual(severities, ["", "error", "warning", "info", "waived"])
    }

    func testPassingReportInEnglishAndInFrench() throws {
        let report = ReporterFixtures.smallReport([ReporterFixtures.finding("structure.blank-rows", .warning)])
        let english = HTMLReporter().render(report, options: ReportOptions(language: .en))
        XCTAssertTrue(english.contains("<span class=\"badge pass\">✓ pass</span> 0 of 2 datasets fail; errors fail the check."))
        XCTAssertTrue(english.contains("<title>Lavande — data quality and licence report — pass</title>"))
        let french = HTMLReporter().render(report, options: ReportOptions(language: .fr))
        XCTAssertTrue(french.contains("✓ conforme</span> 0 jeux de données sur 2 en échec ; les erreurs font échouer le contrôle."))
        XCTAssertTrue(french.contains("<span class=\"sev warning\">avertissement</span>"))
        // A dataset without finding is not a filter link; licences not checked are said so.
        XCTAssertTrue(french.contains("<th scope=\"row\"><code>propre/</code></th>"))
        XCTAssertTrue(french.contains("non vérifiée"))
    }

    func testEmptyReportSaysSo() throws {
        let output = HTMLReporter().render(ReporterFixtures.smallReport([]), options: ReportOptions(language: .en))
        let document = try parse(output)
        XCTAssertEqual(try nodes(document, "//table[@class='findings']/tbody/tr").first?.stringValue, "No finding.")
        XCTAssertTrue(try nodes(document, "//table[@class='findings']/tbody/tr[@data-severity]").isEmpty)
    }

    func testHostileNamesStayText() throws {
        let name = "a\"b<c>&d 'e'"
        let finding = ReporterFixtures.finding("structure.x", .error, dataset: name, file: name + "/f.csv")
        var report = ReporterFixtures.smallReport([finding])
        report.datasets.append(DatasetSummary(name: name, files: [FileSummary(path: name + "/f.csv", status: .binary)],
                                              documents: [], licences: []))
        let document = try parse(HTMLReporter().render(report, options: ReportOptions(language: .en)))
        let row = try XCTUnwrap(try nodes(document, "//table[@class='findings']/tbody/tr").first as? XMLElement)
        XCTAssertEqual(row.attribute(forName: "data-dataset")?.stringValue, name)
        let link = try nodes(document, "//table[@class='datasets']//a/@href").compactMap(\.stringValue)
        XCTAssertEqual(link, ["#file=d%3Aa%22b%3Cc%3E%26d%20%27e%27"])
    }

    func testFragmentEncodingMatchesEncodeURIComponent() {
        XCTAssertEqual(HTMLPage.fragmentEncoded("d:équipements/a b.csv"), "d%3A%C3%A9quipements%2Fa%20b.csv")
        XCTAssertEqual(HTMLPage.fragmentEncoded("personal-data_x.y~z"), "personal-data_x.y~z")
    }
}
