import XCTest
@testable import LavandeKit
import LavandeTestSupport

final class DatasetScannerTests: XCTestCase {
    func testRootOfDatasets() throws {
        let folder = try TemporaryFolder()
        try folder.write("README.md", "racine")
        try folder.write("budget/budget.csv", "a\n")
        try folder.write("budget/LICENSE", "x")
        try folder.write("budget/annexes/detail.tsv", "a\n")
        try folder.write("meta/datapackage.json", "{}")
        try folder.write("vide/notes.md", "x")
        try folder.write(".cache/x.csv", "a\n")
        try folder.write(".git/objects/y.csv", "a\n")
        try folder.write("budget/.brouillon.csv", "a\n")
        let catalogue = try DatasetScanner().scan(paths: [folder.path])
        XCTAssertEqual(catalogue.datasets.map(\.name), ["budget", "budget/annexes", "meta"])
        XCTAssertEqual(catalogue.datasets[0].resources.map(\.reportPath), ["budget/budget.csv"])
        XCTAssertEqual(catalogue.datasets[0].documents, ["LICENSE"])
        XCTAssertEqual(catalogue.datasets[1].resources.map(\.pathInDataset), ["detail.tsv"])
        XCTAssertTrue(catalogue.datasets[2].resources.isEmpty)
    }

    func testSingleFileAndSeveralPaths() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a/x.csv", "a\n")
        try folder.write("b/y.csv", "a\n")
        let single = try DatasetScanner().scan(paths: [file])
        XCTAssertEqual(single.datasets.map(\.name), ["."])
        XCTAssertEqual(single.datasets[0].resources.map(\.reportPath), ["x.csv"])
        let both = try DatasetScanner().scan(paths: [(folder.path as NSString).appendingPathComponent("a"),
                                                     (folder.path as NSString).appendingPathComponent("b")])
        XCTAssertEqual(both.datasets.flatMap { $0.resources.map(\.reportPath) }, ["a/x.csv", "b/y.csv"])
        XCTAssertThrowsError(try DatasetScanner().scan(paths: [folder.path + "/absent"]))
    }

    func testUnreadableEntriesAreProblemsNotErrors() throws {
        let folder = try TemporaryFolder()
        try folder.write("d/ok.csv", "a\n")
        let base = (folder.path as NSString).appendingPathComponent("d")
        XCTAssertEqual(mkfifo(base + "/pipe.csv", 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: base + "/broken.csv", withDestinationPath: base + "/nowhere.csv")
        try FileManager.default.createSymbolicLink(atPath: base + "/loop.csv", withDestinationPath: base + "/loop.csv")
        try FileManager.default.createDirectory(atPath: base + "/folder.csv", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: base + "/up", withDestinationPath: folder.path)
        let catalogue = try DatasetScanner().scan(paths: [folder.path])
        let resources = catalogue.datasets.flatMap(\.resources)
        let problems = Dictionary(uniqueKeysWithValues: resources.map { ($0.pathInDataset, $0.problem?.kind) })
        XCTAssertEqual(problems["pipe.csv"], .fifo)
        XCTAssertEqual(problems["broken.csv"], .brokenSymlink)
        XCTAssertEqual(problems["loop.csv"], .symlinkLoop)
        XCTAssertEqual(problems["folder.csv"], .directory)
        XCTAssertEqual(problems["ok.csv"], .some(nil))
        XCTAssertEqual(problems["up"], .symlinkLoop, "a link back to an ancestor is a loop, not walked again")
    }
}
