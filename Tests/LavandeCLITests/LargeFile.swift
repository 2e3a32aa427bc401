import Foundation

/// Large files written on the fly, a block at a time, so that neither the repository nor the
/// test process ever holds them.
enum LargeFile {
    /// Writes `header`, then `block` again and again, cut to exactly `size` bytes.
    static func write(_ url: URL, header: [UInt8] = [], repeating block: [UInt8], size: Int) throws {
        precondition(!block.isEmpty && header.count <= size)
        try Data(header).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        let data = Data(block)
        var written = header.count
        while written < size {
            let count = min(block.count, size - written)
            try handle.write(contentsOf: count == block.count ? data : data.prefix(count))
            written += count
        }
    }
}
