import Foundation
import XCTest
@testable import LavandeKit

/// Reading back a JSON report (`--baseline`, `lavande merge`): nothing a reporter shows is lost.
final class JSONReportTests: XCTestCase {
    func testSamplesReportReadBackGivesTheSameBytes() async throws {
        let report = try await ReporterFixtures.samplesReport()
        for language in Language.allCases {
            let json = JSONReporter().render(report, options: ReportOptions(language: language))
            let read = try JSONReport(text: json, file: "samples.json")
            XCTAssertEqual(read.language, language)
            XCTAssertEqual(JSONReporter().render(read.report, options: ReportOptions(language: language)), json)
        }
    }

    /// With the rules in force given back, every format renders a report read from JSON as it
    /// renders the report of the run itself.
    func testEveryFormatRendersAReadReportAsTheRunsOwn() async throws {
        let report = try await ReporterFixtures.samplesReport()
        for language in Language.allCases {
            let options = ReportOptions(language: language)
            var read = try JSONReport(text: JSONReporter().render(report, options: options), file: "samples.json").report
            read.rules = report.rules
            for reporter in Reporters.all.map({ $0.init() }) {
                XCTAssertEqual(reporter.render(read, options: options), reporter.render(report, options: options),
                               "\(type(of: reporter).identifier) in \(language)")
            }
        }
    }

    func testShardWaiverBaselineAndByteColumnSurvive() throws {
        let place = Location(line: 4, offset: 120, byteColumn: 7)
        var report = ReporterFixtures.smallReport([
            ReporterFixtures.finding("encoding.bom", .warning, location: place),
            ReporterFixtures.finding("structure.blank-rows", .error, waiver: "accepted"),
        ])
        report.shard = Shard(index: 2, count: 5)
        report.known = 3
        let json = JSONReporter().render(report, options: ReportOptions(language: .fr))
        let read = try JSONReport(text: json, file: "r.json")
        XCTAssertEqual(read.report.shard, Shard(index: 2, count: 5))
        XCTAssertEqual(read.report.known, 3)
        XCTAssertEqual(read.report.findings.map(\.location), [place, nil])
        XCTAssertEqual(read.report.findings.map(\.waiver), [nil, "accepted"])
        XCTAssertEqual(read.report.findings[0].message.fr, read.report.findings[0].message.en, "one language, in both")
        XCTAssertEqual(JSONReporter().render(read.report, options: ReportOptions(language: .fr)), json)
    }

    /// `byte_column` was added to findings within format 1: reports written before it are read.
    func testReportWithoutTheLaterKeysIsRead() throws {
        let report = ReporterFixtures.smallReport([ReporterFixtures.finding("encoding.bom", .warning, location: Location(line: 1))])
        let json = JSONReporter().render(report, options: ReportOptions(language: .en))
        let older = json.split(separator: "\n").filter { !$0.contains("\"byte_column\"") }.joined(separator: "\n")
        XCTAssertEqual(try JSONReport(text: older, file: "old.json").report.findings.first?.location, Location(line: 1))
    }

    func testErrorsNameTheFileAndTheLine() throws {
        let report = ReporterFixtures.smallReport([ReporterFixtures.finding("encoding.bom", .warning)])
        let json = JSONReporter().render(report, options: ReportOptions(language: .en))
        func problem(_ text: String) -> String {
            do {
                _ = try JSONReport(text: text, file: "r.json")
                return "read"
            } catch {
                return error.description
            }
        }
        XCTAssertEqual(problem("# README"), "r.json:1: not valid JSON (unexpected character '#'); expected a report written by lavande check --format json")
        XCTAssertEqual(problem("{\"findings\": []}"), "r.json: not a Lavande JSON report; expected a report written by lavande check --format json")
        XCTAssertEqual(problem("{\"lavande_report\": 2}"), "r.json:1: a Lavande report of format 2; this lavande reads format 1")
        let severityLine = json.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"severity\"") }! + 1
        XCTAssertEqual(problem(json.replacingOccurrences(of: "\"severity\": \"warning\"", with: "\"severity\": \"fatal\"")),
                       "r.json:\(severityLine): not a valid Lavande JSON report: findings[0].severity is \"fatal\", expected one of info, warning, error")
        XCTAssertTrue(problem(json.replacingOccurrences(of: "\"count\": 1,", with: "")).hasSuffix("findings[0].count is missing, expected a value"))
        XCTAssertTrue(problem(json.replacingOccurrences(of: "\"rows\": 3", with: "\"rows\": \"3\""))
            .hasSuffix("datasets[0].files[0].rows is \"3\", expected a whole number"))
        XCTAssertThrowsError(try JSONReport(contentsOf: "/nonexistent/r.json")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/r.json: no such file")
        }
    }
}
