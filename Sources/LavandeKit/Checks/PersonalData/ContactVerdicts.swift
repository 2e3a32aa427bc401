import Foundation

/// Whether a contact value (an e-mail address, a phone number) is the administration's, kept by
/// the value's bytes, so that a repeated value (a service's mailbox on every row) is judged once
/// (`AdministrativeContacts.isAdministrative`).
///
/// **Why a table of its own.** An open-addressing table whose slots are chosen by the value's
/// `CellHash`: a look-up is a hash of the bytes, read eight at a time, and a comparison with the
/// bytes kept. A dictionary keyed by the hash hashed it again with SipHash, about 150
/// instructions a look-up, on every row of a column of e-mail addresses. A table where values of
/// one slot replace each other cost 4.5 % more instructions in all on the benchmark's file: its
/// 3,072 distinct addresses in 4,096 slots were judged again and again.
///
/// Exact: the bytes are compared, the hash only chooses where to look. Bounded: a new value
/// finding `capacity` values kept empties it, and it fills again.
struct ContactVerdicts {
    /// Values kept at most; the table has twice as many slots, so that a look-up meets few others.
    static let capacity = 4096
    private static let slotBits = 13

    private struct Slot {
        var bytes: [UInt8]
        var isAdministrative: Bool
    }

    /// Empty until the first value is kept.
    private var slots: [Slot?] = []
    private var count = 0

    /// The verdict kept for `bytes`, else the one `judge` gives, kept for the next look-up.
    mutating func isAdministrative(_ bytes: UnsafeBufferPointer<UInt8>, judge: () -> Bool) -> Bool {
        if slots.isEmpty { empty() }
        var slot = ContactVerdicts.slot(of: bytes)
        while let kept = slots[slot] {
            if kept.bytes.count == bytes.count,
               bytes.isEmpty || kept.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                return kept.isAdministrative
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        let verdict = judge()
        if count == ContactVerdicts.capacity {
            empty()
            slot = ContactVerdicts.slot(of: bytes)
        }
        slots[slot] = Slot(bytes: Array(bytes), isAdministrative: verdict)
        count += 1
        return verdict
    }

    private mutating func empty() {
        slots = Array(repeating: nil, count: 1 << ContactVerdicts.slotBits)
        count = 0
    }

    /// The first slot where `bytes` are looked for: the high bits of their hash.
    static func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        Int(truncatingIfNeeded: CellHash.of(bytes) >> (64 - slotBits))
    }
}
