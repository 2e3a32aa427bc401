import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LicenceDocumentReader {
    /// Read-only access to the files of one dataset folder: never a path outside it (no `..`, no
    /// absolute path, no symbolic link whose target lies outside), only regular files (a FIFO
    /// would block), at most 4 MB, decoded as UTF-8 (BOM removed), UTF-16 with a BOM, or
    /// Windows-1252.
    struct FolderAccess {
        static let maximumSize = 4 * 1024 * 1024

        enum Failure: Error, Equatable {
            case badPath
            case outside
            case notRegular
            case tooLarge(Int)
            case failed(String)

            func reason(for document: String) -> String {
                switch self {
                case .badPath: return "\(document) is not a path inside the dataset folder; not read"
                case .outside:
                    return "\(document) is a symbolic link to a file outside the dataset folder; not followed"
                case .notRegular: return "\(document) is not a regular file; not read"
                case let .tooLarge(size):
                    let megabytes = String(format: "%.1f", Double(size) / 1_048_576)
                    return "\(document) is larger than 4 MB (\(megabytes) MB); not read"
                case let .failed(message): return "\(document) cannot be read: \(message)"
                }
            }
        }

        let directory: String
        private let realDirectory: String?

        init(directory: String) {
            self.directory = directory
            realDirectory = FolderAccess.realPath(directory)
        }

        /// `relative` when it names something inside the folder: not empty, not absolute, no `..`.
        static func isSafe(_ relative: String) -> Bool {
            guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\0") else { return false }
            return !relative.split(separator: "/", omittingEmptySubsequences: false).contains("..")
        }

        /// The resolved path of `relative`, or why it may not be opened.
        func resolve(_ relative: String) -> Result<String, Failure> {
            guard FolderAccess.isSafe(relative) else { return .failure(.badPath) }
            let path = (directory as NSString).appendingPathComponent(relative)
            guard let real = FolderAccess.realPath(path) else {
                return .failure(.failed(String(cString: strerror(errno))))
            }
            guard let realDirectory, real.hasPrefix(realDirectory == "/" ? "/" : realDirectory + "/") else {
                return .failure(.outside)
            }
            return .success(real)
        }

        /// The whole text of a regular file of the folder.
        func text(_ relative: String) -> Result<String, Failure> {
            let real: String
            switch resolve(relative) {
            case let .failure(failure): return .failure(failure)
            case let .success(path): real = path
            }
            var status = stat()
            guard stat(real, &status) == 0 else { return .failure(.failed(String(cString: strerror(errno)))) }
            guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegular) }
            guard Int(status.st_size) <= FolderAccess.maximumSize else { return .failure(.tooLarge(Int(status.st_size))) }
            guard let data = FileManager.default.contents(atPath: real) else {
                return .failure(.failed("permission denied or I/O error"))
            }
            guard data.count <= FolderAccess.maximumSize else { return .failure(.tooLarge(data.count)) }
            return .success(FolderAccess.decode(Array(data)))
        }

        /// The first `limit` bytes of a regular file of the folder, decoded leniently (a data file's
        /// first lines); nil when it cannot be read.
        func head(_ relative: String, limit: Int = 65_536) -> String? {
            guard case let .success(real) = resolve(relative) else { return nil }
            var status = stat()
            guard stat(real, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
                  let handle = FileHandle(forReadingAtPath: real) else { return nil }
            defer { try? handle.close() }
            guard let data = try? handle.read(upToCount: limit) else { return nil }
            return String(decoding: FolderAccess.withoutBOM(Array(data)), as: UTF8.self)
        }

        /// The names of the entries of a sub-folder (`LICENSES`), hidden ones left out; nil when it
        /// is absent, not a folder, or lies outside the dataset folder.
        func entries(ofFolder relative: String) -> [String]? {
            guard case let .success(real) = resolve(relative) else { return nil }
            var status = stat()
            guard stat(real, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: real) else { return nil }
            return names.filter { !$0.hasPrefix(".") }.sorted()
        }

        /// Whether `relative` is a folder (a final symbolic link is not followed).
        func isFolder(_ relative: String) -> Bool {
            var status = stat()
            let path = (directory as NSString).appendingPathComponent(relative)
            return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
        }

        static func realPath(_ path: String) -> String? {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }

        static func withoutBOM(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
            bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        }

        static func decode(_ bytes: [UInt8]) -> String {
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
               let text = String(data: Data(bytes), encoding: .utf16) {
                return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            }
            let body = withoutBOM(bytes)
            if let text = String(validating: body, as: UTF8.self) { return text }
            if let text = String(data: Data(body), encoding: .windowsCP1252) { return text }
            return String(decoding: body, as: UTF8.self)
        }
    }

    /// The lines of a text, split at `\n`, `\r\n` and `\r` (the JSON reader counts lines the same way).
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append(text[start..<index])
                index = text.index(after: index)
                start = index
            } else {
                index = text.index(after: index)
            }
        }
        lines.append(text[start..<text.endIndex])
        return lines
    }
}
