import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
import LavandeTestSupport
#endif

/// The zoo of hostile files of issue 8, end to end: the built `lavande` binary checks each one in
/// a temporary folder made on the fly. Every run must end by itself (no signal, no deadline
/// passed) with a documented exit code and a finding, or a clear error, that says what is wrong.
/// docs/guarantees.md lists what each test proves.
final class HostileInputTests: XCTestCase {
    // MARK: Content

    func testEmptyFile() throws {
        let folder = try TemporaryFolder()
        let report = try check(folder.add(HostileZoo.emptyFile), expecting: 1)
        XCTAssertEqual(report.rules(in: "vide.csv"), ["structure.empty-file"])
    }

    func testOnlyAByteOrderMark() throws {
        let folder = try TemporaryFolder()
        let report = try check(folder.add(HostileZoo.onlyBOM), expecting: 1)
        XCTAssertEqual(report.rules(in: "bom.csv"), ["encoding.bom", "structure.empty-file"])
    }

    func testOnlyAHeader() throws {
        let folder = try TemporaryFolder()
        let report = try check(folder.add(HostileZoo.onlyHeader), expecting: 0, "a warning does not fail the run")
        XCTAssertEqual(report.rules(in: "en-tete.csv"), ["structure.no-data-rows"])
    }

    func testNULBytes() throws {
        let folder = try TemporaryFolder()
        try folder.add(HostileZoo.nulBytes)
        let report = try check(folder.add(HostileZoo.onlyNULBytes), expecting: 1)
        XCTAssertEqual(report.rules(in: "nuls.csv"), ["encoding.nul-bytes"])
        XCTAssertEqual(report.finding("encoding.nul-bytes")?["message"] as? String, "nuls.csv holds 2 NUL byte(s) (first on line 5).")
        XCTAssertEqual(report.rules(in: "zeros.csv"), ["structure.binary-content"], "nothing but NUL bytes is not text")
    }

    func testInvalidUTF8Everywhere() throws {
        let folder = try TemporaryFolder()
        let report = try check(folder.add(HostileZoo.invalidUTF8), expecting: 1)
        XCTAssertEqual(report.rules(in: "invalide.csv"), ["encoding.not-utf8"])
        XCTAssertEqual(report.file("invalide.csv")?["rows"] as? Int, 41, "the records are still split and counted")
    }

    func testUTF16WithByteOrderMark() throws {
        let folder = try TemporaryFolder()
        try folder.add(HostileZoo.utf16LEWithBOM)
        let report = try check(folder.add(HostileZoo.utf16BEWithBOM), expecting: 1)
        for (file, encoding) in [("le.csv", "utf-16le"), ("be.csv", "utf-16be")] {
            XCTAssertEqual(report.rules(in: file), ["encoding.bom", "encoding.not-utf8"], file)
            assertReadAsUTF16(report, file, encoding)
        }
    }

    func testUTF16WithoutByteOrderMark() throws {
        let folder = try TemporaryFolder()
        try folder.add(HostileZoo.utf16LE)
        let report = try check(folder.add(HostileZoo.utf16BE), expecting: 1)
        for (file, encoding) in [("le.csv", "utf-16le"), ("be.csv", "utf-16be")] {
            XCTAssertEqual(report.rules(in: file), ["encoding.not-utf8"], file)
            assertReadAsUTF16(report, file, encoding)
        }
    }

    func testQuoteOpenedOnLineOneAndNeverClosed() throws {
        let folder = try TemporaryFolder()
        let report = try check(folder.add(HostileZoo.unclosedQuote), expecting: 1)
        XCTAssertTrue(report.rules(in: "guillemet.csv").contains("structure.unclosed-quote"))
        XCTAssertEqual(report.finding("structure.unclosed-quote")?["line"] as? Int, 1)
        XCTAssertEqual(report.file("guillemet.csv")?["rows"] as? Int, 1, "the rest of the file is one cell")
    }

    func testCarriageReturnOnlyLineEndings() throws {
        let folder = try TemporaryFolder()
        let report = try check(folder.add(HostileZoo.carriageReturns), expecting: 0, "lone CRs are a warning")
        XCTAssertEqual(report.rules(in: "cr.csv"), ["encoding.mixed-line-endings"])
        XCTAssertEqual(report.file("cr.csv")?["rows"] as? Int, 3, "a lone CR ends a record")
        XCTAssertEqual(report.file("cr.csv")?["columns"] as? Int, 3)
    }

