/// A set of column types (their indices in the catalogue), one bit each: what the profiler read
/// valid in a record, and the types an observer looks for, intersected in a few instructions.
public struct TypeMask: Sendable, Equatable {
    private var words: [UInt64]

    /// An empty set for a catalogue of `count` types.
    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    /// The set of `types`, for a catalogue of `count` types.
    init(_ types: [Int], count: Int) {
        self.init(count: count)
        for type in types { insert(type) }
    }

    mutating func insert(_ type: Int) {
        words[type >> 6] |= 1 << UInt64(type & 63)
    }

    mutating func removeAll() {
        for index in words.indices { words[index] = 0 }
    }

    /// Whether the two sets (of the same catalogue) share a type.
    func intersects(_ other: TypeMask) -> Bool {
        zip(words, other.words).contains { $0 & $1 != 0 }
    }
}
