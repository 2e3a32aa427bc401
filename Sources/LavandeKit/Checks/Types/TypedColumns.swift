import LavandeTabular

/// Which columns a column-type rule judges, and by which type: the type the rule declares
/// (`with: {type: …}`) for the columns its `columns:` selector picks, else each column's inferred
/// type — limited to the types the rule is about (`with: {types: […]}`, empty for all).
struct TypedColumns {
    let rule: Rule
    let declaredType: String?
    let types: [String]

    init(rule: Rule, declaredType: String? = nil, types: [String] = []) {
        self.rule = rule
        self.declaredType = declaredType
        self.types = types
    }

    /// The `type` parameter of kinds that judge columns by a type a rule may declare.
    static let declaredTypeParameter = ParameterSpec(
        "type", .columnType, default: .string(""),
        LocalizedText(fr: "Type attendu pour les colonnes choisies par `columns` ; vide : le type déduit de chaque colonne.",
                      en: "Type expected in the columns `columns` selects; empty: each column's inferred type."))

    /// The type a rule declares with that parameter, nil when it is empty.
    static func declaredType(of rule: Rule) -> String? {
        rule.parameters.string("type").isEmpty ? nil : rule.parameters.string("type")
    }

    /// The (profile, type index) pairs to judge.
    func bindings(in profiler: ColumnProfiler) -> [(profile: ColumnProfile, type: Int)] {
        let catalogue = profiler.catalogue
        return profiler.profiles.compactMap { profile in
            guard rule.selects(profile.column) else { return nil }
            let type = declaredType.flatMap { id in catalogue.types.firstIndex { $0.id == id } } ?? profile.inferredType
            guard let type, types.isEmpty || types.contains(catalogue.types[type].id) else { return nil }
            return (profile, type)
        }
    }
}

extension Rule {
    /// Whether the rule's `columns:` selector picks the column (every column when it has none).
    func selects(_ column: ColumnRef) -> Bool {
        columns.map { selector in column.name.map(selector.matches(header:)) ?? false } ?? true
    }
}

/// The values of examples as evidence: quoted, joined, masked when the type may hold personal data.
enum Evidence {
    static func values(_ values: [String], sensitive: Bool, showValues: Bool) -> String? {
        guard !values.isEmpty else { return nil }
        return values.map { "«" + EvidenceMask.evidence(String($0.prefix(60)), sensitive: sensitive, showValues: showValues) + "»" }
            .joined(separator: ", ")
    }
}

/// A check's findings computed from the profiles at the end of the pass.
final class ProfileFindings: TabularObserver {
    private let findings: () -> [FindingDraft]
    var wantsRecords: Bool { false }

    init(_ findings: @escaping () -> [FindingDraft]) { self.findings = findings }

    func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] { findings() }
}
