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
/// **Why flat.** A slot is 64 bytes, one cache line: its verdict, the value's length, part of
/// its hash, and the value itself, up to `keyCapacity` bytes. With each value in an array of its
/// own, a look-up waited for memory twice, for the slot and for the value's bytes, and those
/// waits were three quarters of the time of the observer of personal data (sampled by time).
/// Longer values are judged at every sighting.
///
/// Exact: the bytes are compared, the hash only chooses where to look. Bounded: a new value
/// finding `capacity` values kept empties it, and it fills again.
struct ContactVerdicts {
    /// Values kept at most; the table has twice as many slots, so that a look-up meets few others.
    static let capacity = 4096
    /// Longest value kept.
    static let keyCapacity = 56
    private static let slotBits = 13
    private static let slotBytes = 64
    /// Where the parts of a slot are: its state (`vacant`, or the verdict), the value's length,
    /// 32 bits of its hash, then its bytes.
    private static let lengthOffset = 1, tagOffset = 4, keyOffset = 8
    private static let vacant: UInt8 = 0, personal: UInt8 = 1, administrative: UInt8 = 2

    /// Empty until the first value is kept; `slotBytes` a slot from `firstSlot` on, one slot's
    /// bytes more for that.
    private var table: [UInt8] = []
    /// Where the first slot is in `table`: its first address aligned to a cache line when the
    /// table was made, so that no slot spans two lines. Kept, not worked out again: a copy of the
    /// table (an array's) may lie elsewhere, with its slots where they were in the array.
    private var firstSlot = 0
    private var count = 0

    /// The verdict kept for `bytes`, else the one `judge` gives, kept for the next look-up.
    /// Inlined into the observer's loop: called, the closure's captures were counted for every value.
    @inline(__always)
    mutating func isAdministrative(_ bytes: UnsafeBufferPointer<UInt8>, judge: () -> Bool) -> Bool {
        guard bytes.count <= ContactVerdicts.keyCapacity else { return judge() }
        if table.isEmpty { empty() }
        let hash = CellHash.of(bytes)
        let tag = UInt32(truncatingIfNeeded: hash)
        let found = table.withUnsafeBytes { table in
            ContactVerdicts.find(bytes, tag: tag, from: ContactVerdicts.slot(hash), in: table.baseAddress! + firstSlot)
        }
        if case .kept(let verdict) = found { return verdict }
        let verdict = judge()
        var slot = found.vacantSlot
        if count == ContactVerdicts.capacity {
            empty()
            slot = ContactVerdicts.slot(hash)
        }
        table.withUnsafeMutableBytes { table in
            let base = table.baseAddress! + firstSlot + slot * ContactVerdicts.slotBytes
            base.storeBytes(of: verdict ? ContactVerdicts.administrative : ContactVerdicts.personal, as: UInt8.self)
            base.storeBytes(of: UInt8(bytes.count), toByteOffset: ContactVerdicts.lengthOffset, as: UInt8.self)
            base.storeBytes(of: tag, toByteOffset: ContactVerdicts.tagOffset, as: UInt32.self)
            if let start = bytes.baseAddress { (base + ContactVerdicts.keyOffset).copyMemory(from: start, byteCount: bytes.count) }
        }
        count += 1
        return verdict
    }

    /// What a look-up found: the verdict kept for the value, or the vacant slot where it goes.
    private enum Found {
        case kept(Bool)
        case vacant(Int)

        var vacantSlot: Int {
            if case .vacant(let slot) = self { return slot }
            preconditionFailure("a value kept has no vacant slot")
        }
    }

    /// Looks for `bytes` (whose hash ends with `tag`) from `slot` on, to the first vacant slot.
    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt32, from slot: Int, in slots: UnsafeRawPointer) -> Found {
        var slot = slot
        while true {
            let base = slots + slot * slotBytes
            let state = base.load(as: UInt8.self)
            if state == vacant { return .vacant(slot) }
            if base.load(fromByteOffset: lengthOffset, as: UInt8.self) == bytes.count,
               base.load(fromByteOffset: tagOffset, as: UInt32.self) == tag,
               bytes.isEmpty || CellBytes.sameBytes(base + keyOffset, bytes.baseAddress!, count: bytes.count) {
                return .kept(state == administrative)
            }
            slot = (slot + 1) & ((1 << slotBits) - 1)
        }
    }

    private mutating func empty() {
        table = Array(repeating: ContactVerdicts.vacant, count: ContactVerdicts.slotBytes << ContactVerdicts.slotBits + ContactVerdicts.slotBytes)
        firstSlot = table.withUnsafeBytes { table in
            (ContactVerdicts.slotBytes - Int(bitPattern: table.baseAddress!) & (ContactVerdicts.slotBytes - 1)) & (ContactVerdicts.slotBytes - 1)
        }
        count = 0
    }

    /// The first slot where the value of hash `hash` is looked for: its high bits.
    private static func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> (64 - slotBits))
    }

    /// The first slot where `bytes` are looked for.
    static func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        slot(CellHash.of(bytes))
    }
}
