import Foundation
import ZIPFoundation

/// Expands a zip of a dataset folder into staged files, refusing what could harm the server:
/// entries leaving the folder (zip slip) or with absolute paths, links, too many entries, and
/// zip bombs — declared sizes are checked first, then the bytes really produced are counted as
/// they come out, so an archive that lies about its sizes is stopped too.
struct ZipExpander {
    /// Entries that archivers add and that are not part of a dataset.
    private static func isArchiverNoise(_ path: String) -> Bool {
        path.hasPrefix("__MACOSX/") || path == ".DS_Store" || path.hasSuffix("/.DS_Store")
    }

    func expand(zipAt location: String, into staging: Staging) throws -> [StagedFile] {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: location), accessMode: .read)
        } catch {
            throw UploadError.malformed("the upload is not a readable zip archive")
        }
        let limits = staging.budget.limits
        var entries: [(entry: Entry, path: String)] = []
        var declared: UInt64 = 0
        for entry in archive {
            let rawPath = entry.path.replacingOccurrences(of: "\\", with: "/")
            if entry.type == .directory || ZipExpander.isArchiverNoise(rawPath) { continue }
            guard entry.type == .file else { throw UploadError.unsafePath("link in the archive refused: \(UploadPath.shown(entry.path))") }
            let path = try UploadPath.sanitise(entry.path)
            guard entries.count < limits.maxFiles else { throw UploadError.tooLarge("more than \(limits.maxFiles) files in the archive") }
            declared += entry.uncompressedSize
            guard declared <= UInt64(limits.maxExpandedBytes) else {
                throw UploadError.tooLarge("the archive expands to more than \(limits.maxExpandedBytes) bytes")
            }
            if entry.uncompressedSize > UInt64(limits.ratioFloorBytes),
               entry.uncompressedSize / max(entry.compressedSize, 1) > UInt64(limits.maxRatio) {
                throw UploadError.tooLarge("\(UploadPath.shown(path)) expands more than \(limits.maxRatio) times (a zip bomb?)")
            }
            entries.append((entry, path))
        }
        let paths = ZipExpander.withoutCommonFolder(entries.map(\.path))
        var staged: [StagedFile] = []
        for ((entry, _), path) in zip(entries, paths) {
            let writer = try staging.newFile(path: path)
            var produced: UInt64 = 0
            do {
                _ = try archive.extract(entry, bufferSize: 64 << 10) { data in
                    produced += UInt64(data.count)
                    // The header lied: more bytes than declared is a bomb, whatever the totals.
                    guard produced <= entry.uncompressedSize else {
                        throw UploadError.tooLarge("\(UploadPath.shown(path)) expands past the size its archive declares (a zip bomb?)")
                    }
                    try writer.write(data)
                }
            } catch let error as UploadError {
                writer.abandon()
                throw error
            } catch {
                writer.abandon()
                throw UploadError.malformed("\(UploadPath.shown(path)) cannot be read from the archive (\(error))")
            }
            staged.append(try writer.finish())
        }
        return staged
    }

    /// A zip of a folder usually holds `folder/…`: that one folder is the dataset, not a level
    /// of it.
    static func withoutCommonFolder(_ paths: [String]) -> [String] {
        guard let first = paths.first?.split(separator: "/").first, paths.allSatisfy({ $0.split(separator: "/").count > 1 }),
              paths.allSatisfy({ $0.split(separator: "/").first == first }) else { return paths }
        return paths.map { String($0.dropFirst(first.count + 1)) }
    }
}
