import Foundation
import XCTest

/// `lavande check` end to end on samples/: reports, exit codes, languages, outputs.
final class CheckCommandTests: XCTestCase {
    /// The JSON report of samples/ is compared byte for byte with a reviewed golden file.
    /// Regenerate it with LAVANDE_UPDATE_GOLDEN=1 swift test --filter testSamplesReportMatchesGolden, then review the diff.
    func testSamplesReportMatchesGolden() throws {
        let result = try CLIRunner.run(["check", "samples", "--format", "json", "--lang", "en"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let golden = CLIRunner.repository.appendingPathComponent("Tests/LavandeCLITests/Golden/samples.json")
        if ProcessInfo.processInfo.environment["LAVANDE_UPDATE_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        XCTAssertEqual(result.stdout, expected, "the samples report changed; see the diff with the golden file")
    }

    func testFindingsPerSample() throws {
        let (_, report) = try CLIRunner.jsonReport(["samples"])
        let findings = report["findings"] as? [[String: Any]] ?? []
        func rules(_ dataset: String) -> Set<String> {
            Set(findings.filter { $0["dataset"] as? String == dataset }.compactMap { $0["rule"] as? String })
        }
        XCTAssertEqual(rules("budget-primitif-2024"), [])
        XCTAssertEqual(rules("equipements-sportifs"), [])
        XCTAssertEqual(rules("subventions-export-excel"), ["encoding.not-utf8"])
        XCTAssertEqual(rules("agenda-culturel-mojibake"), ["encoding.bom", "encoding.mojibake"])
        XCTAssertEqual(rules("marches-publics-casse"), ["structure.blank-rows", "structure.duplicate-header", "structure.extra-cells",
                                                        "structure.header-whitespace", "structure.missing-cells",
                                                        "structure.title-row", "structure.trailing-empty-columns",
                                                        "types.type-mismatch"])
        XCTAssertEqual(rules("subventions-types-abimes"), [
            "types.float-code", "types.implausible-date", "types.impossible-date", "types.invalid-code", "types.invalid-identifier",
            "types.leading-zero-lost", "types.missing-value-spellings", "types.mixed-boolean-spellings", "types.mixed-date-formats",
            "types.mixed-decimal-separators", "types.scientific-notation", "types.truncated-number",
        ])
        XCTAssertEqual(rules("subventions-personnes"), ["personal-data.email", "personal-data.mobile-phone", "personal-data.person-name"])
        XCTAssertEqual(rules("permis-de-construire"), ["personal-data.address", "personal-data.person-name"])
        XCTAssertEqual(rules("equipements-propres"), [], "facility names with first names, the switchboard and accueil@ are not personal")
        let personal = Set(findings.filter { ($0["rule"] as? String ?? "").hasPrefix("personal-data.") }.compactMap { $0["dataset"] as? String })
        XCTAssertEqual(personal, ["subventions-personnes", "permis-de-construire"], "no personal-data finding on the other samples")
        XCTAssertEqual(rules("licence-absente"), ["licence.missing"])
        XCTAssertEqual(rules("licence-ancienne"), ["licence.outdated"])
        XCTAssertEqual(rules("licence-contradictoire"), ["licence.conflict"])
        XCTAssertEqual(rules("licence-identifiant"), ["licence.attribution", "licence.identifier"])
        XCTAssertEqual(rules("licence-logicielle"), ["licence.not-allowed"])
        XCTAssertEqual(rules("licence-non-ouverte"), ["licence.not-open"])
        let licensed = Set(findings.filter { ($0["rule"] as? String ?? "").hasPrefix("licence.") }.compactMap { $0["dataset"] as? String })
        XCTAssertTrue(licensed.allSatisfy { $0.hasPrefix("licence-") }, "the other samples state their licence in their README")
        XCTAssertEqual(rules("aires-covoiturage"), ["types.coordinates-outside-france", "types.coordinates-swapped",
                                                    "types.out-of-range", "types.type-mismatch"])
        XCTAssertEqual(rules("equipements-schema"), [
            "types.invalid-identifier", "types.schema.constraint", "types.schema.custom-check", "types.schema.extra-field",
            "types.schema.field-order", "types.schema.missing-field", "types.schema.renamed-field", "types.schema.required",
            "types.schema.type", "types.schema.unique",
        ])
        XCTAssertEqual(rules("qualite-eau-guillemets"), ["structure.stray-quote", "structure.unclosed-quote"])
        XCTAssertEqual(rules("fichiers-vides"), ["structure.empty-file", "structure.no-data-rows"])
        XCTAssertEqual(rules("faux-csv"), ["structure.binary-content", "structure.title-row"])
        let excel = try XCTUnwrap(findings.first { $0["rule"] as? String == "encoding.not-utf8" })
        XCTAssertTrue((excel["message"] as? String ?? "").contains("windows-1252"))
    }

    func testSeveralFormatsFromOnePass() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-formats-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("r.json").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let both = try CLIRunner.run(["check", "samples/marches-publics-casse", "--format", "json", "--format", "text", "-o", json])
        XCTAssertEqual(both.status, 1)
        XCTAssertTrue(both.stdout.contains("structure.title-row"), "the text report, on the standard output")
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any]
        XCTAssertEqual(written?["lavande_report"] as? Int, 1)
        let directory = folder.appendingPathComponent("rapports").path
        let intoDirectory = try CLIRunner.run(["check", "samples/marches-publics-casse", "--format", "json", "--format", "text",
                                               "--format", "html", "--report-dir", directory])
        XCTAssertEqual(intoDirectory.stdout, "")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(),
                       ["lavande-report.html", "lavande-report.json", "lavande-report.txt"])
        let page = try String(contentsOfFile: directory + "/lavande-report.html", encoding: .utf8)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>") && page.contains("structure.title-row"))
        XCTAssertEqual(try CLIRunner.run(["check", "samples", "--format", "json", "--format", "text"]).status, 2,
                       "two reports cannot both go to the standard output")
        XCTAssertEqual(try CLIRunner.run(["check", "samples", "--format", "json", "--format", "json", "-o", json, "-o", json]).status, 2)
    }

