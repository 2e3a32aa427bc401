/// The bytes a type's values may begin with, at each of their first four places (every byte at
/// the places nothing is known of): what `TypeMatchers.mayBegin` asks of a cell before the
/// profiler reads it as one of the long types it passes over (`ColumnProfile.passOverFrom`).
struct LeadingBytes {
    private let places: (ByteSet, ByteSet, ByteSet, ByteSet)

    /// The first four of `sets`, one per place from the first.
    init(_ sets: [ByteSet]) {
        func place(_ index: Int) -> ByteSet { index < sets.count ? sets[index] : .all }
        places = (place(0), place(1), place(2), place(3))
    }

    /// Whether a cell may begin as a value: each of its first four bytes (those it has) is one its
    /// place admits.
    @inline(__always)
    func admits(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        (cell.count < 1 || places.0.contains(cell[0])) && (cell.count < 2 || places.1.contains(cell[1]))
            && (cell.count < 3 || places.2.contains(cell[2])) && (cell.count < 4 || places.3.contains(cell[3]))
    }
}
