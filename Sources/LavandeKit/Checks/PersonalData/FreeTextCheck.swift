import Foundation
import LavandeTabular

/// Personal data written inside sentences (comments, observations, descriptions): e-mail
/// addresses, phone numbers, NIRs and IBANs found in cells that read as text, each validated
/// (checksums, phone plans), role mailboxes and the publisher's own contacts left out. A value
/// that fills the whole cell belongs to a structured column, which the other rules judge.
public struct FreeTextCheck: TabularCheck, CheckKind {
    public static let name = "personal-data-free-text"
    public static let summary = LocalizedText(
        fr: "Cherche des données personnelles écrites dans des phrases (commentaires, observations) : e-mails, téléphones, NIR, IBAN.",
        en: "Looks for personal data written inside sentences (comments, remarks): e-mails, phone numbers, NIRs, IBANs.")
    public static let target = CheckTarget.tabularFiles
    public static let selectsColumns = true
    public static let parameters = [
        ParameterSpec("kinds", .strings, default: .strings(EmbeddedValue.Kind.allCases.map(\.rawValue)),
                      choices: EmbeddedValue.Kind.allCases.map(\.rawValue),
                      LocalizedText(fr: "Données cherchées, parmi \(EmbeddedValue.Kind.allCases.map(\.rawValue).joined(separator: ", ")).",
                                    en: "Data looked for, among \(EmbeddedValue.Kind.allCases.map(\.rawValue).joined(separator: ", ")).")),
        ParameterSpec("min-length", .int, default: .int(16), range: 1...10_000,
                      LocalizedText(fr: "Longueur (octets) à partir de laquelle une cellule qui contient une espace est lue comme du texte libre.",
                                    en: "Length (bytes) from which a cell holding a space is read as free text.")),
    ] + AdministrativeContacts.parameters
    public static let placeholders = ["kinds", "values"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext) -> TabularObserver {
        Observer(rule: rule, file: file)
    }

    private final class Observer: SplittableObserver {
        let rule: Rule
        let file: TabularFileContext
        let kinds: Set<EmbeddedValue.Kind>
        let minLength: Int
        let contacts: AdministrativeContacts
        var cellText: CellText?
        /// Whether the rule's `columns:` selects each column of the table, decided at its first data row.
        var selected: [Bool]?
        var tallies: [Int: ValueTally] = [:]
        var found: [Int: [EmbeddedValue.Kind: Int]] = [:]

        init(rule: Rule, file: TabularFileContext) {
            self.rule = rule
            self.file = file
            kinds = Set(rule.parameters.strings("kinds").compactMap(EmbeddedValue.Kind.init(rawValue:)))
            minLength = rule.parameters.int("min-length")
            contacts = AdministrativeContacts(rule: rule, file: file)
        }

        func record(_ record: Record, table: TableLayout) {
            guard table.role(of: record) == .data, !record.isBlankLine else { return }
            if cellText == nil { cellText = CellText(encoding: table.info.recordEncoding) }
            // Taken out of the property and put back after the record: a copy counted a reference
            // to its buffer for every record.
            let selected = self.selected.take() ?? selectedColumns(of: table)
            defer { self.selected = selected }
            // The scan's first look (`EmbeddedValues.mayHoldValue`) is made on the bytes as they
            // are, before they are decoded: it reads ASCII bytes alone (digits, `@`, letters and
            // which of them are neighbours), which every record encoding writes alike and the
            // trimmed spaces do not change, and most cells end there.
            // By index, reading a cell's bytes alone: most cells are too short, and stop there.
            for index in 0..<min(record.fields.count, selected.count) {
                let bytes = record.fields[index].bytes
                guard bytes.count >= minLength, selected[index], Self.hasSpace(bytes), EmbeddedValues.mayHoldValue(bytes) else { continue }
                cellText?.withTrimmedUTF8(bytes) { cell in
                    // A value that is the whole cell is a structured column's, not free text.
                    for value in EmbeddedValues.scanEveryWord(cell, limit: 8) where kinds.contains(value.kind) && value.range.count < cell.count - 2 {
                        let text = String(decoding: cell[value.range], as: UTF8.self)
                        if contacts.isAdministrative(text) { continue }
                        found[index, default: [:]][value.kind, default: 0] += 1
                        tallies[index, default: ValueTally()].record(
                            Location(row: record.number, line: record.line, column: table.column(index)), value: text,
                            limit: file.maxExamples)
                    }
                }
            }
        }

        /// Whether a cell holds a space (free text does): by `memchr`, which looks at many bytes at
        /// once, where `contains` looked at each byte of every e-mail address, SIRET and date.
        private static func hasSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x20, bytes.count) != nil
        }

        /// The columns the rule selects, worked out once: matching a header costs more than most cells.
        private func selectedColumns(of table: TableLayout) -> [Bool] {
            (0..<table.expectedColumnCount).map { rule.selects(table.column($0)) }
        }

        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
            tallies.keys.sorted().compactMap { column in
                guard let tally = tallies[column] else { return nil }
                let kinds = (found[column] ?? [:]).sorted { $0.key.rawValue < $1.key.rawValue }
                    .map { "\($0.key.rawValue) (\($0.value))" }.joined(separator: ", ")
                let evidence = Evidence.values(tally.values, sensitive: true, showValues: file.showValues)
                return FindingDraft(location: tally.examples.first, count: tally.count, examples: tally.examples,
                                    values: ["kinds": kinds, "values": evidence ?? "—"], evidence: evidence)
            }
        }

        func fork(profiler: ColumnProfiler?) -> SplittableObserver {
            Observer(rule: rule, file: file)
        }

        func absorb(_ later: SplittableObserver, shift: RecordShift) {
            let later = later as! Observer
            tallies.absorb(later.tallies, shift: shift, limit: file.maxExamples)
            for (column, kinds) in later.found { found[column, default: [:]].merge(kinds, uniquingKeysWith: +) }
        }
    }
}
