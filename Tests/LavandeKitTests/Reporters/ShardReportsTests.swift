import Foundation
import XCTest
@testable import LavandeKit

/// Joining the reports of shards: what must agree, and the order of the joined report.
final class ShardReportsTests: XCTestCase {
    /// A shard report holding the named datasets, each with one finding.
    private func member(_ file: String, shard: Shard?, datasets: [String], version: String = "0.1.0",
                        language: Language = .en, known: Int = 0) -> ShardReports.Member {
        var report = Report(tool: ToolInfo(name: "lavande", version: version), failOn: .error, rules: [],
                            datasets: datasets.map { DatasetSummary(name: $0, files: [], documents: [], licences: nil) },
                            findings: datasets.map { ReporterFixtures.finding("structure.blank-rows", .warning, dataset: $0, file: nil) })
        report.shard = shard
        report.known = known
        return ShardReports.Member(file: file, report: JSONReport(report: report, language: language))
    }

    private func problem(_ members: [ShardReports.Member], allowPartial: Bool = false) -> String {
        do {
            _ = try ShardReports(members, allowPartial: allowPartial)
            return "merged"
        } catch {
            return error.description
        }
    }

    func testMergedReportOrdersDatasetsAsCheckDoes() throws {
        let shards = try ShardReports([
            member("b.json", shard: Shard(index: 2, count: 2), datasets: ["-brouillon", "zones"], known: 2),
            member("a.json", shard: Shard(index: 1, count: 2), datasets: [".", "budget"], known: 1),
        ], allowPartial: false)
        let merged = shards.merged(failOn: .warning, rules: [])
        XCTAssertEqual(merged.report.datasets.map(\.name), [".", "-brouillon", "budget", "zones"], "the root first, as the scanner")
        XCTAssertEqual(merged.report.findings.map(\.dataset), ["-brouillon", ".", "budget", "zones"], "findings in report order")
        XCTAssertEqual(merged.report.known, 3)
        XCTAssertNil(merged.report.shard)
        XCTAssertEqual(merged.report.failOn, .warning)
        XCTAssertTrue(merged.report.summary.failed)
        XCTAssertEqual(shards.missing, [])
    }

    func testReportsThatDoNotBelongTogetherAreRefused() {
        let first = member("a.json", shard: Shard(index: 1, count: 2), datasets: ["x"])
        XCTAssertEqual(problem([first, member("b.json", shard: Shard(index: 2, count: 2), datasets: ["x"])]),
                       "b.json: dataset 'x' is also in a.json: were the shards checked with the same paths?")
        XCTAssertEqual(problem([first, member("b.json", shard: Shard(index: 2, count: 2), datasets: ["y"], version: "0.2.0")]),
                       "b.json: written by lavande 0.2.0, a.json by lavande 0.1.0: merge the reports of one version")
        XCTAssertEqual(problem([first, member("b.json", shard: nil, datasets: ["y"])]),
                       "b.json: holds a whole run (checked without --shard), and a.json shard 1/2: the shards of one run have the same count")
        XCTAssertEqual(problem([]), "no report to merge")
        XCTAssertEqual(problem([first]), "shard 2/2 is missing: give the report of every shard, or --allow-partial")
        XCTAssertEqual(try ShardReports([first], allowPartial: true).missing, [Shard(index: 2, count: 2)])
        let fiveOfTwelve = member("e.json", shard: Shard(index: 5, count: 12), datasets: [])
        XCTAssertTrue(problem([fiveOfTwelve]).hasPrefix("shards 1/12, 2/12, 3/12, 4/12, 6/12"), problem([fiveOfTwelve]))
    }
}
