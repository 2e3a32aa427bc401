/// What a record must hold for an observer's `record` to have anything to do: a valid value of
/// one of some column types, as the file's profiler read them (`RecordReadings`). The sink checks
/// it before calling the observer (`TabularObserver.recordGate`), in a few instructions. The gate
/// is a shortcut: the observer's `record` still checks what it needs.
///
/// **Why.** A file has a dozen personal-data rules, each an observer, and most records hold a
/// value of the types of one or two of them: calling the others, each to find at once that the
/// record is nothing to it, cost about 80 instructions per observer and record, 2 % of a pass.
public struct RecordGate {
    /// The first two words of the profiler's set of the types read valid in the record
    /// (`RecordReadings.gateWords`): the observer that made the gate holds the profiler, and the
    /// sink holds the observer as long as it checks the gate.
    private let words: UnsafePointer<UInt64>
    /// The types, as the first two words of their `TypeMask`: plain values, checked without
    /// counting a reference to the mask's storage.
    private let low: UInt64
    private let high: UInt64

    /// A gate for the types of `mask`; nil when the catalogue has more than 128 types (the
    /// observer is then called for every record, and checks the record itself).
    init?(readings: RecordReadings, types mask: TypeMask) {
        guard let words = mask.leadingWords else { return nil }
        self.words = readings.gateWords
        (low, high) = words
    }

    /// Whether the record being read holds a valid value of one of the types: two loads through a
    /// pointer (through the readings, with a test of each word's index: 11 % more instructions
    /// in the sink).
    var isOpen: Bool {
        words[0] & low != 0 || words[1] & high != 0
    }
}
