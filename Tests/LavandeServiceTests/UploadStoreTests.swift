import Foundation
@testable import LavandeService
import XCTest

final class UploadStoreTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-uploads-" + UUID().uuidString)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func keep(_ store: UploadStore, _ text: String, as path: String) throws -> UploadedFile {
        let staging = try store.makeStaging(budget: UploadBudget(limits: UploadLimits()))
        defer { staging.discard() }
        let writer = try staging.newFile(path: path)
        try writer.write(Data(text.utf8))
        return try store.keep([try writer.finish()])[0]
    }

    private func age(_ path: String, seconds: Double) throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-seconds)], ofItemAtPath: path)
    }

    func testSameBytesAreKeptOnceAndLaidOutUnderTheirPaths() throws {
        let store = try UploadStore(root: root.path)
        let first = try keep(store, "id;nom\n1;x\n", as: "a.csv")
        let second = try keep(store, "id;nom\n1;x\n", as: "sub/b.csv")
        XCTAssertEqual(first.sha256, second.sha256)
        let shard = String(first.sha256.prefix(2))
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: store.blobs).sorted(), [shard, shard + "/" + first.sha256])
        let folder = root.appendingPathComponent("work/jeu").path
        try store.materialise([first, second], into: folder)
        XCTAssertEqual(try String(contentsOfFile: folder + "/sub/b.csv", encoding: .utf8), "id;nom\n1;x\n")
        XCTAssertTrue(store.holds([first]))
    }

    func testBlobsNotLiveAndOldEnoughAreDeleted() throws {
        let store = try UploadStore(root: root.path)
        let live = try keep(store, "live", as: "a.csv")
        let dead = try keep(store, "dead", as: "b.csv")
        let fresh = try keep(store, "fresh", as: "c.csv")
        try age(try store.blobPath(live.sha256), seconds: 7_200)
        try age(try store.blobPath(dead.sha256), seconds: 7_200)
        XCTAssertEqual(store.deleteBlobs(except: [live.sha256], unlessNewerThan: 3_600), 1)
        XCTAssertTrue(store.holds([live, fresh]), "live and recent blobs are kept")
        XCTAssertFalse(store.holds([dead]))
        XCTAssertThrowsError(try store.materialise([dead], into: root.appendingPathComponent("w").path))
    }

    func testAbandonedStagingAndWorkFoldersAreRemoved() throws {
        let store = try UploadStore(root: root.path)
        let old = try store.makeStaging(budget: UploadBudget(limits: UploadLimits()))
        let current = try store.makeStaging(budget: UploadBudget(limits: UploadLimits()))
        let oldWork = store.work + "/4242-dead"
        try FileManager.default.createDirectory(atPath: oldWork + "/chk_x/jeu", withIntermediateDirectories: true)
        try age(old.folder, seconds: 2 * 86_400)
        try age(oldWork, seconds: 2 * 86_400)
        XCTAssertEqual(store.removeAbandonedScratch(olderThan: 86_400), 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: old.folder))
        XCTAssertFalse(FileManager.default.fileExists(atPath: oldWork))
        XCTAssertTrue(FileManager.default.fileExists(atPath: current.folder))
    }

    func testDigestsFromRecordsAreChecked() throws {
        let store = try UploadStore(root: root.path)
        for digest in ["../../etc/passwd", String(repeating: "A", count: 64), "ab", String(repeating: "a", count: 63) + "/"] {
            XCTAssertThrowsError(try store.blobPath(digest), digest)
        }
        let forged = UploadedFile(path: "../x.csv", sha256: String(repeating: "a", count: 64), size: 1)
        XCTAssertThrowsError(try store.materialise([forged], into: root.appendingPathComponent("w").path))
    }
}
