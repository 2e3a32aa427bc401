import Foundation

/// A count of distinct values in fixed memory, fed with 64-bit hashes of cell bytes
/// (`CellHash`): exact up to `exactLimit` values (their hashes are kept, so two values count as
/// one only if their 64-bit hashes are equal), then approximate (HyperLogLog with 1,024 one-byte
/// registers: about 3 % standard error; below a few hundred values, linear counting, within a
/// value or two).
public struct DistinctSketch: Sendable {
    private static let bits = 10
    /// Values counted exactly, at most.
    static let exactLimit = 64
    private var registers = [UInt8](repeating: 0, count: 1 << DistinctSketch.bits)
    /// The hashes seen, sorted, while there are at most `exactLimit` of them (`isExact`).
    private var exact: [UInt64] = []
    private var isExact = true

    public init() {}

    /// Inlined into the profiler's loop, which calls it for every cell: once the registers have
    /// settled, it is a comparison (called: 0.7 % more instructions).
    @inline(__always)
    public mutating func insert(hash: UInt64) {
        let index = Int(hash >> UInt64(64 - DistinctSketch.bits))
        let rest = hash << UInt64(DistinctSketch.bits) | (1 << UInt64(DistinctSketch.bits - 1))
        let rank = UInt8(rest.leadingZeroBitCount + 1)
        if rank > registers[index] { registers[index] = rank }
        if isExact { insertExactly(hash) }
    }

    private mutating func insertExactly(_ hash: UInt64) {
        let position = exact.withUnsafeBufferPointer { hashes in
            var low = 0, high = hashes.count
            while low < high {
                let middle = (low + high) / 2
                if hashes[middle] < hash { low = middle + 1 } else { high = middle }
            }
            return low < hashes.count && hashes[low] == hash ? nil : low
        }
        guard let position else { return }
        if exact.count == DistinctSketch.exactLimit {
            isExact = false
            exact = []
        } else {
            exact.insert(hash, at: position)
        }
    }

    /// Adds the values of another sketch: the sketch of both sets of values, as if every value
    /// had been inserted here.
    public mutating func formUnion(_ other: DistinctSketch) {
        for index in registers.indices where other.registers[index] > registers[index] { registers[index] = other.registers[index] }
        guard isExact else { return }
        guard other.isExact else {
            isExact = false
            exact = []
            return
        }
        for hash in other.exact where isExact { insertExactly(hash) }
    }

    /// 2^−rank for every rank a register can hold: exact, so the sum is the one the divisions
    /// gave, without a division per register.
    private static let inversePowers = (0...(64 - bits + 1)).map { 1 / Double(UInt64(1) << UInt64($0)) }

    public var estimate: Int {
        if isExact { return exact.count }
        let m = Double(registers.count)
        var sum = 0.0
        var zeros = 0
        for register in registers {
            sum += DistinctSketch.inversePowers[Int(register)]
            if register == 0 { zeros += 1 }
        }
        let raw = 0.7213 / (1 + 1.079 / m) * m * m / sum
        if raw <= 2.5 * m && zeros > 0 { return Int((m * log(m / Double(zeros))).rounded()) }
        return Int(raw.rounded())
    }
}