    // MARK: Entries that are not readable files

    func testDirectoryNamedLikeADataFile() throws {
        let folder = try TemporaryFolder()
        let report = try check(folder.add(HostileZoo.directory), expecting: 1)
        assertUnreadable(report, because: "directory: is a folder")
    }

    func testFIFO() throws {
        let folder = try TemporaryFolder()
        let dataset = try folder.add(HostileZoo.fifo)
        assertUnreadable(try check(dataset, expecting: 1), because: "fifo: is a named pipe (FIFO)")
        let alone = try check(dataset + "/donnees.csv", expecting: 1, "a FIFO given as the path is not opened either")
        assertUnreadable(alone, because: "fifo: is a named pipe (FIFO)")
    }

    func testBrokenSymbolicLink() throws {
        let folder = try TemporaryFolder()
        let report = try check(folder.add(HostileZoo.brokenSymlink), expecting: 1)
        assertUnreadable(report, because: "broken-symlink: No such file or directory")
    }

    func testSymbolicLinkLoop() throws {
        let folder = try TemporaryFolder()
        let report = try check(folder.add(HostileZoo.symlinkLoop), expecting: 1)
        assertUnreadable(report, because: "symlink-loop: Too many levels of symbolic links")
    }

    func testSymbolicLinkLeadingOutsideTheCheckedFolderIsNotFollowed() throws {
        let folder = try TemporaryFolder()
        let dataset = try folder.add(HostileZoo.linkOutside)
        let report = try check(dataset, expecting: 1)
        assertUnreadable(report, because: "link-outside-folder: symbolic link to a place outside the checked folder; not followed")
        let text = String(decoding: try JSONSerialization.data(withJSONObject: report), as: UTF8.self)
        XCTAssertFalse(text.contains("root:"), "nothing of the linked file reaches the report")
        // Named on the command line, the file is the user's choice: it is read.
        let chosen = try CLIRunner.run(["check", dataset + "/donnees.csv", "--format", "json"])
        XCTAssertTrue(chosen.stdout.contains("root"), "a file given as the path is read wherever it leads")
    }

    /// Root reads any file whatever its mode: as root, lavande runs without the capabilities that
    /// bypass permissions (`setpriv`), so that mode 000 applies to it as to anyone else.
    func testFileWithoutReadPermission() throws {
        let launcher = try withoutPermissionBypass()
        let folder = try TemporaryFolder()
        let dataset = try folder.add(HostileZoo.noReadPermission)
        let unlistable = URL(fileURLWithPath: dataset).appendingPathComponent("annexe")
        try FileManager.default.createDirectory(at: unlistable, withIntermediateDirectories: false)
        try Data(HostileZoo.table).write(to: unlistable.appendingPathComponent("annexe.csv"))
        XCTAssertEqual(chmod(unlistable.path, 0), 0)
        let report = try check(dataset, expecting: 1, launcher: launcher)
        assertUnreadable(report, because: "permission: Permission denied")
        let folderFinding = report.findings.first { $0["file"] as? String == "annexe" }
        XCTAssertEqual(folderFinding?["rule"] as? String, "structure.unreadable-file", "a folder that cannot be listed is reported too")
    }

    // MARK: Size

    /// A line of 200 MB, one cell: read in fixed chunks, the cell kept up to its limit (1 MiB).
    func test200MBSingleLine() throws {
        let folder = try TemporaryFolder()
        let letters = (0..<(1 << 20)).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        let dataset = try folder.add(HostileEntry("ligne", "ligne.csv") { path in
            try LargeFile.write(URL(fileURLWithPath: path), repeating: letters, size: 200_000_000)
        })
        let run = try CLIRunner.runBounded(["check", "--no-config", "--lang", "en", "--format", "json", dataset], timeout: 120)
        assertEndedNormally(run, expecting: 0)
        let report = try run.jsonReport()
        XCTAssertEqual(report.rules(in: "ligne.csv"), ["structure.no-data-rows"])
        XCTAssertEqual(report.file("ligne.csv")?["size"] as? Int, 200_000_000)
        assertPeakMemory(run, below: 300)
        print("200 MB line: \(run.figures)")
    }

    /// 100,000 columns, read with the structure rules: every cell is split and counted.
    func test100000Columns() throws {
        let folder = try TemporaryFolder()
        let dataset = try folder.add(HostileEntry("large", "large.csv", bytes: Self.wideTable(columns: 100_000, rows: 2)))
        let report = try check(dataset, expecting: 0, rules: structureRules)
        XCTAssertEqual(report.file("large.csv")?["columns"] as? Int, 100_000)
        XCTAssertEqual(report.file("large.csv")?["rows"] as? Int, 3)
    }

