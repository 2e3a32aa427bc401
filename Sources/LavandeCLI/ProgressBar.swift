import Foundation
import LavandeKit

/// The progress of a long run on standard error, redrawn in place four times a second: files and
/// megabytes read, the rate and the time left. Nothing is drawn during the first second, so short
/// runs print nothing; the line is erased when the run ends. The CLI shows it only when standard
/// error is a terminal (and `--quiet` is not given).
final class ProgressBar: @unchecked Sendable {
    private let progress: RunProgress
    private let started = Date()
    private let queue = DispatchQueue(label: "lavande.progress")
    private var timer: DispatchSourceTimer?
    private var drawn = false

    init(progress: RunProgress) {
        self.progress = progress
    }

    func start() {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + 1, repeating: .milliseconds(250))
        timer.setEventHandler { [weak self] in self?.draw() }
        self.timer = timer
        timer.resume()
    }

    /// Stops redrawing and erases the line.
    func stop() {
        queue.sync {
            timer?.cancel()
            timer = nil
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }

    private func draw() {
        let line = Self.line(progress.snapshot, elapsed: Date().timeIntervalSince(started))
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
        drawn = true
    }

    /// `[########----------------]  35 % · 12/40 files · 350/1000 MB · 85 MB/s · 8 s left`
    static func line(_ snapshot: RunProgress.Snapshot, elapsed: TimeInterval, width: Int = 24) -> String {
        let fraction = snapshot.totalBytes > 0 ? min(1, Double(snapshot.bytes) / Double(snapshot.totalBytes))
            : snapshot.totalFiles > 0 ? Double(snapshot.files) / Double(snapshot.totalFiles) : 0
        let filled = Int((fraction * Double(width)).rounded(.down))
        var parts = ["[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
            + String(format: " %3d %%", Int((fraction * 100).rounded(.down)))]
        parts.append("\(snapshot.files)/\(snapshot.totalFiles) files")
        parts.append(megabytes(snapshot.bytes) + "/" + megabytes(snapshot.totalBytes) + " MB")
        if elapsed > 0, snapshot.bytes > 0 {
            let rate = Double(snapshot.bytes) / elapsed
            parts.append(megabytes(Int(rate)) + " MB/s")
            let left = Double(max(0, snapshot.totalBytes - snapshot.bytes)) / rate
            parts.append(duration(left) + " left")
        }
        return parts.joined(separator: " · ")
    }

    /// Megabytes (10^6 bytes), with one decimal under 10.
    private static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_000_000
        return value < 10 ? String(format: "%.1f", value) : String(Int(value.rounded()))
    }

    /// "8 s", "3 min 05 s", "1 h 02 min".
    private static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        if total < 60 { return "\(total) s" }
        if total < 3600 { return String(format: "%d min %02d s", total / 60, total % 60) }
        return String(format: "%d h %02d min", total / 3600, total % 3600 / 60)
    }
}
