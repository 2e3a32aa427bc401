/// A read-only map from 64-bit keys to small integers, by open addressing (linear probing, Fibonacci
/// hashing): the matcher looks up every word and every word pair of a text, and this costs a few
/// nanoseconds where a `Dictionary` look-up costs tens.
struct LicenceHashTable: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let shift: UInt64
    private let mask: Int
    /// Keys equal to the empty marker are kept aside.
    private let markerValue: Int32?
    private static let empty = UInt64.max

    let count: Int

    init(_ pairs: [UInt64: Int32]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: Self.empty, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let shift = UInt64(64 - capacity.trailingZeroBitCount)
        var markerValue: Int32?
        for (key, value) in pairs {
            if key == Self.empty { markerValue = value; continue }
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != Self.empty { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.shift = shift
        self.mask = capacity - 1
        self.markerValue = markerValue
        self.count = pairs.count
    }

    /// The value of `key`, or -1.
    @inline(__always)
    func value(_ key: UInt64) -> Int32 {
        if key == Self.empty { return markerValue ?? -1 }
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == Self.empty { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
