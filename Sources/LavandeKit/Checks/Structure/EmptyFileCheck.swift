import LavandeTabular

/// The file holds nothing: no byte, or only a BOM, blank lines and spaces.
public struct EmptyFileCheck: TabularCheck, CheckKind {
    public static let name = "empty-file"
    public static let summary = LocalizedText(
        fr: "Signale un fichier vide (aucun octet, ou seulement une BOM, des lignes vides et des espaces).",
        en: "Reports an empty file (no byte, or only a BOM, blank lines and spaces).")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["size"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext) -> TabularObserver { Observer() }

    private final class Observer: SplittableObserver {
        var hasContent = false

        func record(_ record: Record, table: TableLayout) {
            guard !hasContent else { return }
            hasContent = record.fields.contains { field in
                field.bytes.contains { $0 != 0x20 && $0 != 0x09 }
            }
        }

        var isDoneWithRecords: Bool { hasContent }

        func fork(profiler: ColumnProfiler?) -> SplittableObserver { Observer() }

        func absorb(_ later: SplittableObserver, shift: RecordShift) {
            if (later as! Observer).hasContent { hasContent = true }
        }

        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
            hasContent ? [] : [FindingDraft(values: ["size": String(facts.size)])]
        }
    }
}
