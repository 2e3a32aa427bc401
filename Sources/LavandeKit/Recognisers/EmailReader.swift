/// Reads e-mail addresses the pragmatic way: a local part of 1–64 ASCII characters among letters,
/// digits and ``!#$%&'*+/=?^_`{|}~.-`` with no dot at either end and no `..`, one `@`, then a
/// ``DomainName`` with a dot and a top-level domain. No spaces, no quoted local parts, no
/// `mailto:`; at most 254 bytes.
enum EmailReader {
    /// Bytes of an address: `a@b.fr` at least, 254 at most.
    static let lengths = 6...254

    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard lengths.contains(cell.count) else { return nil }
        var index = 0
        var previous: UInt8 = CellBytes.point
        while index < cell.count {
            let byte = cell[index]
            if byte == CellBytes.at { break }
            guard isLocalPartByte(byte), !(byte == CellBytes.point && previous == CellBytes.point) else { return nil }
            previous = byte
            index += 1
        }
        guard index > 0, index <= 64, index < cell.count, previous != CellBytes.point,
              DomainName.isValid(cell, from: index + 1, to: cell.count) else { return nil }
        return ValueReading()
    }

    /// Letters, digits and the specials RFC 5322 allows in an unquoted local part.
    @inline(__always)
    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        if CellBytes.isLetter(byte) || CellBytes.isDigit(byte) { return true }
        switch byte {
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x2F, 0x3D, 0x3F, 0x5E, 0x5F, 0x60, 0x7B, 0x7C, 0x7D, 0x7E:
            return true
        default:
            return false
        }
    }
}
