import Foundation
import LavandeTabular
import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// A file read in parts by several threads gives the report of a single pass, byte for byte,
/// wherever the parts begin: inside quoted cells, blank rows, wrong rows, personal data…
final class SplitPassTests: XCTestCase {
    /// A short trial of the column types, so that the small files of the samples and the corpus
    /// are ready to fork after a few records (the single pass it is compared with has it too).
    private static let trial = TypeTrial(cells: 4, records: 6, share: 0.1)

    private static let samples = ReporterFixtures.repository.appendingPathComponent("samples").path
    private static let corpus = "/work/shared/corpus"

    /// The JSON report of the default rule books over `paths`, every file cut into `parts` parts
    /// as small as the file allows (nil: one pass), and what the split passes did.
    private func report(_ paths: [String], parts: Int?, progress: RunProgress? = nil) async throws -> (json: String, log: [SplitLog.Entry]) {
        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: nil)
        var options = EngineOptions(maxExamples: 5, jobs: 1, progress: progress)
        options.typeTrial = Self.trial
        var policy = SplitPolicy(parts: parts ?? 1)
        policy.minimumPartBytes = 1
        policy.minimumPrefixBytes = 0
        policy.maximumPrefixShare = 0.9
        options.split = policy
        let log = SplitLog()
        options.splitLog = log
        let report = await Engine(rules: rules, options: options).run(try DatasetScanner().scan(paths: paths))
        return (JSONReporter().render(report, options: ReportOptions()), log.all)
    }

    private func assertSplitMatchesSinglePass(_ paths: [String], parts: [Int], file: StaticString = #filePath,
                                              line: UInt = #line) async throws -> [SplitLog.Entry] {
        let single = try await report(paths, parts: nil)
        XCTAssertEqual(single.log, [], file: file, line: line)
        var entries: [SplitLog.Entry] = []
        for count in parts {
            let split = try await report(paths, parts: count)
            if split.json != single.json {
                let differences = zip(single.json.split(separator: "\n"), split.json.split(separator: "\n"))
                    .filter { $0 != $1 }.prefix(6).map { "- \($0)\n+ \($1)" }.joined(separator: "\n")
                XCTFail("\(count) parts: the report differs from a single pass's:\n\(differences)", file: file, line: line)
            }
            entries += split.log
        }
        return entries
    }

    func testSamplesReadInPartsGiveTheReportOfOnePass() async throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.samples).sorted()
            .map { "\(Self.samples)/\($0)" }.filter { !$0.hasSuffix(".md") }
        let entries = try await assertSplitMatchesSinglePass(folders, parts: [2, 3, 7])
        // Most tabular samples are split, some of them at a guess the reader had to read past.
        // The samples of more than a few records are split (the others are too short for the trial).
        XCTAssertGreaterThanOrEqual(Set(entries.map(\.path)).count, 6)
        XCTAssertTrue(entries.contains { $0.parts >= 5 })
    }

    /// Records of every kind the checks look at, with quoted cells over several lines whose lines
    /// look like record starts (a doubled quote after a line feed): the guessed part starts fall
    /// inside them, and the reader of the part before reads on. The last column is empty until
    /// the trial is over (so every type stays a candidate in it, none matched yet when the file
    /// is forked), then holds postcodes and a few other values.
    private func awkwardTable(records: Int, lineEnding: String) -> String {
        var lines = ["id;nom;code_postal;date;montant;courriel;commentaire;;livraison"]
        for index in 1...records {
            let comment: String
            switch index % 9 {
            case 0: comment = "\"Appeler Jeanne Martin au 06 12 34 56 78\""
            case 3: comment = "\"ligne un\(lineEnding)\"\"citation\"\" ; suite\(lineEnding)fin\""
            case 5: comment = "écrire à paul.durand\(index)@gmail.com"
            default: comment = "RAS"
            }
            let postcode = index % 13 == 0 ? "7500" : String(format: "%05d", 1000 + index * 37 % 90000)
            let date = index % 17 == 0 ? "31/02/2024" : String(format: "2024-%02d-%02d", index % 12 + 1, index % 28 + 1)
            let amount = index % 11 == 0 ? "1 234,5" : "\(index * 3),\(index % 10)"
            let mail = index % 7 == 0 ? "mairie@ville.fr" : "contact\(index % 4)@asso.fr"
            let delivery = index < records / 3 ? "" : index % 29 == 0 ? "inconnu \(index)" : String(format: "%05d", 13000 + index)
            var cells = ["\(index)", "Équipement \(index % 40)", postcode, date, amount, mail, comment, "", delivery]
            if index % 23 == 0 { cells.append("de trop") }
            lines.append(cells.joined(separator: ";"))
            if index % 31 == 0 { lines.append("") }
        }
        return lines.joined(separator: lineEnding)
    }

    func testAwkwardFilesReadInPartsGiveTheReportOfOnePass() async throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("lf/table.csv", awkwardTable(records: 400, lineEnding: "\n") + "\n")
        _ = try folder.write("crlf-sans-fin/table.csv", awkwardTable(records: 300, lineEnding: "\r\n"))
        let latin = awkwardTable(records: 300, lineEnding: "\n").data(using: .windowsCP1252)!
        _ = try folder.write("windows-1252/table.csv", bytes: Array(latin))
        let folders = ["lf", "crlf-sans-fin", "windows-1252"].map { "\(folder.path)/\($0)" }
        let entries = try await assertSplitMatchesSinglePass(folders, parts: [2, 3, 4, 8])
        XCTAssertEqual(Set(entries.map(\.path)).count, 3)
        XCTAssertTrue(entries.contains { $0.partsReadOn > 0 }, "no guessed start fell inside a quoted cell: \(entries)")
    }

    /// Each byte of a file counts once in the run's progress, however the file is cut: the
    /// readers read past the end of their part, and on through the next part when it does not
    /// start between two records.
    func testProgressCountsEachByteOfASplitFileOnce() async throws {
        let folder = try TemporaryFolder()
        let table = awkwardTable(records: 400, lineEnding: "\n") + "\n"
        _ = try folder.write("lf/table.csv", table)
        var readOn = false
        for parts in [2, 3, 4, 8] {
            let progress = RunProgress()
            let split = try await report(["\(folder.path)/lf"], parts: parts, progress: progress)
            XCTAssertEqual(split.log.count, 1, "the file was not split in \(parts) parts")
            readOn = readOn || split.log.contains { $0.partsReadOn > 0 }
            let bytes = table.utf8.count
            XCTAssertEqual(progress.snapshot, RunProgress.Snapshot(files: 1, totalFiles: 1, bytes: bytes, totalBytes: bytes), "\(parts) parts")
        }
        XCTAssertTrue(readOn, "no guessed start fell inside a quoted cell")
    }

    func testCorpusReadInPartsGivesTheReportOfOnePass() async throws {
        guard FileManager.default.fileExists(atPath: Self.corpus) else { throw XCTSkip("the shared corpus is absent") }
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.corpus).sorted()
            .map { "\(Self.corpus)/\($0)" }.filter { !$0.hasSuffix(".md") }
        let entries = try await assertSplitMatchesSinglePass(folders, parts: [2, 5])
        XCTAssertGreaterThan(Set(entries.map(\.path)).count, 20)
    }
}