    /// Past the cells the reader keeps of a record (16,384), cells are counted, not kept: a
    /// table that wide but regular has no row of the wrong width and no empty trailing column,
    /// and its width is the one counted.
    func testWiderThanTheCellsKept() throws {
        let folder = try TemporaryFolder()
        let dataset = try folder.add(HostileEntry("large", "large.csv", bytes: Self.wideTable(columns: 140_000, rows: 1)))
        let report = try check(dataset, expecting: 0, rules: structureRules)
        XCTAssertEqual(report.rules(in: "large.csv"), [])
        XCTAssertEqual(report.file("large.csv")?["columns"] as? Int, 140_000)
    }

    // MARK: Rule books

    func testRuleBookThatIsNotYAML() throws {
        let folder = try TemporaryFolder()
        let dataset = try folder.add(HostileZoo.onlyHeader)
        let notYAML = try folder.write("pas-du-yaml.yaml", bytes: Array("lavande: 1\nid: [pas fermé\ntitle: x\n".utf8))
        let run = try CLIRunner.runBounded(["check", dataset, "--rules", notYAML], timeout: 30)
        assertEndedNormally(run, expecting: 2)
        XCTAssertTrue(run.stderr.contains("pas-du-yaml.yaml:3:6: error: not valid YAML"), run.stderr)
        XCTAssertTrue(run.stdout.isEmpty)
        let binary = try folder.write("binaire.yaml", bytes: [0x00, 0xFF, 0xFE, 0x01, 0x80] + Array("lavande: 1\n".utf8))
        let garbage = try CLIRunner.runBounded(["check", dataset, "--rules", binary], timeout: 30)
        assertEndedNormally(garbage, expecting: 2)
        XCTAssertTrue(garbage.stderr.contains("binaire.yaml:1:1: error: rule books must be UTF-8"), garbage.stderr)
    }

    /// Billion laughs: nine levels of ten aliases, 10^9 strings once expanded.
    func testYAMLBomb() throws {
        let folder = try TemporaryFolder()
        let dataset = try folder.add(HostileZoo.onlyHeader)
        var yaml = "lavande: 1\nid: bombe\ntitle: {fr: a, en: a}\nchecks:\n  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "  - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let bomb = try folder.write("bombe.yaml", bytes: Array(yaml.utf8))
        let run = try CLIRunner.runBounded(["check", dataset, "--rules", bomb], timeout: 30)
        assertEndedNormally(run, expecting: 2)
        XCTAssertLessThan(run.seconds, 10)
        assertPeakMemory(run, below: 300)
        XCTAssertTrue(run.stderr.contains("bombe.yaml:5:5: error: check must be a mapping"), run.stderr)
        XCTAssertTrue(run.stdout.isEmpty)
    }

    /// `^(a+)+$` backtracks without end in a backtracking engine on "aaa…ab"; column types'
    /// patterns run on a byte automaton, linear in the cell.
    func testCatastrophicPatternOnLongCells() throws {
        let folder = try TemporaryFolder()
        let cell = String(repeating: "a", count: 100_000) + "b"
        let rows = (1...20).map { "\(cell);\($0)\n" }.joined()
        let dataset = try folder.add(HostileEntry("longues", "longues.csv", bytes: Array(("sigle;n\n" + rows).utf8)))
        let book = try folder.write("motif.yaml", bytes: Array(Self.patternBook(columns: "^sigle$").utf8))
        let run = try CLIRunner.runBounded(["check", "--no-config", "--lang", "en", "--format", "json", dataset, "--rules", book],
                                           timeout: 60)
        assertEndedNormally(run, expecting: 1)
        XCTAssertLessThan(run.seconds, 20)
        let finding = try run.jsonReport().finding("types.only-a")
        XCTAssertEqual(finding?["count"] as? Int, 20)
    }

