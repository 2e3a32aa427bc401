/// Turns UTF-16 bytes into UTF-8 as they stream in, so that the rest of the reader only ever splits
/// UTF-8. A code unit or a surrogate pair split across two reads is carried over; a lone surrogate
/// becomes U+FFFD (which the reader then counts as an invalid sequence).
struct UTF16Transcoder {
    let bigEndian: Bool
    private var carriedByte: UInt8?
    private var highSurrogate: UInt16?

    init(bigEndian: Bool) { self.bigEndian = bigEndian }

    /// The most UTF-8 bytes `transcode` can write for `count` input bytes.
    static func maxOutput(forInput count: Int) -> Int { (count / 2 + 1) * 3 + 4 }

    /// Transcodes `input` into `output` (at least `maxOutput(forInput:)` long); returns the number
    /// of bytes written.
    mutating func transcode(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        var index = 0
        if let first = carriedByte, !input.isEmpty {
            carriedByte = nil
            unit(pair(first, input[0]), output, &written)
            index = 1
        }
        while index + 1 < input.count {
            unit(pair(input[index], input[index + 1]), output, &written)
            index += 2
        }
        if index < input.count { carriedByte = input[index] }
        return written
    }

    /// At the end of the input: a dangling half code unit or high surrogate becomes U+FFFD.
    mutating func finish(into output: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        if highSurrogate != nil || carriedByte != nil {
            Self.put(0xFFFD, output, &written)
        }
        highSurrogate = nil
        carriedByte = nil
        return written
    }

    @inline(__always)
    private func pair(_ first: UInt8, _ second: UInt8) -> UInt16 {
        bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
    }

    @inline(__always)
    private mutating func unit(_ unit: UInt16, _ output: UnsafeMutablePointer<UInt8>, _ written: inout Int) {
        if let high = highSurrogate {
            highSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let scalar = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                Self.put(scalar, output, &written)
                return
            }
            Self.put(0xFFFD, output, &written)
        }
        switch unit {
        case 0xD800...0xDBFF: highSurrogate = unit
        case 0xDC00...0xDFFF: Self.put(0xFFFD, output, &written)
        default: Self.put(UInt32(unit), output, &written)
        }
    }

    @inline(__always)
    private static func put(_ scalar: UInt32, _ output: UnsafeMutablePointer<UInt8>, _ written: inout Int) {
        switch scalar {
        case 0..<0x80:
            output[written] = UInt8(scalar)
            written += 1
        case 0x80..<0x800:
            output[written] = UInt8(0xC0 | scalar >> 6)
            output[written + 1] = UInt8(0x80 | scalar & 0x3F)
            written += 2
        case 0x800..<0x10000:
            output[written] = UInt8(0xE0 | scalar >> 12)
            output[written + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            output[written + 2] = UInt8(0x80 | scalar & 0x3F)
            written += 3
        default:
            output[written] = UInt8(0xF0 | scalar >> 18)
            output[written + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            output[written + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            output[written + 3] = UInt8(0x80 | scalar & 0x3F)
            written += 4
        }
    }
}
