import Foundation
import XCTest
import LavandeTestSupport

/// The promises of docs/guarantees.md that hold whatever the input: the checked folders are left
/// as they were, and memory does not grow with the size of a file. The tests of a gigabyte run
/// only when `LAVANDE_SLOW_TESTS=1` (minutes in a debug build); `LAVANDE_BINARY` points them at
/// another build, a release one for instance.
final class GuaranteesTests: XCTestCase {
    /// samples/ (copied) and the whole zoo of hostile entries, checked into every report format:
    /// afterwards every entry has the same bytes, type, permissions and times, and no entry
    /// appeared or went away.
    func testCheckingLeavesEveryFileAsItWas() throws {
        let folder = try TemporaryFolder()
        let root = folder.url.appendingPathComponent("racine")
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("samples"),
                                         to: root.appendingPathComponent("samples"))
        let zoo = try TemporaryFolder()
        for entry in HostileZoo.all {
            try zoo.add(entry)
        }
        try FileManager.default.moveItem(at: zoo.url, to: root.appendingPathComponent("zoo"))
        let reports = folder.url.appendingPathComponent("rapports")
        let before = try FolderSnapshot(root)

        let formats = ["json", "text", "markdown", "html", "sarif", "junit", "github", "gitlab"].flatMap { ["--format", $0] }
        let run = try CLIRunner.runBounded(["check", root.path, "--report-dir", reports.path] + formats, timeout: 120)
        assertEndedNormally(run, expecting: 1)
        let written = try FileManager.default.contentsOfDirectory(atPath: reports.path)
        XCTAssertEqual(written.count, 8, "every report went to the report folder: \(written.sorted())")

        let after = try FolderSnapshot(root)
        XCTAssertEqual(after.differences(from: before), [], "entries changed, appeared or went away")
        XCTAssertGreaterThan(before.entries.count, HostileZoo.all.count + 45, "the snapshot saw samples/ and the zoo")
    }

    /// A 1 GB table, made on the fly and removed afterwards, is checked with every default rule in
    /// memory that does not depend on its size.
    func testOneGigabyteInBoundedMemory() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["LAVANDE_SLOW_TESTS"] == "1",
                          "a 1 GB file: set LAVANDE_SLOW_TESTS=1 to run it")
        let folder = try TemporaryFolder()
        let header = Array("id;equipement;commune;code_postal;date_ouverture;montant;commentaire\n".utf8)
        let communes = ["Valence", "Die", "Crest", "Nyons", "Montélimar", "Romans-sur-Isère", "Livron-sur-Drôme"]
        let rows = Array((1...10_000).map { index in
            "\(index);Gymnase n°\(index % 97);\(communes[index % communes.count]);\(26_000 + index % 900);"
                + "2024-\(String(format: "%02d", index % 12 + 1))-15;\(index % 5000),\(index % 100);\"Entretien ; été \(index)\"\n"
        }.joined().utf8)
        let size = header.count + rows.count * ((1_000_000_000 - header.count) / rows.count + 1)
        let dataset = try folder.add(HostileEntry("gros", "equipements.csv") { path in
            try LargeFile.write(URL(fileURLWithPath: path), header: header, repeating: rows, size: size)
        })

        let output = folder.url.appendingPathComponent("rapport.json")
        let run = try CLIRunner.runBounded(["check", "--no-config", dataset, "--format", "json", "-o", output.path], timeout: 3600)
        assertEndedNormally(run, expecting: 0)
        assertPeakMemory(run, below: 300)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        XCTAssertEqual(report.file("equipements.csv")?["size"] as? Int, size)
        print("1 GB: \(run.figures), \(CLIRunner.binary.path)")
    }

    /// The widest table: more cells per row than the reader keeps (16,384), with every default
    /// rule. Memory grows with the columns kept (a profile per column), not with the file or its
    /// width past them: this test holds the bound docs/guarantees.md states for it.
    func testWidestTableWithTheDefaultRules() throws {
        let folder = try TemporaryFolder()
        let dataset = try folder.add(HostileEntry("large", "large.csv", bytes: HostileInputTests.wideTable(columns: 140_000, rows: 2)))
        let run = try CLIRunner.runBounded(["check", "--no-config", "--lang", "en", "--format", "json", dataset], timeout: 600)
        assertEndedNormally(run, expecting: 0)
        XCTAssertEqual(try run.jsonReport().rules(in: "large.csv"), [])
        XCTAssertEqual(try run.jsonReport().file("large.csv")?["columns"] as? Int, 140_000)
        assertPeakMemory(run, below: 300)
        print("140,000 columns: \(run.figures), \(CLIRunner.binary.path)")
    }
}
