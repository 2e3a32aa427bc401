/// The words ``PersonNameReader`` knows, as one open-addressing hash table of folded UTF-8 keys:
/// the first names of `rules/data/prenoms.txt`, the words of `rules/data/mots-non-personnels.txt`
/// (places, streets, facilities, organisations, roles), and the built-in particles (de, le, van…)
/// and civilities (M., Mme, Dr…). Both files are embedded in the binary (EmbedRulesPlugin) and read
/// once, lazily and thread-safely, on first use. Lines that are empty or start with `#` are skipped.
///
/// Keys are folded by ``NameFolding``: lower case, accents removed (`René`, `RENE`, `rene` are one
/// key), `œ` → `oe`, `’` → `'`. A look-up takes bytes already folded, so the reader never makes a
/// String.
struct NameLexicon: Sendable {
    struct Kind: OptionSet, Sendable {
        let rawValue: UInt8
        static let firstName = Kind(rawValue: 1)
        static let excluded = Kind(rawValue: 2)
        static let particle = Kind(rawValue: 4)
        static let civility = Kind(rawValue: 8)
    }

    static let firstNamesFile = "data/prenoms.txt"
    static let exclusionsFile = "data/mots-non-personnels.txt"

    /// Name particles of French and foreign surnames: never a whole surname, exempt from the
    /// capitalisation rule (`Charles de Gaulle`, `Jean-Pierre Le Goff`, `Ludwig van Beethoven`).
    static let particles = [
        "de", "d", "du", "des", "del", "della", "delle", "dello", "di", "da", "dal", "dalla", "do", "dos", "das",
        "le", "la", "l", "van", "von", "vom", "der", "den", "ter", "ten", "zu", "zur", "y", "ben", "bin", "ibn",
        "el", "al", "ould", "mac", "mc",
    ]

    /// Civilities and titles written before a person's name, folded and without their final period.
    static let civilities = [
        "m", "mr", "mme", "mmes", "mlle", "mlles", "melle", "mle", "monsieur", "madame", "mademoiselle",
        "messieurs", "mesdames", "dr", "docteur", "pr", "professeur", "me", "maitre",
    ]

    /// The shared lexicon, read from the embedded rule files on first use.
    static let shared = NameLexicon(
        firstNames: EmbeddedRules.data(named: firstNamesFile).map { Array($0) } ?? [],
        exclusions: EmbeddedRules.data(named: exclusionsFile).map { Array($0) } ?? []
    )

    /// Folded keys, one after the other.
    private var arena: [UInt8] = []
    /// Each slot: 0 when empty, else hash tag (bits 40–63) | kinds (32–39) | length (24–31) | offset (0–23).
    private var slots: [UInt64]
    private var mask: Int
    /// How many distinct folded keys are first names.
    private(set) var firstNameCount = 0
    /// How many distinct folded keys are exclusion words.
    private(set) var exclusionCount = 0

    init(firstNames: [UInt8], exclusions: [UInt8]) {
        var capacity = 1024
        let lines = firstNames.count / 6 + exclusions.count / 6 + Self.particles.count + Self.civilities.count
        while capacity < lines * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        arena.reserveCapacity(firstNames.count + exclusions.count)
        insertLines(of: firstNames, as: .firstName)
        insertLines(of: exclusions, as: .excluded)
        for word in Self.particles { insert(Array(word.utf8), as: .particle) }
        for word in Self.civilities { insert(Array(word.utf8), as: .civility) }
    }

    /// The kinds of the folded key at `start` (`count` bytes); empty when the key is unknown.
    @inline(__always)
    func kinds(_ start: UnsafePointer<UInt8>, count: Int) -> Kind {
        guard count > 0, count < 256 else { return [] }
        let hash = Self.hash(start, count: count)
        let tag = hash >> 40
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                var index = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[index]
                    if slot == 0 { return [] }
                    if slot >> 40 == tag, Int((slot >> 24) & 0xFF) == count {
                        let offset = Int(slot & 0xFF_FFFF)
                        var same = true
                        for position in 0..<count where arena[offset + position] != start[position] {
                            same = false
                            break
                        }
                        if same { return Kind(rawValue: UInt8((slot >> 32) & 0xFF)) }
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// The kinds of a word written in any case or accents (for tests and diagnostics).
    func kinds(of word: String) -> Kind {
        let bytes = Array(word.utf8)
        var folded = [UInt8](repeating: 0, count: bytes.count * 2 + 1)
        let count = bytes.withUnsafeBufferPointer { NameFolding.fold($0, into: &folded) }
        guard let count else { return [] }
        return folded.withUnsafeBufferPointer { kinds($0.baseAddress!, count: count) }
    }

    // MARK: - Building

    private mutating func insertLines(of file: [UInt8], as kind: Kind) {
        var folded = [UInt8](repeating: 0, count: 512)
        file.withUnsafeBufferPointer { file in
            var start = 0
            while start < file.count {
                var end = start
                while end < file.count, file[end] != 0x0A { end += 1 }
                var last = end
                while last > start, file[last - 1] == 0x0D || file[last - 1] == 0x20 || file[last - 1] == 0x09 { last -= 1 }
                if last > start, file[start] != 0x23, last - start <= 200 {
                    let line = UnsafeBufferPointer(rebasing: file[start..<last])
                    if let count = NameFolding.fold(line, into: &folded) {
                        insert(Array(folded[0..<count]), as: kind)
                    }
                }
                start = end + 1
            }
        }
    }

    private mutating func insert(_ key: [UInt8], as kind: Kind) {
        guard !key.isEmpty, key.count < 256, arena.count + key.count < 1 << 24 else { return }
        let hash = key.withUnsafeBufferPointer { Self.hash($0.baseAddress!, count: key.count) }
        let tag = hash >> 40
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 {
            let slot = slots[index]
            let offset = Int(slot & 0xFF_FFFF)
            let count = Int((slot >> 24) & 0xFF)
            if slot >> 40 == tag, count == key.count, Array(arena[offset..<offset + count]) == key {
                let old = Kind(rawValue: UInt8((slot >> 32) & 0xFF))
                tally(new: kind, old: old)
                slots[index] = slot | (UInt64(kind.rawValue) << 32)
                return
            }
            index = (index + 1) & mask
        }
        tally(new: kind, old: [])
        slots[index] = tag << 40 | UInt64(kind.rawValue) << 32 | UInt64(key.count) << 24 | UInt64(arena.count)
        arena.append(contentsOf: key)
    }

    private mutating func tally(new kind: Kind, old: Kind) {
        if kind.contains(.firstName), !old.contains(.firstName) { firstNameCount += 1 }
        if kind.contains(.excluded), !old.contains(.excluded) { exclusionCount += 1 }
    }

    /// FNV-1a, 64 bits.
    @inline(__always)
    static func hash(_ start: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in 0..<count {
            hash = (hash ^ UInt64(start[index])) &* 0x0000_0100_0000_01B3
        }
        // Spread the high bits into the low ones used for the slot index.
        return hash ^ (hash >> 29)
    }
}
