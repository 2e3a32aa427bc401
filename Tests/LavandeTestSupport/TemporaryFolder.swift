import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder in the temporary directory, removed with everything in it when the value goes away,
/// for the tests of every target.
public final class TemporaryFolder {
    public let url: URL
    public var path: String { url.path }

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lavande-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        TemporaryFolder.makeListable(path)
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` in UTF-8 at `name` (a path relative to the folder; its folders are made).
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes `bytes` at `name` (a path relative to the folder; its folders are made).
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Gives back the permissions a folder made unlistable needs to be emptied by a user other
    /// than root (a file, however unreadable, is removed without them). Links are not followed.
    private static func makeListable(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return }
        _ = chmod(path, 0o755)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            makeListable(path + "/" + name)
        }
    }
}
