import Foundation
import ZIPFoundation

/// Zip archives built in memory for tests, hostile ones included.
enum ZipFixture {
    enum Content {
        case bytes(Data)
        /// `count` zero bytes, deflated: a tiny entry that expands a lot.
        case zeros(Int)
        /// A symbolic link to this target.
        case link(String)
    }

    static func make(_ entries: [(path: String, content: Content)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, content) in entries {
            switch content {
            case let .bytes(data):
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            case let .zeros(count):
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(count), compressionMethod: .deflate) { _, size in
                    Data(count: size)
                }
            case let .link(target):
                let bytes = Data(target.utf8)
                try archive.addEntry(with: path, type: .symlink, uncompressedSize: Int64(bytes.count)) { _, _ in bytes }
            }
        }
        return archive.data!
    }

    /// A zip whose single entry declares `declared` bytes but expands to `actual` zero bytes:
    /// the sizes in both its local header and its central directory are rewritten.
    static func lyingAboutSize(path: String, actual: Int, declared: UInt32) throws -> Data {
        var data = try make([(path, .zeros(actual))])
        let little = withUnsafeBytes(of: declared.littleEndian) { Data($0) }
        // Local file header: signature 50 4B 03 04, uncompressed size at offset 22.
        data.replaceSubrange(22..<26, with: little)
        // Central directory header: signature 50 4B 01 02, uncompressed size at offset 24.
        let central = data.range(of: Data([0x50, 0x4B, 0x01, 0x02]))!.lowerBound
        data.replaceSubrange(central + 24..<central + 28, with: little)
        return data
    }
}
