/// Columns whose values are written in several formats: dates as `2024-03-01` and `01/03/2024`,
/// decimals with a comma and with a point, booleans as `oui` and `true`.
public struct MixedFormatsCheck: ColumnTypeCheck, CheckKind {
    public static let name = "mixed-formats"
    public static let summary = LocalizedText(
        fr: "Signale les colonnes dont les valeurs sont écrites dans plusieurs formats (dates, séparateur décimal, booléens).",
        en: "Reports columns whose values are written in several formats (dates, decimal separator, booleans).")
    public static let target = CheckTarget.tabularFiles
    public static let selectsColumns = true
    public static let parameters = [
        ParameterSpec("types", .columnTypes, default: .strings([]),
                      LocalizedText(fr: "Types de colonne concernés (vide : tous).", en: "Column types the rule is about (empty: all).")),
    ]
    public static let placeholders = ["type", "type-title", "main-format", "formats", "values"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext, profiler: ColumnProfiler) -> TabularObserver {
        let columns = TypedColumns(rule: rule, types: rule.parameters.strings("types"))
        return ProfileFindings {
            columns.bindings(in: profiler).compactMap { profile, index in
                let type = profiler.catalogue.types[index]
                // The most used format is the column's; the others are the finding. Ties go to the format seen first.
                let formats = profile.types[index].formats.enumerated().sorted {
                    $0.element.cells.count != $1.element.cells.count ? $0.element.cells.count > $1.element.cells.count : $0.offset < $1.offset
                }.map(\.element)
                guard formats.count > 1 else { return nil }
                let tallies = formats.dropFirst().map(\.cells)
                let locations = tallies.flatMap(\.examples).sorted { ($0.row ?? 0) < ($1.row ?? 0) }.prefix(file.maxExamples)
                let values = Array(tallies.flatMap(\.values).prefix(file.maxExamples))
                let evidence = Evidence.values(values, sensitive: type.sensitive, showValues: file.showValues)
                var draft = FindingDraft(location: locations.first, count: tallies.reduce(0) { $0 + $1.count },
                                         examples: Array(locations),
                                         values: ["type": type.id, "main-format": formats[0].format.rawValue,
                                                  "formats": formats.map { "\($0.format.rawValue) (\($0.cells.count))" }.joined(separator: ", "),
                                                  "values": evidence ?? "—"],
                                         evidence: evidence)
                draft.localizedValues["type-title"] = type.title
                return draft
            }
        }
    }
}
