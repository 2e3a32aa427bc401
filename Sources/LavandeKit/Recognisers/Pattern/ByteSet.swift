/// A set of byte values, kept as a 256-bit map: membership is a shift and a mask.
///
/// Patterns use it for the bytes one step of a match may consume.
public struct ByteSet: Sendable, Hashable {
    private var low: UInt64 = 0       // bytes 0x00–0x3F
    private var middle: UInt64 = 0    // 0x40–0x7F
    private var high: UInt64 = 0      // 0x80–0xBF
    private var top: UInt64 = 0       // 0xC0–0xFF

    /// The empty set.
    public init() {}

    /// Every byte value.
    public static let all = ByteSet(low: ~0, middle: ~0, high: ~0, top: ~0)

    private init(low: UInt64, middle: UInt64, high: UInt64, top: UInt64) {
        self.low = low
        self.middle = middle
        self.high = high
        self.top = top
    }

    public init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { insert(byte) }
    }

    /// The bytes of a range.
    init(_ range: ClosedRange<UInt8>) {
        for byte in range { insert(byte) }
    }

    public mutating func insert(_ byte: UInt8) {
        let bit: UInt64 = 1 &<< UInt64(byte & 63)
        switch byte &>> 6 {
        case 0: low |= bit
        case 1: middle |= bit
        case 2: high |= bit
        default: top |= bit
        }
    }

    @inline(__always)
    public func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte &>> 6 {
        case 0: word = low
        case 1: word = middle
        case 2: word = high
        default: word = top
        }
        return word & (1 &<< UInt64(byte & 63)) != 0
    }

    public func union(_ other: ByteSet) -> ByteSet {
        ByteSet(low: low | other.low, middle: middle | other.middle, high: high | other.high, top: top | other.top)
    }
}
