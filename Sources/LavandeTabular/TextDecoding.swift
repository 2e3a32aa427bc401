/// Turns cell bytes into `String`s, off the hot path (examples in findings, header names).
/// Never fails: bytes that are not valid in the stated encoding are read as Windows-1252.
public enum TextDecoding {
    /// Decodes `bytes` written in `encoding`. UTF-16 is read as UTF-8, because the reader hands out
    /// UTF-16 records transcoded to UTF-8 (`StreamInfo.recordEncoding`).
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>, encoding: TextEncoding) -> String {
        switch encoding {
        case .ascii, .utf8, .utf16LE, .utf16BE:
            return isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : windows1252(bytes)
        case .windows1252:
            return windows1252(bytes)
        case .iso88591:
            return singleByte(bytes, table: iso88591UTF8)
        }
    }

    /// Decodes one cell (its kept bytes, which may be a truncated beginning).
    public static func string(_ field: Field, encoding: TextEncoding) -> String {
        string(field.bytes, encoding: encoding)
    }

    /// Whether `bytes` are well-formed UTF-8 (no overlong, no surrogate, nothing above U+10FFFF).
    public static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var validator = UTF8Validator()
        for byte in bytes {
            if case .invalid = validator.feed(byte) { return false }
        }
        return validator.finish() == nil
    }

    private static func windows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        singleByte(bytes, table: windows1252UTF8)
    }

    /// The text of a single-byte encoding, written straight into the string as UTF-8
    /// (`transcode`). Appending scalars to a `String.UnicodeScalarView` took the standard library's
    /// generic path instead, with a look-up of type metadata per byte: about 800 instructions a byte.
    private static func singleByte(_ bytes: UnsafeBufferPointer<UInt8>, table: [UInt32]) -> String {
        guard !bytes.isEmpty else { return "" }
        return table.withUnsafeBufferPointer { table in
            String(unsafeUninitializedCapacity: capacity(for: bytes.count)) { text in transcode(bytes, table: table, into: text.baseAddress!) }
        }
    }

    /// For each byte of a single-byte encoding, its UTF-8 bytes packed from the low byte, their
    /// count in the top byte (the table `transcode` reads); nil for the other encodings.
    public static func utf8Table(for encoding: TextEncoding) -> [UInt32]? {
        switch encoding {
        case .windows1252: windows1252UTF8
        case .iso88591: iso88591UTF8
        default: nil
        }
    }

    private static let windows1252UTF8 = windows1252Table.map(packedUTF8)
    private static let iso88591UTF8 = (0...255).map { packedUTF8(UInt32($0)) }

    /// Writes single-byte text as UTF-8 into `target`: eight ASCII bytes at a time as they are
    /// (every table maps them to themselves), any other byte through `table` (`utf8Table`);
    /// returns how many bytes it wrote. `target` has room for three bytes per byte and one more
    /// (`capacity(for:)`).
    ///
    /// Each byte read through the table has its four packed bytes written at once and the count
    /// moved on by the number of them that are UTF-8 (the bytes written past them are overwritten
    /// by the next character or left beyond the count): no branch on a character's width, where a
    /// loop over its bytes took one to three turns from one accented letter to the next.
    public static func transcode(_ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt32>,
                                 into target: UnsafeMutablePointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let output = UnsafeMutableRawPointer(target)
        var count = 0
        var index = 0
        @inline(__always) func writeThroughTable(_ byte: UInt8) {
            let packed = table[Int(byte)]
            output.storeBytes(of: packed.littleEndian, toByteOffset: count, as: UInt32.self)
            count &+= Int(packed >> 24)
        }
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 == 0 {
                output.storeBytes(of: word, toByteOffset: count, as: UInt64.self)
                count &+= 8
            } else {
                for offset in 0..<8 { writeThroughTable(base[index &+ offset]) }
            }
            index &+= 8
        }
        while index < bytes.count {
            writeThroughTable(base[index])
            index &+= 1
        }
        return count
    }

    /// The bytes `transcode` needs in its target for `count` bytes of single-byte text: three
    /// each (€, U+20AC, the widest, takes three) and one for the last character's fourth byte.
    public static func capacity(for count: Int) -> Int { 3 * count + 1 }

    /// The UTF-8 bytes of a scalar below U+10000 (the scalars of single-byte encodings), packed
    /// from the low byte, their count in the top byte.
    private static func packedUTF8(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case ..<0x80: return 1 << 24 | scalar
        case ..<0x800: return 2 << 24 | (0x80 | scalar & 0x3F) << 8 | (0xC0 | scalar >> 6)
        default: return 3 << 24 | (0x80 | scalar & 0x3F) << 16 | (0x80 | (scalar >> 6) & 0x3F) << 8 | (0xE0 | scalar >> 12)
        }
    }

    /// The Unicode scalar value of a Windows-1252 byte.
    @inline(__always)
    public static func windows1252Scalar(_ byte: UInt8) -> UInt32 { windows1252Table[Int(byte)] }

    /// Windows-1252 to Unicode, all 256 bytes. The five bytes Windows-1252 leaves undefined (0x81,
    /// 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as in the WHATWG encoding
    /// standard.
    static let windows1252Table: [UInt32] = {
        var table = (0..<256).map { UInt32($0) }
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        table.replaceSubrange(0x80..<0xA0, with: high)
        return table
    }()
}
