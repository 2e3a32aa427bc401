/// Columns that write "no value" in several ways (`NA`, `n/a`, `-`, `néant`), which readers and
/// programs then take for values.
public struct MissingValueSpellingsCheck: ColumnTypeCheck, CheckKind {
    public static let name = "missing-values"
    public static let summary = LocalizedText(
        fr: "Signale les colonnes qui écrivent l'absence de valeur de plusieurs façons (NA, n/a, -, néant…).",
        en: "Reports columns that write a missing value in several ways (NA, n/a, -, néant…).")
    public static let target = CheckTarget.tabularFiles
    public static let selectsColumns = true
    public static let parameters = [
        ParameterSpec("min-spellings", .int, default: .int(2), range: 1...100,
                      LocalizedText(fr: "Nombre de graphies différentes à partir duquel la colonne est signalée.",
                                    en: "Number of different spellings from which the column is reported.")),
    ]
    public static let placeholders = ["spellings"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext, profiler: ColumnProfiler) -> TabularObserver {
        let needed = rule.parameters.int("min-spellings")
        return ProfileFindings {
            profiler.profiles.compactMap { profile in
                guard rule.selects(profile.column) else { return nil }
                guard profile.missing.count >= needed else { return nil }
                let examples = profile.missing.flatMap(\.cells.examples).sorted { ($0.row ?? 0) < ($1.row ?? 0) }.prefix(file.maxExamples)
                let spellings = profile.missing.map { "«\($0.spelling)» (\($0.cells.count))" }.joined(separator: ", ")
                return FindingDraft(location: examples.first, count: profile.missing.reduce(0) { $0 + $1.cells.count },
                                    examples: Array(examples), values: ["spellings": spellings], evidence: spellings)
            }
        }
    }
}
