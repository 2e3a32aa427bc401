import LavandeTabular

/// Hands out a cell as trimmed UTF-8 bytes, whatever the file's encoding, without allocating:
/// Windows-1252 and ISO-8859-1 cells that hold bytes above 0x7F are transcoded into a buffer
/// reused from cell to cell. Values are compared and validated in UTF-8 only.
struct CellText {
    private let encoding: TextEncoding
    private var scratch: [UInt8] = []

    init(encoding: TextEncoding) {
        self.encoding = encoding
        scratch.reserveCapacity(256)
    }

    /// Calls `body` with the cell's bytes, trimmed of spaces and tabs, in UTF-8.
    mutating func withTrimmedUTF8<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let trimmed = CellText.trim(bytes)
        guard encoding == .windows1252 || encoding == .iso88591, trimmed.contains(where: { $0 >= 0x80 }) else {
            return body(trimmed)
        }
        scratch.removeAll(keepingCapacity: true)
        for byte in trimmed {
            let scalar = encoding == .windows1252 ? TextDecoding.windows1252Scalar(byte) : UInt32(byte)
            appendUTF8(scalar)
        }
        return scratch.withUnsafeBufferPointer(body)
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            scratch.append(UInt8(scalar))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The bytes without leading and trailing spaces and tabs.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
