/// The column types of a catalogue laid out for the loop that reads every cell: plain values
/// only (no reference counting per cell and type), the lengths checked first, the patterns in a
/// side array consulted only for cells of their lengths.
struct TypeMatchers {
    private struct Entry {
        var validator: BuiltInValidator?
        var hasPattern: Bool
        var minLength: Int
        var maxLength: Int
    }

    private let entries: [Entry]
    /// Per type, the bytes its values begin with (`BuiltInValidator.leadingBytes`): apart from
    /// `entries`, which the reading of every cell copies one of.
    private let leading: [LeadingBytes]
    /// The types' patterns, held here so that `patternCalls` may call them.
    private let patterns: [CellPattern?]
    /// The same patterns, called without counting a reference per cell (a retain and a release,
    /// atomic, around every match).
    private let patternCalls: [Unmanaged<CellPattern>?]

    init(_ types: [ColumnType]) {
        self.init(entries: types.map { type in
            let lengths = type.validator?.lengths ?? 0...Int.max
            return Entry(validator: type.validator, hasPattern: type.pattern != nil,
                         minLength: max(type.pattern?.minLength ?? 0, lengths.lowerBound),
                         maxLength: min(type.pattern?.maxLength ?? Int.max, lengths.upperBound))
        }, leading: types.map { LeadingBytes($0.validator?.leadingBytes ?? []) }, patterns: types.map(\.pattern))
    }

    private init(entries: [Entry], leading: [LeadingBytes], patterns: [CellPattern?]) {
        self.entries = entries
        self.leading = leading
        self.patterns = patterns
        patternCalls = patterns.map { $0.map(Unmanaged.passUnretained) }
    }

    /// The same matchers with their own copies of the arrays a cell's reading reads, for another
    /// thread. The patterns are shared: they are called without counting references
    /// (`patternCalls`), and their matching counts none (compiled again for each thread, they
    /// cost about 25 M instructions at the cut of a file, while the other threads waited).
    func copied() -> TypeMatchers {
        TypeMatchers(entries: entries.map { $0 }, leading: leading.map { $0 }, patterns: patterns)
    }

    var count: Int { entries.count }

    /// The fewest bytes a cell of type `index` has (its pattern's and validator's lengths).
    func minLength(_ index: Int) -> Int { entries[index].minLength }

    /// Whether a trimmed UTF-8 cell may be read as type `index` by its first bytes: false only when
    /// the type's validator reads no cell that begins so (`LeadingBytes`).
    @inline(__always)
    func mayBegin(_ index: Int, _ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        leading[index].admits(cell)
    }

    /// Reads a trimmed UTF-8 cell as type `index`: nil when it does not have the type's shape
    /// (a length outside those of its pattern and validator, its pattern, its validator), else the
    /// validator's reading. `scratch` holds the readings the cell's validators share.
    ///
    /// No pre-filter by the set of the cell's bytes: a pattern compiled to bytes stops at the
    /// first byte it cannot take, where the set needed a look at every byte, and the set of a
    /// pattern left to NSRegularExpression is every byte. Taken out, it saved 2.8 % of the
    /// instructions of a pass.
    @inline(__always)
    func read(_ index: Int, _ cell: UnsafeBufferPointer<UInt8>, scratch: inout CellScratch) -> ValueReading? {
        let entry = entries[index]
        guard cell.count >= entry.minLength, cell.count <= entry.maxLength else { return nil }
        var reading = ValueReading()
        if let validator = entry.validator {
            guard let read = validator.read(cell, sharing: &scratch.shared) else { return nil }
            reading = read
        }
        if entry.hasPattern, !patternCalls[index]!._withUnsafeGuaranteedRef({ $0.matches(cell) }) { return nil }
        return reading
    }

    /// Whether `value` is a valid value of type `index`.
    func isValid(_ value: [UInt8], as index: Int) -> Bool {
        var scratch = CellScratch()
        return value.withUnsafeBufferPointer { cell in read(index, cell, scratch: &scratch).map { $0.problem == nil } ?? false }
    }
}
