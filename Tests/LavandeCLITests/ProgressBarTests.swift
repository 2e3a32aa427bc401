import XCTest
@testable import LavandeCLI
import LavandeKit

/// The line of the progress bar; the bar itself is shown only on a terminal (not in tests).
final class ProgressBarTests: XCTestCase {
    func testLineShowsShareFilesMegabytesRateAndTimeLeft() {
        let snapshot = RunProgress.Snapshot(files: 12, totalFiles: 40, bytes: 350_000_000, totalBytes: 1_000_000_000)
        XCTAssertEqual(ProgressBar.line(snapshot, elapsed: 4),
                       "[########----------------]  35 % · 12/40 files · 350/1000 MB · 88 MB/s · 8 s left")
        let slow = RunProgress.Snapshot(files: 0, totalFiles: 1, bytes: 1_000_000, totalBytes: 8_000_000)
        XCTAssertEqual(ProgressBar.line(slow, elapsed: 2),
                       "[###---------------------]  12 % · 0/1 files · 1.0/8.0 MB · 0.5 MB/s · 14 s left")
        let long = RunProgress.Snapshot(files: 1, totalFiles: 9, bytes: 1_000_000, totalBytes: 10_000_000_000)
        XCTAssertTrue(ProgressBar.line(long, elapsed: 1).hasSuffix("1.0 MB/s · 2 h 46 min left"))
    }

    func testLineBeforeAnyByteAndForEmptyFiles() {
        XCTAssertEqual(ProgressBar.line(RunProgress.Snapshot(files: 0, totalFiles: 3, bytes: 0, totalBytes: 0), elapsed: 1),
                       "[------------------------]   0 % · 0/3 files · 0.0/0.0 MB")
        XCTAssertEqual(ProgressBar.line(RunProgress.Snapshot(files: 3, totalFiles: 3, bytes: 0, totalBytes: 0), elapsed: 1),
                       "[########################] 100 % · 3/3 files · 0.0/0.0 MB")
    }
}
