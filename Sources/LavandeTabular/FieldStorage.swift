/// Where a splitter keeps the cells of the record it is reading: one allocation, grown (doubled)
/// when a record has more cells than any before it, and reused from one record to the next — an
/// array's append checked its uniqueness and capacity for every cell, and a record holding the
/// array counted a reference to it wherever it was handed on.
final class FieldStorage {
    private(set) var base: UnsafeMutablePointer<Field>
    private var capacity = 32

    init() {
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Puts the cell `index` of the record, the cells before it being stored.
    @inline(__always)
    func store(_ field: Field, at index: Int) {
        if index == capacity { grow() }
        (base + index).initialize(to: field)
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Field>.allocate(capacity: 2 * capacity)
        larger.moveInitialize(from: base, count: capacity)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
