import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// Behaviour of the engine and the checks beyond each rule's own examples: grouping, counts,
/// locations, determinism, files that are not tables.
final class EngineTests: XCTestCase {
    func testProgressCountsEveryFileAndByte() async throws {
        let folder = try TemporaryFolder()
        let big = "id;nom\n" + (1...40_000).map { "\($0);Orléans\n" }.joined()
        _ = try folder.write("a/grand.csv", big)
        _ = try folder.write("b/petit.csv", "id;nom\n1;x\n")
        _ = try folder.write("b/vide.csv", "")
        let progress = RunProgress()
        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: nil)
        let catalogue = try DatasetScanner().scan(paths: [folder.path])
        _ = await Engine(rules: rules, options: EngineOptions(jobs: 2, progress: progress)).run(catalogue)
        let bytes = big.utf8.count + "id;nom\n1;x\n".utf8.count
        XCTAssertEqual(progress.snapshot, RunProgress.Snapshot(files: 3, totalFiles: 3, bytes: bytes, totalBytes: bytes))
    }

    /// A file's bytes read twice count once, and those never read count when the file is done:
    /// the run's bytes stay within its total, and reach it with its last file.
    func testAFileCountsItsSizeInTheProgressWhateverItsSourcesRead() {
        let progress = RunProgress()
        progress.start(files: 2, bytes: 100 + 60)
        let twice = progress.file(size: 100)
        twice.read(bytes: 64)
        twice.read(bytes: 64)
        XCTAssertEqual(progress.snapshot, RunProgress.Snapshot(files: 0, totalFiles: 2, bytes: 100, totalBytes: 160))
        let stopped = progress.file(size: 60)
        stopped.read(bytes: 20)
        twice.finish()
        XCTAssertEqual(progress.snapshot, RunProgress.Snapshot(files: 1, totalFiles: 2, bytes: 120, totalBytes: 160))
        stopped.finish()
        XCTAssertEqual(progress.snapshot, RunProgress.Snapshot(files: 2, totalFiles: 2, bytes: 160, totalBytes: 160))
    }

    func testManyOccurrencesAreOneFindingWithBoundedExamples() async throws {
        let folder = try TemporaryFolder()
        var text = "id;nom\n"
        for index in 1...500 { text += index % 2 == 0 ? "\(index);a;b\n" : "\(index);a\n" }
        try folder.write("a.csv", text)
        let report = try await check(folder.path, maxExamples: 3)
        let extra = try XCTUnwrap(report.finding("structure.extra-cells"))
        XCTAssertEqual(extra.count, 250)
        XCTAssertEqual(extra.examples.map(\.row), [3, 5, 7])
        XCTAssertEqual(extra.location?.line, 3)
        XCTAssertTrue(extra.message.en.contains("250 row(s)"))
        XCTAssertTrue(extra.message.fr.contains("250 ligne(s)"))
        XCTAssertEqual(report.findings.filter { $0.ruleID == "structure.extra-cells" }.count, 1)
    }

    func testByteLevelFindingsKeepAsManyExamplesAsAsked() async throws {
        let folder = try TemporaryFolder()
        try folder.write("a.csv", "id;nom\n" + (1...30).map { "\($0);Orléans Ã©\n" }.joined())
        let report = try await check(folder.path, maxExamples: 25)
        let mojibake = try XCTUnwrap(report.finding("encoding.mojibake"))
        XCTAssertEqual(mojibake.count, 30)
        XCTAssertEqual(mojibake.examples.count, 25, "the reader keeps --max-examples positions, not its own default")
    }

    func testRowsCountRecordsAndLinesCountPhysicalLines() async throws {
        let folder = try TemporaryFolder()
        try folder.write("a.csv", "id;texte\n1;\"deux\nlignes\"\n2;ok;trop\n")
        let report = try await check(folder.path)
        let extra = try XCTUnwrap(report.finding("structure.extra-cells"))
        XCTAssertEqual(extra.location?.row, 3)
        XCTAssertEqual(extra.location?.line, 4)
    }

    func testInvalidUTF8IsLocated() async throws {
        let folder = try TemporaryFolder()
        try folder.write("a.csv", bytes: Array("id;commune\n1;Orl".utf8) + [0xE9] + Array("ans\n".utf8))
        let report = try await check(folder.path)
        let finding = try XCTUnwrap(report.finding("encoding.not-utf8"))
        XCTAssertEqual(finding.location?.line, 2)
        XCTAssertEqual(finding.location?.byteColumn, 6)
        XCTAssertEqual(finding.location?.offset, 16)
        XCTAssertTrue(finding.message.en.contains("iso-8859-1"))
        XCTAssertTrue(finding.help.en.contains("iconv -f ISO-8859-1 -t UTF-8 'a.csv'"))
    }

    func testBinaryFileGetsOnlyTheBinaryFinding() async throws {
        let folder = try TemporaryFolder()
        try folder.write("a.csv", bytes: [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A] + (0..<400).map { UInt8($0 % 256) })
        let report = try await check(folder.path)
        XCTAssertEqual(report.rules(in: "a.csv"), ["structure.binary-content"])
        XCTAssertEqual(report.datasets[0].files[0].status, .binary)
    }

    func testTextFileThatIsNotDelimitedIsNotATable() async throws {
        let folder = try TemporaryFolder()
        try folder.write("NOTES.txt", "Ceci est une note.\nElle n'est pas un tableau.\n")
        try folder.write("data.csv", "a;b\n1;2\n")
        let report = try await check(folder.path)
        XCTAssertEqual(report.datasets[0].files.map(\.status), [.notTabular, .checked])
        XCTAssertTrue(report.findings.isEmpty)
    }

    func testSameInputSameReportBytes() async throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples").path
        let first = JSONReporter().render(try await check(samples), options: ReportOptions(language: .fr))
        let second = JSONReporter().render(try await check(samples), options: ReportOptions(language: .fr))
        XCTAssertEqual(first, second)
        XCTAssertTrue(first.hasPrefix("{\n  \"lavande_report\": 1,"))
    }

    func testRuleFileSelectorLimitsTheRule() async throws {
        let folder = try TemporaryFolder()
        let set = try loadBook(book(checks: validCheck + "\n    files: \"budget-*.csv\""), in: folder, name: "rules/book.yaml")
        try folder.write("d/budget-2024.csv", "a;b\n\n1;2\n")
        try folder.write("d/autre.csv", "a;b\n\n1;2\n")
        let report = try await check((folder.path as NSString).appendingPathComponent("d"), rules: ActiveRules(set, config: nil))
        XCTAssertEqual(report.findings.map(\.file), ["budget-2024.csv"])
        let byPath = try loadBook(book(checks: validCheck + "\n    files: \"finances/**/*.csv\""), in: folder, name: "rules/path.yaml")
        try folder.write("racine/finances/2024/a.csv", "a;b\n\n1;2\n")
        try folder.write("racine/culture/a.csv", "a;b\n\n1;2\n")
        let nested = try await check((folder.path as NSString).appendingPathComponent("racine"), rules: ActiveRules(byPath, config: nil))
        XCTAssertEqual(nested.findings.map(\.file), ["finances/2024/a.csv"], "globs with / match the path from the checked root")
    }

    func testUnreadableEntryIsReportedAndTheRunGoesOn() async throws {
        let folder = try TemporaryFolder()
        try folder.write("ok.csv", "a;b\n1;2\n")
        XCTAssertEqual(mkfifo((folder.path as NSString).appendingPathComponent("pipe.csv"), 0o644), 0)
        let report = try await check(folder.path)
        XCTAssertEqual(report.rules(in: "pipe.csv"), ["structure.unreadable-file"])
        XCTAssertEqual(report.finding("structure.unreadable-file")?.message.en, "pipe.csv cannot be read (fifo: is a named pipe (FIFO)).")
        XCTAssertEqual(report.rules(in: "ok.csv"), [])
    }
}
