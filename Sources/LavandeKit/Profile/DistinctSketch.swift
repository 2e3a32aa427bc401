import Foundation

/// An approximate count of distinct values in fixed memory (HyperLogLog with 1,024 one-byte
/// registers: about 3 % standard error), fed with 64-bit hashes of cell bytes. Below a few
/// hundred values it switches to linear counting, which stays within a value or two.
public struct DistinctSketch: Sendable {
    private static let bits = 10
    private var registers = [UInt8](repeating: 0, count: 1 << DistinctSketch.bits)

    public init() {}

    public mutating func insert(hash: UInt64) {
        let index = Int(hash >> UInt64(64 - DistinctSketch.bits))
        let rest = hash << UInt64(DistinctSketch.bits) | (1 << UInt64(DistinctSketch.bits - 1))
        let rank = UInt8(rest.leadingZeroBitCount + 1)
        if rank > registers[index] { registers[index] = rank }
    }

    /// Adds the values of another sketch: the sketch of both sets of values, as if every value
    /// had been inserted here.
    public mutating func formUnion(_ other: DistinctSketch) {
        for index in registers.indices where other.registers[index] > registers[index] { registers[index] = other.registers[index] }
    }

    /// 2^−rank for every rank a register can hold: exact, so the sum is the one the divisions
    /// gave, without a division per register.
    private static let inversePowers = (0...(64 - bits + 1)).map { 1 / Double(UInt64(1) << UInt64($0)) }

    public var estimate: Int {
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

    /// FNV-1a over the bytes, then a final mix so that the high bits (the register index) are spread.
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = CellHasher()
        for byte in bytes { hasher.add(byte) }
        return hasher.value
    }

    /// `hash(_:)` one byte at a time, for a loop that reads each byte for more than the hash
    /// (`CellReader.facts(of:)`).
    struct CellHasher {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        @inline(__always)
        mutating func add(_ byte: UInt8) {
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }

        var value: UInt64 {
            var hash = state
            hash ^= hash >> 33
            hash = hash &* 0xff51_afd7_ed55_8ccd
            hash ^= hash >> 33
            hash = hash &* 0xc4ce_b9fe_1a85_ec53
            hash ^= hash >> 33
            return hash
        }
    }
}
