import LavandeTabular

/// A table of one column whose cells hold another delimiter: it was probably cut on the wrong
/// delimiter, or its delimiters are too inconsistent to find.
public struct SingleColumnCheck: TabularCheck, CheckKind {
    public static let name = "single-column"
    public static let summary = LocalizedText(
        fr: "Signale un fichier d'une seule colonne dont les lignes contiennent un autre séparateur.",
        en: "Reports a one-column file whose rows hold another delimiter.")
    public static let target = CheckTarget.tabularFiles
    public static let parameters = [
        ParameterSpec("min-share", .double, default: .double(0.5), range: 0...1,
                      LocalizedText(fr: "Part des lignes qui doivent contenir le séparateur candidat.",
                                    en: "Share of rows that must hold the candidate delimiter.")),
    ]
    public static let placeholders = ["candidate", "share"]

    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext) -> TabularObserver {
        Observer(minShare: rule.parameters.double("min-share"))
    }

    private final class Observer: SplittableObserver {
        let minShare: Double
        var rows = 0
        var hits = [Int](repeating: 0, count: SingleColumnCheck.candidates.count)
        /// The table has more than one column: nothing to look for.
        var isDoneWithRecords = false

        init(minShare: Double) { self.minShare = minShare }

        func record(_ record: Record, table: TableLayout) {
            guard table.role(of: record) == .data else { return }
            guard table.expectedColumnCount == 1 else {
                isDoneWithRecords = true
                return
            }
            guard !record.isAllEmpty else { return }
            rows += 1
            let delimiter = table.info.dialect.delimiter
            for (index, candidate) in SingleColumnCheck.candidates.enumerated() {
                let holds = candidate == delimiter
                    ? record.count > 1
                    : record.fields.contains { $0.bytes.contains(candidate) }
                if holds { hits[index] += 1 }
            }
        }

        func fork(profiler: ColumnProfiler?) -> SplittableObserver { Observer(minShare: minShare) }

        func absorb(_ later: SplittableObserver, shift: RecordShift) {
            let later = later as! Observer
            rows += later.rows
            for index in hits.indices { hits[index] += later.hits[index] }
        }

        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
            guard let table, table.expectedColumnCount == 1, rows > 1,
                  let best = hits.indices.max(by: { hits[$0] < hits[$1] }) else { return [] }
            let share = Double(hits[best]) / Double(rows)
            guard share >= minShare else { return [] }
            let candidate = SingleColumnCheck.candidates[best]
            return [FindingDraft(location: Location(row: 1, line: 1), count: hits[best],
                                 values: ["candidate": candidate == 0x09 ? "tab" : String(UnicodeScalar(candidate)),
                                          "share": String(Int((share * 100).rounded())) + " %"])]
        }
    }
}
