/// A set of column types (their indices in the catalogue), one bit each: what the profiler read
/// valid in a record (`RecordReadings`), and the types an observer looks for, intersected in a
/// few instructions.
public struct TypeMask: Sendable, Equatable {
    private var words: [UInt64]

    /// Words of 64 bits a set of `count` types takes.
    static func wordCount(for count: Int) -> Int { (count + 63) / 64 }

    /// An empty set for a catalogue of `count` types.
    init(count: Int) {
        words = Array(repeating: 0, count: TypeMask.wordCount(for: count))
    }

    /// The set of `types`, for a catalogue of `count` types.
    init(_ types: [Int], count: Int) {
        self.init(count: count)
        for type in types { insert(type) }
    }

    func contains(_ type: Int) -> Bool {
        type >> 6 < words.count && words[type >> 6] & 1 << UInt64(type & 63) != 0
    }

    mutating func insert(_ type: Int) {
        words[type >> 6] |= 1 << UInt64(type & 63)
    }

    /// The set's words, when it has two at most (a catalogue of 128 types at most), the second 0
    /// when it has one.
    var leadingWords: (UInt64, UInt64)? {
        guard words.count <= 2 else { return nil }
        return (words.first ?? 0, words.count > 1 ? words[1] : 0)
    }

    /// Whether the two sets (of the same catalogue) share a type.
    func intersects(_ other: TypeMask) -> Bool {
        other.words.withUnsafeBufferPointer(intersects)
    }

    /// Whether this set shares a type with the set laid out in `words` (as many words as this one's).
    func intersects(_ other: UnsafeBufferPointer<UInt64>) -> Bool {
        words.withUnsafeBufferPointer { words in
            zip(words, other).contains { $0 & $1 != 0 }
        }
    }
}
