import LavandeTabular

/// Validata's `custom_checks` of the schema: SIREN and SIRET keys, French phone numbers,
/// coordinates in France, year intervals, comparisons and sums of columns, columns filled
/// together or one of two. A check Lavande does not know is reported once, never skipped silently.
/// One finding per check and reason.
struct SchemaCustomCheck: SchemaRowCheck, CheckKind {
    static let name = "schema-custom-check"
    static let summary = LocalizedText(
        fr: "Fait les contrôles personnalisés (custom_checks) du schéma, ceux de Validata : SIRET, SIREN, téléphone, coordonnées, comparaisons…",
        en: "Runs the schema's custom checks (custom_checks), Validata's: SIRET, SIREN, phone, coordinates, comparisons…")
    static let target = CheckTarget.tabularFiles
    static let selectsColumns = true
    static let placeholders = ["check", "columns", "value", "reason", "where", "advice"]

    let rule: Rule
    init(rule: Rule) { self.rule = rule }

    func makeJudge(for table: BoundTable) -> (any SchemaRowJudge)? {
        let selected = Set(table.selectedColumns.map(\.index))
        var checks: [BoundCustomCheck] = []
        var once: [FindingDraft] = []
        for declaration in table.schema.customChecks {
            switch BoundCustomCheck.prepare(declaration, in: table) {
            case .skipped:
                continue
            case let .ready(check):
                if selected.contains(check.anchor.index) { checks.append(check) }
            case let .once(reason, advice):
                if table.settings.selector == nil { once.append(draft(declaration, reason: reason, advice: advice, in: table)) }
            }
        }
        return checks.isEmpty && once.isEmpty ? nil : Judge(table: table, checks: checks, once: once)
    }

    /// The finding of a check that was not run, on the header: on its column when the file has it.
    private func draft(_ declaration: CustomCheckDeclaration, reason: LocalizedText, advice: LocalizedText,
                       in table: BoundTable) -> FindingDraft {
        let named = (declaration.texts("column") ?? declaration.texts("column1") ?? []).compactMap(table.column(forField:)).first
        var draft = FindingDraft(location: named.map { table.headerLocation(column: $0.index) } ?? table.headerLocation, values: [
            "check": declaration.name, "columns": BoundCustomCheck.columnNames(declaration), "value": "-",
        ])
        draft.localizedValues = ["reason": reason, "where": LocalizedText(fr: "", en: ""), "advice": advice]
        return draft
    }

    private final class Judge: SchemaRowJudge {
        let table: BoundTable
        let checks: [BoundCustomCheck]
        let once: [FindingDraft]
        var tallies: GroupedTallies

        init(table: BoundTable, checks: [BoundCustomCheck], once: [FindingDraft]) {
            self.table = table
            self.checks = checks
            self.once = once
            tallies = GroupedTallies(limit: table.settings.limit)
        }

        func judge(_ row: SchemaRow) {
            for check in checks {
                guard let (failure, value) = check.test(row) else { continue }
                let key = GroupedTallies.Key(major: check.declaration.position, minor: failure.code)
                let location = row.location(check.anchor)
                tallies.record(key, at: location) {
                    let shown = value.map { table.evidence($0, personal: check.personal) } ?? "-"
                    let row = location.row.map(String.init) ?? "?"
                    let place = value == nil
                        ? LocalizedText(fr: ", d'abord ligne \(row)", en: ", first on row \(row)")
                        : LocalizedText(fr: ", par exemple « \(shown) » ligne \(row)", en: ", for example \"\(shown)\" on row \(row)")
                    return .init(values: ["check": check.declaration.name, "value": shown,
                                          "columns": BoundCustomCheck.columnNames(check.declaration)],
                                 localized: ["reason": failure.reason, "where": place,
                                             "advice": CustomCheckAdvice.advice(for: check.declaration.name)],
                                 evidence: value == nil ? nil : shown)
                }
            }
        }

        func finish() -> [FindingDraft] { once + tallies.drafts }
    }
}
