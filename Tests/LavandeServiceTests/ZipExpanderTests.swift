import Foundation
@testable import LavandeService
import XCTest

final class ZipExpanderTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-zip-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func expand(_ zip: Data, limits: UploadLimits = UploadLimits()) throws -> [StagedFile] {
        let store = try UploadStore(root: root.path)
        let staging = try store.makeStaging(budget: UploadBudget(limits: limits))
        let location = staging.scratchLocation()
        try zip.write(to: URL(fileURLWithPath: location))
        return try ZipExpander().expand(zipAt: location, into: staging)
    }

    private func assertRefused(_ zip: Data, limits: UploadLimits = UploadLimits(), as expected: (UploadError) -> Bool,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try expand(zip, limits: limits), file: file, line: line) { error in
            guard let upload = error as? UploadError, expected(upload) else {
                return XCTFail("unexpected error \(error)", file: file, line: line)
            }
        }
    }

    func testAFolderZipIsExpandedWithoutItsTopFolder() throws {
        let csv = Data("id;nom\n1;Stade\n".utf8)
        let files = try expand(try ZipFixture.make([("mon-jeu/equipements.csv", .bytes(csv)), ("mon-jeu/docs/LISEZMOI.md", .bytes(Data("x".utf8))),
                                                    ("__MACOSX/mon-jeu/._equipements.csv", .bytes(Data("junk".utf8)))]))
        XCTAssertEqual(files.map(\.path), ["equipements.csv", "docs/LISEZMOI.md"])
        XCTAssertEqual(files.first?.size, csv.count)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: files[0].location)), csv)
        XCTAssertEqual(files[0].sha256, TokenSecret.hash("id;nom\n1;Stade\n"), "the blob is named by the SHA-256 of its bytes")
    }

    func testZipSlipAndAbsoluteEntriesAreRefused() throws {
        for path in ["../../evil.csv", "a/../../evil.csv", "/etc/cron.d/evil", "..\\evil.csv"] {
            assertRefused(try ZipFixture.make([("ok.csv", .bytes(Data("a".utf8))), (path, .bytes(Data("b".utf8)))])) {
                if case .unsafePath = $0 { return true } else { return false }
            }
        }
    }

    func testLinksAreRefused() throws {
        assertRefused(try ZipFixture.make([("passwd.csv", .link("/etc/passwd"))])) {
            if case .unsafePath = $0 { return true } else { return false }
        }
    }

    func testAHighlyCompressedEntryIsRefused() throws {
        // 50 MiB of zeros deflate to about 50 KiB: a ratio near 1,000.
        assertRefused(try ZipFixture.make([("bomb.csv", .zeros(50 << 20))])) {
            if case .tooLarge = $0 { return true } else { return false }
        }
    }

    func testAnArchiveLargerThanTheExpandedLimitIsRefusedBeforeExpanding() throws {
        var limits = UploadLimits()
        limits.maxExpandedBytes = 1_000
        assertRefused(try ZipFixture.make([("a.csv", .bytes(Data(count: 600))), ("b.csv", .bytes(Data(count: 600)))]), limits: limits) {
            if case .tooLarge = $0 { return true } else { return false }
        }
    }

    func testAnArchiveThatLiesAboutItsSizesIsStoppedWhileExpanding() throws {
        // Declares 1,000 bytes (under every limit), expands to 4 MiB.
        assertRefused(try ZipFixture.lyingAboutSize(path: "data.csv", actual: 4 << 20, declared: 1_000)) {
            if case let .tooLarge(message) = $0 { return message.contains("declares") } else { return false }
        }
    }

    func testTooManyEntriesAreRefused() throws {
        var limits = UploadLimits()
        limits.maxFiles = 3
        let entries = (0..<4).map { ("f\($0).csv", ZipFixture.Content.bytes(Data("x".utf8))) }
        assertRefused(try ZipFixture.make(entries), limits: limits) {
            if case .tooLarge = $0 { return true } else { return false }
        }
    }

    func testNotAZipIsMalformed() throws {
        assertRefused(Data("id;nom\n1;x\n".utf8)) {
            if case .malformed = $0 { return true } else { return false }
        }
    }
}
