/// Incremental UTF-8 validation, one byte at a time, so that a sequence split across two reads is
/// judged exactly as if it were whole.
///
/// Follows the Unicode "maximal subpart" rule: a sequence that breaks off is reported as one
/// invalid sequence made of the bytes consumed so far, and the byte that broke it is handed back
/// to be read again. Overlongs (C0, C1, E0 80–9F, F0 80–8F), surrogates (ED A0–BF) and code points
/// above U+10FFFF (F4 90–, F5–FF) are invalid.
struct UTF8Validator {
    /// An invalid sequence: how many bytes it held and how many of them were in 0x80–0x9F.
    struct InvalidSequence: Equatable {
        var length: Int
        var c1Count: Int
    }

    enum Step {
        /// The byte started or continued a sequence that is not complete yet.
        case pending
        /// The byte completed a valid scalar (or was ASCII).
        case scalar(UInt32)
        /// The bytes so far are invalid; when `reprocess` is true, the current byte was not part of
        /// them and must be fed again.
        case invalid(InvalidSequence, reprocess: Bool)
    }

    private var expected: UInt8 = 0
    private var consumed: UInt8 = 0
    private var c1InSequence: UInt8 = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF
    private var scalar: UInt32 = 0

    /// No sequence is under way: the next byte starts afresh.
    var isIdle: Bool { expected == 0 }

    @inline(__always)
    mutating func feed(_ byte: UInt8) -> Step {
        if expected == 0 {
            if byte < 0x80 { return .scalar(UInt32(byte)) }
            switch byte {
            case 0xC2...0xDF: begin(byte & 0x1F, expecting: 1, lower: 0x80, upper: 0xBF)
            case 0xE0: begin(0, expecting: 2, lower: 0xA0, upper: 0xBF)
            case 0xED: begin(0x0D, expecting: 2, lower: 0x80, upper: 0x9F)
            case 0xE1...0xEF: begin(byte & 0x0F, expecting: 2, lower: 0x80, upper: 0xBF)
            case 0xF0: begin(0, expecting: 3, lower: 0x90, upper: 0xBF)
            case 0xF1...0xF3: begin(byte & 0x07, expecting: 3, lower: 0x80, upper: 0xBF)
            case 0xF4: begin(4, expecting: 3, lower: 0x80, upper: 0x8F)
            default:
                return .invalid(Self.lone(byte), reprocess: false)
            }
            return .pending
        }
        guard byte >= lower && byte <= upper else {
            let broken = InvalidSequence(length: Int(consumed), c1Count: Int(c1InSequence))
            self = UTF8Validator()
            return .invalid(broken, reprocess: true)
        }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
        consumed += 1
        if byte <= 0x9F { c1InSequence += 1 }
        lower = 0x80
        upper = 0xBF
        expected -= 1
        guard expected == 0 else { return .pending }
        let complete = scalar
        self = UTF8Validator()
        return .scalar(complete)
    }

    /// The invalid sequence a byte 0x80 or above makes alone: one no sequence starts with, or a
    /// lead byte that the next byte, below 0x80, breaks off (its only byte, and not a C1 one).
    static func lone(_ byte: UInt8) -> InvalidSequence {
        InvalidSequence(length: 1, c1Count: byte <= 0x9F ? 1 : 0)
    }

    /// At the end of the input: the unfinished sequence, if any, is invalid.
    mutating func finish() -> InvalidSequence? {
        guard expected > 0 else { return nil }
        let broken = InvalidSequence(length: Int(consumed), c1Count: Int(c1InSequence))
        self = UTF8Validator()
        return broken
    }

    @inline(__always)
    private mutating func begin(_ bits: UInt8, expecting count: UInt8, lower: UInt8, upper: UInt8) {
        scalar = UInt32(bits)
        expected = count
        consumed = 1
        c1InSequence = 0
        self.lower = lower
        self.upper = upper
    }
}
