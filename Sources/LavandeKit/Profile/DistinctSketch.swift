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
    /// The hashes seen, sorted, while there are at most `exactLimit` of them; nil after.
    private var exact: [UInt64]? = []

    public init() {}

    public mutating func insert(hash: UInt64) {
        let index = Int(hash >> UInt64(64 - DistinctSketch.bits))
        let rest = hash << UInt64(DistinctSketch.bits) | (1 << UInt64(DistinctSketch.bits - 1))
        let rank = UInt8(rest.leadingZeroBitCount + 1)
        if rank > registers[index] { registers[index] = rank }
        if exact != nil { insertExactly(hash) }
    }

    private mutating func insertExactly(_ hash: UInt64) {
        var low = 0, high = exact!.count
        while low < high {
            let middle = (low + high) / 2
            if exact![middle] < hash { low = middle + 1 } else { high = middle }
        }
        guard low == exact!.count || exact![low] != hash else { return }
        if exact!.count == DistinctSketch.exactLimit {
            exact = nil
        } else {
            exact!.insert(hash, at: low)
        }
    }

    /// Adds the values of another sketch: the sketch of both sets of values, as if every value
    /// had been inserted here.
    public mutating func formUnion(_ other: DistinctSketch) {
        for index in registers.indices where other.registers[index] > registers[index] { registers[index] = other.registers[index] }
        guard exact != nil else { return }
        guard let others = other.exact else {
            exact = nil
            return
        }
        for hash in others where exact != nil { insertExactly(hash) }
    }

    /// 2^−rank for every rank a register can hold: exact, so the sum is the one the divisions
    /// gave, without a division per register.
    private static let inversePowers = (0...(64 - bits + 1)).map { 1 / Double(UInt64(1) << UInt64($0)) }

    public var estimate: Int {
        if let exact { return exact.count }
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