    /// A report written to something that is not a regular file (a FIFO here; `/dev/null` as
    /// well) is written into it: renaming a new file over it, as atomic writes do, would replace it.
    func testAReportIntoAFIFOKeepsTheFIFO() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("report.json").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        // A reader on the other end, as a pipeline would have.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let output = Pipe()
        reader.standardOutput = output
        try reader.run()
        let run = try CLIRunner.run(["check", "samples/marches-publics-casse", "--format", "json", "-o", fifo])
        XCTAssertEqual(run.status, 1, run.stderr)
        let deadline = Date().addingTimeInterval(10)
        while reader.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if reader.isRunning {
            reader.terminate()
            XCTFail("the report never reached the FIFO's reader")
        }
        let received = output.fileHandleForReading.readDataToEndOfFile()
        var status = stat()
        XCTAssertEqual(lstat(fifo, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO, "the FIFO was replaced by a regular file")
        let report = try JSONSerialization.jsonObject(with: received) as? [String: Any]
        XCTAssertEqual(report?["lavande_report"] as? Int, 1)
    }

    func testABaselineKeepsOnlyNewFindings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-baseline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let before = folder.appendingPathComponent("avant.json").path
        XCTAssertEqual(try CLIRunner.run(["check", "samples/marches-publics-casse", "--format", "json", "-o", before]).status, 1)
        let (again, report) = try CLIRunner.jsonReport(["samples/marches-publics-casse", "--baseline", before])
        XCTAssertEqual(again.status, 0, "every finding is known: nothing new fails the run")
        let summary = report["summary"] as? [String: Any]
        XCTAssertEqual(summary?["findings"] as? Int, 0)
        XCTAssertEqual(summary?["known"] as? Int, 8)
        let (other, _) = try CLIRunner.jsonReport(["samples/qualite-eau-guillemets", "--baseline", before])
        XCTAssertEqual(other.status, 1, "findings of another dataset are new")
        XCTAssertEqual(try CLIRunner.run(["check", "samples", "--baseline", "README.md"]).status, 2, "not a JSON report")
    }

    func testExitCodes() throws {
        XCTAssertEqual(try CLIRunner.run(["check", "samples/budget-primitif-2024"]).status, 0)
        XCTAssertEqual(try CLIRunner.run(["check", "samples"]).status, 1)
        XCTAssertEqual(try CLIRunner.run(["check", "samples", "--fail-on", "never"]).status, 0)
        let warningsOnly = "samples/fichiers-vides/en-tete-seul.csv"
        XCTAssertEqual(try CLIRunner.run(["check", warningsOnly]).status, 0)
        XCTAssertEqual(try CLIRunner.run(["check", warningsOnly, "--fail-on", "warning"]).status, 1)
        XCTAssertEqual(try CLIRunner.run(["check", "samples", "--no-such-option"]).status, 2)
        XCTAssertEqual(try CLIRunner.run(["check", "samples/absent"]).status, 2)
        XCTAssertEqual(try CLIRunner.run(["check", "samples", "--format", "pdf"]).status, 2)
        XCTAssertEqual(try CLIRunner.run(["check", "docs"]).status, 2, "a folder without data is a usage error")
        XCTAssertEqual(try CLIRunner.run(["check", "samples", "--jobs", "0"]).status, 2)
    }

    func testBrokenRuleBookExitsTwoWithItsLocation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("broken.yaml")
        try Data("lavande: 1\nid: x\ntitle: {fr: x, en: x}\nchecks:\n  - id: structure.y\n    kind: nope\n".utf8).write(to: book)
        let result = try CLIRunner.run(["check", "samples", "--rules", book.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("broken.yaml:6:11: error: unknown check kind 'nope'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("broken.yaml:5:5: error: check is missing 'severity'"), result.stderr)
        XCTAssertTrue(result.stdout.isEmpty)
    }

    func testLanguageFollowsEnvironmentAndOption() throws {
        let french = try CLIRunner.run(["check", "samples/fichiers-vides"], environment: ["LANG": "fr_FR.UTF-8"])
        XCTAssertTrue(french.stdout.contains("n'a qu'une ligne d'en-tête"), french.stdout)
        XCTAssertTrue(french.stdout.contains("Bilan : "))
        let english = try CLIRunner.run(["check", "samples/fichiers-vides", "--lang", "en"], environment: ["LANG": "fr_FR.UTF-8"])
        XCTAssertTrue(english.stdout.contains("has a header row and no data"), english.stdout)
        XCTAssertFalse(english.stdout.contains("\u{1B}["), "no colours when the output is not a terminal")
    }

    func testOutputFileAndTheCheckedFolderIsUntouched() throws {
        let samples = CLIRunner.repository.appendingPathComponent("samples")
        let before = try FolderSnapshot(samples)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLIRunner.run(["check", "samples", "--format", "json", "--output", output.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.isEmpty)
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        XCTAssertEqual(written?["lavande_report"] as? Int, 1)
        XCTAssertEqual(try FolderSnapshot(samples).differences(from: before), [])
    }
}
