/// Values that do not have the shape of their column's type: the type a rule declares for the
/// columns it selects, or the type inferred from the rest of the column.
public struct ColumnTypeMismatchCheck: ColumnTypeCheck, CheckKind {
    public static let name = "column-type"
    public static let summary = LocalizedText(
        fr: "Signale les valeurs qui n'ont pas la forme du type de leur colonne (type déclaré par la règle, ou déduit des autres valeurs).",
        en: "Reports values that do not have the shape of their column's type (declared by the rule, or inferred from the other values).")
    public static let target = CheckTarget.tabularFiles
    public static let selectsColumns = true
    public static let parameters = [
        TypedColumns.declaredTypeParameter,
    ]
    public static let placeholders = ["type", "type-title", "share", "values"]

    public let rule: Rule
    public var declaredType: String? { TypedColumns.declaredType(of: rule) }
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext, profiler: ColumnProfiler) -> TabularObserver {
        let columns = TypedColumns(rule: rule, declaredType: declaredType)
        return ProfileFindings {
            columns.bindings(in: profiler).compactMap { profile, index in
                let type = profiler.catalogue.types[index]
                let count = profile.mismatchCount(of: index)
                guard count > 0 else { return nil }
                let examples = profile.mismatchExamples(of: index, limit: file.maxExamples)
                let evidence = Evidence.values(examples.values, sensitive: type.sensitive, showValues: file.showValues)
                var draft = FindingDraft(location: examples.locations.first ?? Location(column: profile.column), count: count,
                                         examples: examples.locations,
                                         values: ["type": type.id, "share": Percent.text(profile.share(of: index)),
                                                  "values": evidence ?? "—"],
                                         evidence: evidence)
                draft.localizedValues["type-title"] = type.title
                return draft
            }
        }
    }
}

/// A share written as a percentage for messages (`97 %`, `99.5 %`).
enum Percent {
    static func text(_ share: Double) -> String {
        let percent = (share * 1000).rounded(.down) / 10
        return (percent == percent.rounded() ? String(Int(percent)) : String(percent)) + " %"
    }
}
