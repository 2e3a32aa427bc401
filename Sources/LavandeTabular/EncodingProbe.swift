/// What the sample at the start of a file says about its bytes: byte-order mark, UTF-16, binary
/// content, and a first guess of the encoding. Also the one rule that turns counts of high bytes
/// into an encoding, used for the sample's guess and again for the whole file at the end.
struct EncodingProbe {
    let byteOrderMark: ByteOrderMark?
    /// The sample's guess (`StreamInfo.encoding`).
    let encoding: TextEncoding
    /// Set when the sample is not text; the other properties are then meaningless.
    let binary: BinaryContent?

    var isUTF16: Bool { encoding == .utf16LE || encoding == .utf16BE }

    /// - Parameters:
    ///   - sample: the first bytes of the file.
    ///   - isWholeFile: the sample holds the whole file (an unfinished UTF-8 sequence at its end is
    ///     then invalid rather than cut).
    init(sample: UnsafeBufferPointer<UInt8>, isWholeFile: Bool) {
        let bom = Self.byteOrderMark(of: sample)
        byteOrderMark = bom
        switch bom {
        case .utf16LE?:
            (encoding, binary) = (.utf16LE, nil)
            return
        case .utf16BE?:
            (encoding, binary) = (.utf16BE, nil)
            return
        default: break
        }
        if let format = BinarySignatures.format(of: sample) {
            (encoding, binary) = (.ascii, BinaryContent(format: format, controlShare: BinarySignatures.controlShare(of: sample)))
            return
        }
        if let utf16 = Self.utf16WithoutBOM(sample) {
            (encoding, binary) = (utf16, nil)
            return
        }
        let share = BinarySignatures.controlShare(of: sample)
        if share > BinarySignatures.controlShareThreshold {
            (encoding, binary) = (.ascii, BinaryContent(format: nil, controlShare: share))
            return
        }
        let text = UnsafeBufferPointer(rebasing: sample[(bom?.length ?? 0)...])
        var validator = UTF8Validator()
        var invalid = 0, c1 = 0, high = false
        for byte in text {
            if byte >= 0x80 { high = true }
            if case .invalid(let bad, let reprocess) = validator.feed(byte) {
                invalid += 1
                c1 += bad.c1Count
                if reprocess, case .invalid(let again, _) = validator.feed(byte) { invalid += 1; c1 += again.c1Count }
            }
        }
        if isWholeFile, let bad = validator.finish() { invalid += 1; c1 += bad.c1Count }
        encoding = Self.decide(invalidSequences: invalid, c1Bytes: c1, sawHighBytes: high, utf8BOM: bom == .utf8)
        binary = nil
    }

    /// The encoding that high-byte counts point to: UTF-8 when every sequence was valid (ASCII
    /// when there was no high byte and no UTF-8 BOM), else Windows-1252 when a byte 0x80–0x9F
    /// appeared outside valid UTF-8, else ISO-8859-1. Never an Eastern-European code page.
    static func decide(invalidSequences: Int, c1Bytes: Int, sawHighBytes: Bool, utf8BOM: Bool) -> TextEncoding {
        if invalidSequences == 0 { return sawHighBytes || utf8BOM ? .utf8 : .ascii }
        return c1Bytes > 0 ? .windows1252 : .iso88591
    }

    static func byteOrderMark(of bytes: UnsafeBufferPointer<UInt8>) -> ByteOrderMark? {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return .utf8 }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return .utf16LE }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return .utf16BE }
        return nil
    }

    /// ASCII-heavy UTF-16 without a BOM: most code units have a zero high byte, so zeros gather at
    /// odd positions (little-endian) or even positions (big-endian) and almost never at the other.
    static func utf16WithoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let units = bytes.count / 2
        guard units >= 2 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for index in 0..<units {
            if bytes[2 * index] == 0 { evenZeros += 1 }
            if bytes[2 * index + 1] == 0 { oddZeros += 1 }
        }
        let most = Double(units) * 0.6, few = Double(units) * 0.05
        if Double(oddZeros) >= most && Double(evenZeros) <= few { return .utf16LE }
        if Double(evenZeros) >= most && Double(oddZeros) <= few { return .utf16BE }
        return nil
    }
}