    /// The `columns:` selector of a rule is a regular expression too, matched against every
    /// header: ICU had not finished these 20 hostile headers after a minute; the selector runs on
    /// the byte automaton.
    func testCatastrophicColumnSelectorOnHostileHeaders() throws {
        let folder = try TemporaryFolder()
        let header = (1...20).map { String(repeating: "a", count: 30) + "b\($0)" }.joined(separator: ";")
        let dataset = try folder.add(HostileEntry("en-tetes", "en-tetes.csv", bytes: Array((header + "\n" + header + "\n").utf8)))
        let book = try folder.write("motif.yaml", bytes: Array(Self.patternBook(columns: "^(a+)+$").utf8))
        let run = try CLIRunner.runBounded(["check", "--no-config", dataset, "--rules", book], timeout: 60)
        assertEndedNormally(run, expecting: 0)
        XCTAssertLessThan(run.seconds, 20)
    }

    // MARK: Helpers

    /// The rule books of the structure and encoding families only (the column profiles of the
    /// default books cost time per column: see docs/guarantees.md).
    private let structureRules = ["--rules", CLIRunner.repository.appendingPathComponent("rules/structure.yaml").path,
                                  "--rules", CLIRunner.repository.appendingPathComponent("rules/encoding.yaml").path]

    /// Checks `path` with the default rules (or `rules`), in English, as a JSON report, under a
    /// deadline, and asserts the run ended by itself with exit code `expected`.
    private func check(_ path: String, expecting expected: Int32, _ message: String = "", rules: [String] = [],
                       launcher: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let run = try CLIRunner.runBounded(["check", "--no-config", "--lang", "en", "--format", "json", path] + rules,
                                           launcher: launcher, timeout: 60)
        assertEndedNormally(run, expecting: expected, message, file: file, line: line)
        XCTAssertLessThan(run.seconds, 30, "time", file: file, line: line)
        return try run.jsonReport(file: file, line: line)
    }

    private func assertReadAsUTF16(_ report: [String: Any], _ file: String, _ encoding: String, line: UInt = #line) {
        let summary = report.file(file)
        XCTAssertEqual(summary?["encoding"] as? String, encoding, file, line: line)
        XCTAssertEqual(summary?["header"] as? [String], ["id", "nom", "ville"], file, line: line)
        XCTAssertEqual(summary?["rows"] as? Int, 3, file, line: line)
    }

    private func assertUnreadable(_ report: [String: Any], because reason: String, line: UInt = #line) {
        XCTAssertEqual(report.rules(in: "donnees.csv"), ["structure.unreadable-file"], line: line)
        let finding = report.findings.first { $0["file"] as? String == "donnees.csv" }
        XCTAssertEqual(finding?["message"] as? String, "donnees.csv cannot be read (\(reason)).", line: line)
        XCTAssertEqual(report.file("donnees.csv")?["status"] as? String, "unreadable", line: line)
    }

    /// The launcher that runs lavande without the power to ignore file modes: none for a user
    /// other than root; as root, `setpriv` dropping CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH.
    private func withoutPermissionBypass() throws -> [String] {
        guard geteuid() == 0 else { return [] }
        let launcher = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = launcher + ["true"]
        probe.standardError = FileHandle.nullDevice
        do {
            try probe.run()
            probe.waitUntilExit()
        } catch {}
        try XCTSkipUnless(probe.terminationReason == .exit && probe.terminationStatus == 0,
                          "running as root, where file modes do not apply, and setpriv cannot drop the capabilities that bypass them")
        return launcher
    }

    /// A table of `columns` columns named `c1`, `c2`…, and `rows` rows of numbers.
    static func wideTable(columns: Int, rows: Int) -> [UInt8] {
        let header = (1...columns).map { "c\($0)" }.joined(separator: ";") + "\n"
        let row = (1...columns).map(String.init).joined(separator: ";") + "\n"
        return Array((header + String(repeating: row, count: rows)).utf8)
    }

    /// A rule book with a column type of `a`s only (`^(a+)+$`) and a rule requiring it of the
    /// columns `columns` selects.
    private static func patternBook(columns: String) -> String {
        """
        lavande: 1
        id: motifs
        title: {fr: "Motifs", en: "Patterns"}
        types:
          - id: only-a
            title: {fr: "Que des a", en: "Only a"}
            pattern: '^(a+)+$'
        checks:
          - id: types.only-a
            kind: column-type
            severity: error
            columns: '\(columns)'
            with: {type: only-a}
            title: {fr: "Que des a", en: "Only a"}
            message: {fr: "{file} : {count} valeurs", en: "{file}: {count} values"}
            help: {fr: "Des a.", en: "Some a."}
            examples:
              fail: [{file: "sigle\\naab\\n"}]
              pass: [{file: "sigle\\naaa\\n"}]
        """
    }
}
