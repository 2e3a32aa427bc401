/// Values that have the shape of their column's type but are not valid: a SIRET whose key is
/// wrong, the 31st of February, a latitude of 148°, a département that does not exist.
public struct InvalidValueCheck: ColumnTypeCheck, CheckKind {
    public static let name = "invalid-value"
    public static let summary = LocalizedText(
        fr: "Signale les valeurs qui ont la forme du type de leur colonne mais ne sont pas valides (clé de contrôle, date impossible, hors limites, code inconnu).",
        en: "Reports values that have the shape of their column's type but are not valid (check digit, impossible date, out of range, unknown code).")
    public static let target = CheckTarget.tabularFiles
    public static let selectsColumns = true
    public static let parameters = [
        TypedColumns.declaredTypeParameter,
        ParameterSpec("types", .columnTypes, default: .strings([]),
                      LocalizedText(fr: "Types de colonne concernés (vide : tous).", en: "Column types the rule is about (empty: all).")),
        ParameterSpec("reasons", .strings, default: .strings([]),
                      LocalizedText(fr: "Raisons retenues, parmi \(InvalidReason.allCases.map(\.rawValue).joined(separator: ", ")) (vide : toutes).",
                                    en: "Reasons reported, among \(InvalidReason.allCases.map(\.rawValue).joined(separator: ", ")) (empty: all).")),
    ]
    public static let placeholders = ["type", "type-title", "reason", "values"]

    public static func validate(_ parameters: Parameters) -> [String] {
        parameters.strings("reasons").filter { InvalidReason(rawValue: $0) == nil }.map {
            "with.reasons: '\($0)' is not one of \(InvalidReason.allCases.map(\.rawValue).joined(separator: ", "))"
        }
    }

    public let rule: Rule
    public var declaredType: String? { TypedColumns.declaredType(of: rule) }
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext, profiler: ColumnProfiler) -> TabularObserver {
        let columns = TypedColumns(rule: rule, declaredType: declaredType, types: rule.parameters.strings("types"))
        let reasons = rule.parameters.strings("reasons").compactMap(InvalidReason.init(rawValue:))
        return ProfileFindings {
            columns.bindings(in: profiler).flatMap { profile, index -> [FindingDraft] in
                let type = profiler.catalogue.types[index]
                return InvalidReason.allCases.filter { reasons.isEmpty || reasons.contains($0) }.compactMap { reason in
                    guard let tally = profile.types[index].invalid[reason], tally.count > 0 else { return nil }
                    let evidence = Evidence.values(tally.values, sensitive: type.sensitive, showValues: file.showValues)
                    var draft = FindingDraft(location: tally.examples.first, count: tally.count, examples: tally.examples,
                                             values: ["type": type.id, "values": evidence ?? "—"], evidence: evidence)
                    draft.localizedValues["type-title"] = type.title
                    draft.localizedValues["reason"] = reason.text
                    return draft
                }
            }
        }
    }
}
