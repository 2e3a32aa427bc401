/// A set of Unicode scalars as sorted, disjoint, non-adjacent ranges: what one `.`, class, escape or
/// literal of a pattern matches. Surrogate code points are never members (they have no UTF-8 form).
///
/// `utf8Sequences` turns the set into the byte sequences that encode exactly its members, so the
/// byte-level automaton consumes a whole character per class and never matches half of one.
struct ScalarSet: Equatable {
    static let maxScalar: UInt32 = 0x10FFFF
    private static let surrogates: ClosedRange<UInt32> = 0xD800...0xDFFF

    private(set) var ranges: [ClosedRange<UInt32>] = []

    init() {}

    init(ranges: [ClosedRange<UInt32>]) {
        self.ranges = ranges
        normalise()
    }

    /// `[0-9]`: `\d` on ASCII.
    static let asciiDigits = ScalarSet(ranges: [0x30...0x39])
    /// `[A-Za-z0-9_]`: `\w` on ASCII.
    static let asciiWord = ScalarSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    /// `\s` as ICU defines it: the Unicode White_Space property, exact for every scalar.
    static let whiteSpace = ScalarSet(ranges: [
        0x09...0x0D, 0x20...0x20, 0x85...0x85, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A,
        0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000,
    ])
    /// `.` as ICU defines it without DOTALL: any scalar except the line terminators
    /// `\n \v \f \r` U+0085 U+2028 U+2029.
    static let dot = ScalarSet(ranges: [0x0A...0x0D, 0x85...0x85, 0x2028...0x2029]).inverted()
    static let ascii = ScalarSet(ranges: [0...0x7F])
    static let nonASCII = ScalarSet(ranges: [0x80...maxScalar])

    var hasNonASCII: Bool { (ranges.last?.upperBound ?? 0) > 0x7F }

    func union(_ other: ScalarSet) -> ScalarSet {
        ScalarSet(ranges: ranges + other.ranges)
    }

    func intersection(_ other: ScalarSet) -> ScalarSet {
        inverted().union(other.inverted()).inverted()
    }

    /// Every scalar not in the set.
    func inverted() -> ScalarSet {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= Self.maxScalar { result.append(next...Self.maxScalar) }
        return ScalarSet(ranges: result)
    }

    /// The set with both cases of each ASCII letter it holds (ASCII case folding only).
    func asciiCaseClosed() -> ScalarSet {
        var extra: [ClosedRange<UInt32>] = []
        for range in ranges {
            if range.overlaps(0x41...0x5A) {
                let upper = range.clamped(to: 0x41...0x5A)
                extra.append((upper.lowerBound + 32)...(upper.upperBound + 32))
            }
            if range.overlaps(0x61...0x7A) {
                let lower = range.clamped(to: 0x61...0x7A)
                extra.append((lower.lowerBound - 32)...(lower.upperBound - 32))
            }
        }
        return ScalarSet(ranges: ranges + extra)
    }

    /// The fewest and most UTF-8 bytes one member takes (1 to 4 for an empty set, which matches
    /// nothing: any bounds are then correct, and these stay conservative when another reading of
    /// the same class is not empty).
    var utf8Lengths: ClosedRange<Int> {
        guard let first = ranges.first, let last = ranges.last else { return 1...4 }
        return Self.utf8Length(first.lowerBound)...Self.utf8Length(last.upperBound)
    }

    /// The byte sequences that encode exactly the members: each is a list of one to four byte
    /// sets, one per byte. Sequences that differ only by their first byte are merged.
    var utf8Sequences: [[ByteSet]] {
        var pieces: [[ClosedRange<UInt8>]] = []
        for range in ranges { Self.appendSequences(range.lowerBound, range.upperBound, to: &pieces) }
        var merged: [[ByteSet]] = []
        var indexByTail: [[ClosedRange<UInt8>]: Int] = [:]
        for piece in pieces {
            let tail = Array(piece.dropFirst())
            if let index = indexByTail[tail] {
                merged[index][0] = merged[index][0].union(ByteSet(piece[0]))
            } else {
                indexByTail[tail] = merged.count
                merged.append(piece.map { ByteSet($0) })
            }
        }
        return merged
    }

    // MARK: - Private

    /// Sorts, merges overlapping and adjacent ranges, and removes surrogates.
    private mutating func normalise() {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var result: [ClosedRange<UInt32>] = []
        for range in sorted {
            for piece in Self.removingSurrogates(range) {
                if let last = result.last, piece.lowerBound <= last.upperBound + 1 {
                    result[result.count - 1] = last.lowerBound...max(last.upperBound, piece.upperBound)
                } else {
                    result.append(piece)
                }
            }
        }
        ranges = result
    }

    private static func removingSurrogates(_ range: ClosedRange<UInt32>) -> [ClosedRange<UInt32>] {
        guard range.overlaps(surrogates) else { return [range] }
        var pieces: [ClosedRange<UInt32>] = []
        if range.lowerBound < surrogates.lowerBound { pieces.append(range.lowerBound...(surrogates.lowerBound - 1)) }
        if range.upperBound > surrogates.upperBound { pieces.append((surrogates.upperBound + 1)...range.upperBound) }
        return pieces
    }

    private static func utf8Length(_ scalar: UInt32) -> Int {
        switch scalar {
        case ..<0x80: 1
        case ..<0x800: 2
        case ..<0x10000: 3
        default: 4
        }
    }

    /// Splits `low...high` (no surrogates) into ranges whose UTF-8 forms vary byte by byte
    /// independently, so each becomes one sequence of byte ranges (the method of RE2 and of the
    /// Rust `regex-syntax` crate).
    private static func appendSequences(_ low: UInt32, _ high: UInt32, to pieces: inout [[ClosedRange<UInt8>]]) {
        for boundary: UInt32 in [0x7F, 0x7FF, 0xFFFF] where low <= boundary && high > boundary {
            appendSequences(low, boundary, to: &pieces)
            appendSequences(boundary + 1, high, to: &pieces)
            return
        }
        let length = utf8Length(low)
        for continuation in 1..<length {
            let mask: UInt32 = (1 << (6 * UInt32(continuation))) - 1
            guard low & ~mask != high & ~mask else { continue }
            if low & mask != 0 {
                appendSequences(low, low | mask, to: &pieces)
                appendSequences((low | mask) + 1, high, to: &pieces)
                return
            }
            if high & mask != mask {
                appendSequences(low, (high & ~mask) - 1, to: &pieces)
                appendSequences(high & ~mask, high, to: &pieces)
                return
            }
        }
        let lows = encode(low), highs = encode(high)
        pieces.append(zip(lows, highs).map { $0...$1 })
    }

    private static func encode(_ scalar: UInt32) -> [UInt8] {
        var bytes: [UInt8] = []
        if let scalar = Unicode.Scalar(scalar) { UTF8.encode(scalar) { bytes.append($0) } }
        return bytes
    }
}
