import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the datasets under the paths given to `lavande check`: a file, a dataset folder, or a
/// root holding many dataset folders. Never follows a symlink loop, never opens a FIFO, never
/// writes anything; entries it cannot read become `FileAccessProblem`s, not errors.
public struct DatasetScanner: Sendable {
    /// Extensions of files read as tables (`.txt` only when it proves delimited).
    public static let tabularExtensions: Set<String> = ["csv", "tsv", "txt"]

    public init() {}

    public enum ScanError: Error, CustomStringConvertible {
        case notFound(String)

        public var description: String {
            switch self {
            case let .notFound(path): return "no such file or folder: \(path)"
            }
        }
    }

    public func scan(paths: [String]) throws -> DatasetCatalogue {
        let absolute = try paths.map { path -> String in
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw ScanError.notFound(path)
            }
            return url.path
        }
        let root = DatasetScanner.commonRoot(of: absolute)
        let containment = LinkContainment(root: root)
        var folders: [String: [Entry]] = [:]
        var visited = Set<FileIdentity>()
        for path in absolute {
            if DatasetScanner.isDirectory(path) {
                walk(directory: path, into: &folders, visited: &visited, containment: containment)
            } else {
                let parent = (path as NSString).deletingLastPathComponent
                if folders[parent] == nil { folders[parent] = documents(besides: parent, containment: containment) }
                // A file named on the command line is read wherever its links lead: the user chose it.
                folders[parent, default: []].append(entry(at: path, containment: nil))
            }
        }
        let datasets = folders.keys.sorted().compactMap { directory -> Dataset? in
            makeDataset(directory: directory, entries: folders[directory]!, root: root)
        }
        return DatasetCatalogue(root: root, datasets: datasets)
    }

    // MARK: Walking

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private struct Entry {
        var path: String
        var name: String { (path as NSString).lastPathComponent }
        var problem: FileAccessProblem?
        var isRegular: Bool
    }

    private func walk(directory: String, into folders: inout [String: [Entry]], visited: inout Set<FileIdentity>,
                      containment: LinkContainment) {
        var status = stat()
        guard stat(directory, &status) == 0 else { return }
        guard visited.insert(FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted else {
            folders[(directory as NSString).deletingLastPathComponent, default: []].append(
                Entry(path: directory, problem: FileAccessProblem(kind: .symlinkLoop, detail: "folder already visited through a symbolic link"), isRegular: false))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            folders[directory, default: []].append(
                Entry(path: directory, problem: FileAccessProblem(kind: .permission, detail: "cannot list the folder: \(error.localizedDescription)"), isRegular: false))
            return
        }
        var entries: [Entry] = []
        for name in names where !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            let found = entry(at: path, containment: containment)
            if found.problem == nil && !found.isRegular {
                // REUSE's LICENSES/ folder holds the licence texts of its parent: not a dataset.
                if name == "LICENSES" { continue }
                walk(directory: path, into: &folders, visited: &visited, containment: containment)
            } else {
                entries.append(found)
            }
        }
        folders[directory, default: []].append(contentsOf: entries)
    }

    /// The documents of the folder of a file given alone (its licence, its metadata): the regular
    /// files that are not tables. The other data files of the folder are not checked.
    private func documents(besides folder: String, containment: LinkContainment) -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") && !DatasetScanner.tabularExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .map { entry(at: (folder as NSString).appendingPathComponent($0), containment: containment) }
            .filter { $0.isRegular && $0.problem == nil }
    }

    /// Classifies one entry without opening it (a FIFO would block). With a `containment`, a link
    /// leading outside the checked folder is a problem, not followed.
    private func entry(at path: String, containment: LinkContainment?) -> Entry {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            return Entry(path: path, problem: FileAccessProblem(kind: .other, detail: String(cString: strerror(errno))), isRegular: false)
        }
        var target = stat()
        if stat(path, &target) != 0 {
            let code = errno
            let kind: FileAccessProblem.Kind = code == ELOOP ? .symlinkLoop : (code == ENOENT ? .brokenSymlink : .other)
            return Entry(path: path, problem: FileAccessProblem(kind: kind, detail: String(cString: strerror(code))), isRegular: false)
        }
        if let containment, (link.st_mode & S_IFMT) == S_IFLNK, !containment.contains(path) {
            return Entry(path: path, problem: FileAccessProblem(kind: .linkOutside, detail: "symbolic link to a place outside the checked folder; not followed"),
                         isRegular: false)
        }
        let type = target.st_mode & S_IFMT
        let extensionIsTabular = DatasetScanner.tabularExtensions.contains((path as NSString).pathExtension.lowercased())
        switch type {
        case S_IFREG:
            if access(path, R_OK) != 0 {
                return Entry(path: path, problem: FileAccessProblem(kind: .permission, detail: String(cString: strerror(errno))), isRegular: true)
            }
            return Entry(path: path, problem: nil, isRegular: true)
        case S_IFDIR:
            if extensionIsTabular {
                return Entry(path: path, problem: FileAccessProblem(kind: .directory, detail: "is a folder"), isRegular: false)
            }
            return Entry(path: path, problem: nil, isRegular: false)
        case S_IFIFO:
            return Entry(path: path, problem: FileAccessProblem(kind: .fifo, detail: "is a named pipe (FIFO)"), isRegular: false)
        default:
            return Entry(path: path, problem: FileAccessProblem(kind: .special, detail: "is a device or socket"), isRegular: false)
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    // MARK: Datasets

    private func makeDataset(directory: String, entries: [Entry], root: String) -> Dataset? {
        var resources: [Resource] = []
        var documents: [String] = []
        var hasDataPackage = false
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let isTabular = DatasetScanner.tabularExtensions.contains((entry.name as NSString).pathExtension.lowercased())
            if entry.problem != nil || isTabular {
                resources.append(Resource(pathInDataset: entry.name,
                                          reportPath: DatasetScanner.relative(entry.path, to: root),
                                          path: entry.path, problem: entry.problem))
            } else if entry.isRegular {
                documents.append(entry.name)
                if entry.name == "datapackage.json" { hasDataPackage = true }
            }
        }
        guard !resources.isEmpty || hasDataPackage else { return nil }
        return Dataset(name: DatasetScanner.relative(directory, to: root), directory: directory,
                       resources: resources, documents: documents)
    }

    static func relative(_ path: String, to root: String) -> String {
        if path == root { return "." }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The deepest folder holding every path (a file's own folder when it is alone).
    static func commonRoot(of paths: [String]) -> String {
        let folders = paths.map { isDirectory($0) ? $0 : ($0 as NSString).deletingLastPathComponent }
        guard var common = folders.first?.split(separator: "/", omittingEmptySubsequences: false) else { return "/" }
        for folder in folders.dropFirst() {
            let parts = folder.split(separator: "/", omittingEmptySubsequences: false)
            var shared = 0
            while shared < min(common.count, parts.count), common[shared] == parts[shared] { shared += 1 }
            common = Array(common.prefix(shared))
        }
        let joined = common.joined(separator: "/")
        return joined.isEmpty ? "/" : joined
    }
}

/// Where symbolic links may lead: inside the checked root, both compared once resolved.
private struct LinkContainment {
    private let root: String?

    init(root: String) {
        self.root = LinkContainment.resolved(root)
    }

    /// Whether `path`, once every link in it is resolved, lies in the checked root.
    func contains(_ path: String) -> Bool {
        guard let root, let target = LinkContainment.resolved(path) else { return false }
        return target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
