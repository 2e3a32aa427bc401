import LavandeTabular

/// Hands out a cell as trimmed UTF-8 bytes, whatever the file's encoding, without allocating:
/// Windows-1252 and ISO-8859-1 cells that hold bytes above 0x7F are transcoded into a buffer
/// reused from cell to cell (`TextDecoding.transcode`). Values are compared and validated in UTF-8
/// only.
struct CellText {
    /// For a single-byte encoding, the UTF-8 bytes of each of the 256 bytes, packed from the low
    /// byte, their count in the top byte; empty for UTF-8.
    private var utf8OfByte: [UInt32]
    private var scratch: [UInt8] = []

    init(encoding: TextEncoding) {
        utf8OfByte = TextDecoding.utf8Table(for: encoding) ?? []
    }

    /// A text with its own table, for another thread (a later part of a split file): the two
    /// would otherwise count references on the same array for every cell they transcode.
    func copied() -> CellText {
        var copy = self
        copy.utf8OfByte = utf8OfByte.map { $0 }
        copy.scratch = []
        return copy
    }

    /// Calls `body` with the cell's bytes, trimmed of spaces and tabs, in UTF-8.
    mutating func withTrimmedUTF8<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let trimmed = CellText.trim(bytes)
        guard !utf8OfByte.isEmpty, !CellBytes.isASCII(trimmed) else { return body(trimmed) }
        let capacity = TextDecoding.capacity(for: trimmed.count)
        if scratch.count < capacity { scratch = [UInt8](repeating: 0, count: max(256, capacity)) }
        return utf8OfByte.withUnsafeBufferPointer { table in
            scratch.withUnsafeMutableBufferPointer { out in
                let count = TextDecoding.transcode(trimmed, table: table, into: out.baseAddress!)
                return body(UnsafeBufferPointer(start: out.baseAddress, count: count))
            }
        }
    }

    /// The bytes without leading and trailing spaces and tabs.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        // Most cells begin and end with neither (two tests): handed back as they are.
        guard let first = bytes.first, let last = bytes.last, first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 else {
            return bytes
        }
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
