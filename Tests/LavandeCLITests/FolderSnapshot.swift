import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Everything a run could change in a folder, entry by entry, without opening what must not be
/// opened (a FIFO would block, a link is not followed): each entry's type, permissions, size,
/// modification and status-change times to the nanosecond, a regular file's bytes, a link's
/// target. A folder's times change when an entry is created or removed in it, even if another
/// takes its place; the status-change time changes with any write, `chmod` or `touch`.
struct FolderSnapshot {
    struct Entry: Equatable {
        var type: mode_t
        var permissions: mode_t
        var size: Int
        var modified: timespec
        var changed: timespec
        /// A regular file's bytes (nil when the snapshot cannot read it either).
        var bytes: Data?
        var linkTarget: String?
        /// A folder's entries could not be listed.
        var unlistable = false

        static func == (a: Entry, b: Entry) -> Bool {
            a.type == b.type && a.permissions == b.permissions && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
                && a.bytes == b.bytes && a.linkTarget == b.linkTarget && a.unlistable == b.unlistable
        }
    }

    /// Paths relative to the folder ("." for the folder itself).
    private(set) var entries: [String: Entry] = [:]

    init(_ folder: URL) throws {
        try add(folder.path, as: ".")
    }

    /// The paths whose entries differ, appeared or disappeared between two snapshots.
    func differences(from other: FolderSnapshot) -> [String] {
        Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
    }

    private mutating func add(_ path: String, as relative: String) throws {
        var status = stat()
        guard lstat(path, &status) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let type = status.st_mode & S_IFMT
        var entry = Entry(type: type, permissions: status.st_mode & 0o7777, size: Int(status.st_size),
                          modified: status.st_mtim, changed: status.st_ctim)
        switch type {
        case S_IFREG:
            entry.bytes = FileManager.default.contents(atPath: path)
        case S_IFLNK:
            entry.linkTarget = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
        case S_IFDIR:
            if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
                for name in names {
                    try add(path + "/" + name, as: relative == "." ? name : relative + "/" + name)
                }
            } else {
                entry.unlistable = true
            }
        default:
            break
        }
        entries[relative] = entry
    }
}
