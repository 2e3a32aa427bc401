import LavandeTabular

/// Values repeated in a field the schema makes `unique`, or rows repeating the schema's
/// `primaryKey`. Memory stays bounded: each key keeps a 64-bit hash of at most
/// `SchemaUniqueCheck.maxDistinct` distinct values (about 16 MB per key at worst); past that, later new
/// values are no longer remembered, so their repeats go unnoticed. Two different values with the
/// same hash (odds about one in 10¹⁰ for a million values) would be reported as a repeat.
struct SchemaUniqueCheck: SchemaRowCheck, CheckKind {
    static let name = "schema-unique"
    static let summary = LocalizedText(
        fr: "Signale les valeurs répétées d'une colonne « unique » du schéma, ou de sa clé primaire.",
        en: "Reports repeated values in a column the schema makes unique, or of its primary key.")
    static let target = CheckTarget.tabularFiles
    static let selectsColumns = true
    static let placeholders = ["field", "value"]
    /// Distinct values remembered per key.
    static let maxDistinct = 1_000_000

    let rule: Rule
    init(rule: Rule) { self.rule = rule }

    func makeJudge(for table: BoundTable) -> (any SchemaRowJudge)? {
        let selected = table.selectedColumns
        var keys = selected.filter(\.field.constraints.unique).map { [$0] }
        let primary = table.schema.primaryKey.compactMap(table.column(forField:))
        if !primary.isEmpty, primary.count == table.schema.primaryKey.count,
           !keys.contains(where: { $0.map(\.index) == primary.map(\.index) }),
           primary.contains(where: { column in selected.contains { $0.index == column.index } }) {
            keys.append(primary)
        }
        return keys.isEmpty ? nil : Judge(table: table, keys: keys)
    }

    private final class Judge: SchemaRowJudge {
        let table: BoundTable
        let keys: [[BoundColumn]]
        var seen: [Set<UInt64>]
        var tallies: GroupedTallies

        init(table: BoundTable, keys: [[BoundColumn]]) {
            self.table = table
            self.keys = keys
            seen = Array(repeating: [], count: keys.count)
            tallies = GroupedTallies(limit: table.settings.limit)
        }

        func judge(_ row: SchemaRow) {
            for (position, key) in keys.enumerated() {
                var hash = StableHash()
                var texts: [String] = []
                for column in key {
                    guard let value = row.value(column) else { break }
                    hash.add(column.field.reader.read(value)?.identity ?? .text(value))
                    texts.append(value)
                }
                guard texts.count == key.count else { continue }
                let digest = hash.value
                if seen[position].contains(digest) {
                    let anchor = key[0]
                    tallies.record(.init(major: anchor.index, minor: position), at: row.location(anchor)) {
                        let shown = table.evidence(texts.joined(separator: " | "), personal: key.contains { $0.field.holdsEmails })
                        return .init(values: ["field": key.map(\.field.name).joined(separator: ", "), "value": shown], evidence: shown)
                    }
                } else if seen[position].count < SchemaUniqueCheck.maxDistinct {
                    seen[position].insert(digest)
                }
            }
        }

        func finish() -> [FindingDraft] { tallies.drafts }
    }
}

/// FNV-1a over the bytes of values, finished with a SplitMix64 mix: the same hash on every run
/// (unlike Swift's seeded `Hasher`), so reports do not change from run to run.
struct StableHash {
    private var state: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ identity: ValueIdentity) {
        switch identity {
        case let .number(number):
            add(byte: 1)
            add(bits: (number == 0 ? 0 : number).bitPattern)
        case let .boolean(flag):
            add(byte: flag ? 2 : 3)
        case let .text(text):
            add(byte: 4)
            for byte in text.utf8 { add(byte: byte) }
            add(byte: 0xFF)
        }
    }

    private mutating func add(bits: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { add(byte: UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    private mutating func add(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    var value: UInt64 {
        var mixed = state &+ 0x9E37_79B9_7F4A_7C15
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
