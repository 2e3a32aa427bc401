import Foundation
import XCTest

/// `lavande check --shard I/N` and `lavande merge` end to end on samples/.
final class MergeCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Checks samples/ as shard `index` of `count` into a JSON report; returns its path.
    private func shard(_ index: Int, of count: Int, language: String = "en", paths: [String] = ["samples"]) throws -> String {
        let path = folder.appendingPathComponent("shard-\(language)-\(index)-of-\(count).json").path
        let result = try CLIRunner.run(["check"] + paths + ["--shard", "\(index)/\(count)", "--format", "json", "-o", path, "--lang", language])
        XCTAssertTrue([0, 1].contains(result.status), result.stderr)
        return path
    }

    private func json(_ path: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    func testShardsMergeIntoTheReportOfTheWholeRun() throws {
        let shards = try (1...3).map { try shard($0, of: 3) }
        var seen: [String] = []
        for (index, path) in shards.enumerated() {
            let report = try json(path)
            XCTAssertEqual(report["shard"] as? [String: Int], ["index": index + 1, "count": 3])
            seen += (report["datasets"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        }
        let whole = folder.appendingPathComponent("whole.json").path
        XCTAssertEqual(try CLIRunner.run(["check", "samples", "--format", "json", "-o", whole, "--lang", "en"]).status, 1)
        let wholeReport = try json(whole)
        let names = (wholeReport["datasets"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        XCTAssertEqual(seen.sorted(), names, "every dataset in exactly one shard")
        XCTAssertNil(wholeReport["shard"], "no shard key without --shard")

        let merged = folder.appendingPathComponent("merged.json").path
        let result = try CLIRunner.run(["merge", shards[2], shards[0], shards[1], "--format", "json", "-o", merged])
        XCTAssertEqual(result.status, 1, result.stderr)
        let mergedReport = try json(merged)
        XCTAssertEqual(mergedReport["summary"] as? NSDictionary, wholeReport["summary"] as? NSDictionary)
        XCTAssertEqual(mergedReport["datasets"] as? NSArray, wholeReport["datasets"] as? NSArray)
        XCTAssertEqual(mergedReport["findings"] as? NSArray, wholeReport["findings"] as? NSArray)
        XCTAssertEqual(try String(contentsOfFile: merged, encoding: .utf8), try String(contentsOfFile: whole, encoding: .utf8),
                       "the same bytes as the report of the whole run")
        XCTAssertEqual(try CLIRunner.run(["merge"] + shards + ["--fail-on", "never"]).status, 0)
    }

    /// French shards merged into SARIF give what a whole run writes in SARIF.
    func testMergedReportsInOtherFormatsAndLanguages() throws {
        let shards = try (1...2).map { try shard($0, of: 2, language: "fr") }
        let merged = try CLIRunner.run(["merge"] + shards + ["--format", "sarif"])
        let whole = try CLIRunner.run(["check", "samples", "--format", "sarif", "--lang", "fr"])
        XCTAssertEqual(merged.status, 1, merged.stderr)
        XCTAssertEqual(merged.stdout, whole.stdout)
        let english = try CLIRunner.run(["merge"] + shards + ["--lang", "en"])
        XCTAssertEqual(english.status, 2)
        XCTAssertTrue(english.stderr.contains("the messages of the reports are in fr"), english.stderr)
    }

    func testAShardMayBeEmpty() throws {
        // The only dataset of this folder is its root, ".", which falls in shard 2 of 2.
        let empty = try shard(1, of: 2, paths: ["samples/marches-publics-casse"])
        let report = try json(empty)
        XCTAssertEqual((report["datasets"] as? [Any])?.count, 0)
        XCTAssertEqual((report["summary"] as? [String: Any])?["status"] as? String, "pass")
        let full = try shard(2, of: 2, paths: ["samples/marches-publics-casse"])
        XCTAssertEqual(try CLIRunner.run(["merge", empty, full, "--format", "json"]).status, 1)
    }

    func testShardsThatDoNotMakeOneRunAreRefused() throws {
        let (first, second, third) = (try shard(1, of: 3), try shard(2, of: 3), try shard(3, of: 3))
        func refused(_ arguments: [String], saying message: String, file: StaticString = #filePath, line: UInt = #line) throws {
            let result = try CLIRunner.run(["merge"] + arguments)
            XCTAssertEqual(result.status, 2, file: file, line: line)
            XCTAssertTrue(result.stderr.contains(message), result.stderr, file: file, line: line)
            XCTAssertEqual(result.stdout, "", file: file, line: line)
        }
        try refused([first, third], saying: "lavande: shard 2/3 is missing: give the report of every shard, or --allow-partial")
        try refused([first, second, second, third], saying: "lavande: \(second): holds shard 2/3, and so does \(second)")
        try refused([first, second, "README.md"], saying: "lavande: README.md:1: not valid JSON")
        try refused([first, second, third, "absent.json"], saying: "lavande: absent.json: no such file")
        try refused([first, second, try shard(3, of: 4)], saying: "holds shard 3/4, and \(first) shard 1/3")
        try refused([first, second, try shard(3, of: 3, language: "fr")], saying: "its messages are in fr, those of \(first) in en")
        let elsewhere = try CLIRunner.run(["check", "samples/marches-publics-casse", "--format", "json", "--lang", "en"])
        let whole = folder.appendingPathComponent("whole.json")
        try Data(elsewhere.stdout.utf8).write(to: whole)
        try refused([whole.path, whole.path], saying: "holds a whole run (checked without --shard), and so does")

        let partial = try CLIRunner.run(["merge", first, third, "--allow-partial", "--format", "json"])
        XCTAssertEqual(partial.status, 1)
        XCTAssertTrue(partial.stderr.contains("lavande: warning: no report of shard 2/3"), partial.stderr)
        XCTAssertNil((try JSONSerialization.jsonObject(with: Data(partial.stdout.utf8)) as? [String: Any])?["shard"])
    }

    func testABadShardIsAUsageError() throws {
        for value in ["0/3", "4/3", "3", "a/b", "1/0"] {
            let result = try CLIRunner.run(["check", "samples", "--shard", value])
            XCTAssertEqual(result.status, 2, value)
            XCTAssertTrue(result.stderr.contains("two whole numbers with 1 ≤ I ≤ N"), result.stderr)
        }
    }
}
