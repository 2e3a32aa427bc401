import Foundation
import LavandeTabular
import XCTest

final class FileByteSourceTests: XCTestCase {
    func testReadsAFileInChunks() throws {
        let path = NSTemporaryDirectory() + "lavande-\(UUID().uuidString).csv"
        let text = "a;b\n" + String(repeating: "1;été\n", count: 10_000)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var limits = ReaderLimits()
        limits.chunkSize = 4096
        let result = try readFile(path, limits: limits)
        XCTAssertEqual(result.facts.size, text.utf8.count)
        XCTAssertEqual(result.facts.recordCount, 10_001)
        XCTAssertEqual(result.facts.encoding, .utf8)
    }

    func testOpenFailureNamesTheReason() {
        XCTAssertThrowsError(try FileByteSource(path: "/nonexistent/lavande.csv")) { error in
            let failure = error as? ByteSourceError
            XCTAssertEqual(failure?.errno, ENOENT)
            XCTAssertEqual(failure?.description, "cannot open /nonexistent/lavande.csv: No such file or directory")
        }
    }

    /// An entry that became a FIFO after the scan is opened without blocking, then refused.
    func testAFIFOIsRefusedWithoutBlocking() throws {
        let path = NSTemporaryDirectory() + "lavande-\(UUID().uuidString).csv"
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertThrowsError(try FileByteSource(path: path)) { error in
            XCTAssertEqual((error as? ByteSourceError)?.errno, EINVAL)
        }
    }
}
