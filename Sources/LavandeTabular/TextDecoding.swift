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
            return singleByte(bytes) { UInt32($0) }
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
        singleByte(bytes) { windows1252Table[Int($0)] }
    }

    /// The text of a single-byte encoding, each byte's scalar written straight into the string as
    /// UTF-8. Appending scalars to a `String.UnicodeScalarView` took the standard library's generic
    /// path instead, with a look-up of type metadata per byte: about 800 instructions a byte.
    @inline(__always)
    private static func singleByte(_ bytes: UnsafeBufferPointer<UInt8>, scalar: (UInt8) -> UInt32) -> String {
        String(unsafeUninitializedCapacity: 3 * bytes.count) { text in
            var count = 0
            for byte in bytes {
                var packed = packedUTF8(scalar(byte))
                for _ in 0..<Int(packed >> 24) {
                    text[count] = UInt8(truncatingIfNeeded: packed)
                    packed >>= 8
                    count += 1
                }
            }
            return count
        }
    }

    /// The UTF-8 bytes of a scalar below U+10000 (the scalars of single-byte encodings), packed
    /// from the low byte, their count in the top byte.
    public static func packedUTF8(_ scalar: UInt32) -> UInt32 {
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
