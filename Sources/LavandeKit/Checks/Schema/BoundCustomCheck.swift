/// One of the schema's `custom_checks`, bound to the columns of a file and ready for rows.
/// As in Validata, a check on columns the file does not have is skipped (the missing-field rule
/// reports them), and empty cells are left to `required` — except for the checks about emptiness.
struct BoundCustomCheck {
    let declaration: CustomCheckDeclaration
    /// The column findings point at: the check's first one.
    let anchor: BoundColumn
    /// Values are phone numbers: evidence is masked.
    let personal: Bool
    /// Why the row fails, with the value to show; nil when it passes.
    let test: (SchemaRow) -> (failure: CustomCheckRules.Failure, value: String?)?

    /// What becomes of a declaration in a given file.
    enum Preparation {
        case ready(BoundCustomCheck)
        /// Its columns are not in the file.
        case skipped
        /// One finding for the whole file, with its reason and advice: the check is unknown, its
        /// parameters unusable, or the file lacks every column it needs.
        case once(LocalizedText, advice: LocalizedText)
    }

    /// The checks Lavande runs (Validata's names).
    static let supported = ["french-siren-value", "french-siret-value", "phone-number-value", "french-gps-coordinates",
                            "year-interval-value", "compare-columns-value", "sum-columns-value", "cohesive-columns-value",
                            "one-of-required"]

    static func prepare(_ declaration: CustomCheckDeclaration, in table: BoundTable) -> Preparation {
        let name = declaration.name
        func missingParameter(_ key: String) -> Preparation {
            .once(LocalizedText(fr: "le paramètre « \(key) » manque ou n'est pas un texte : le contrôle n'a pas été fait",
                                en: "parameter \"\(key)\" is missing or not a text: the check was not run"),
                  advice: CustomCheckAdvice.advice(for: ""))
        }
        func single(_ test: @escaping (String, BoundColumn) -> CustomCheckRules.Failure?, personal: Bool = false) -> Preparation {
            guard let field = declaration.text("column") else { return missingParameter("column") }
            guard let column = table.column(forField: field) else { return .skipped }
            return .ready(BoundCustomCheck(declaration: declaration, anchor: column, personal: personal) { row in
                guard let value = row.value(column), let failure = test(value, column) else { return nil }
                return (failure, value)
            })
        }
        switch name {
        case "french-siren-value": return single { value, _ in CustomCheckRules.siren(value) }
        case "french-siret-value": return single { value, _ in CustomCheckRules.siret(value) }
        case "phone-number-value": return single({ value, _ in CustomCheckRules.phone(value) }, personal: true)
        case "french-gps-coordinates": return single { value, column in gpsFailure(value, column.field) }
        case "year-interval-value":
            let allowYearOnly = ["true", "yes"].contains(declaration.text("allow-year-only")?.lowercased() ?? "")
            return single { value, _ in CustomCheckRules.yearInterval(value, allowYearOnly: allowYearOnly) }
        case "compare-columns-value": return compareColumns(declaration, table, missingParameter)
        case "sum-columns-value": return sumColumns(declaration, table, missingParameter)
        case "cohesive-columns-value": return cohesiveColumns(declaration, table, missingParameter)
        case "one-of-required": return oneOfRequired(declaration, table, missingParameter)
        default:
            return .once(LocalizedText(
                fr: "Lavande ne connaît pas ce contrôle (il connaît : \(supported.joined(separator: ", "))) : il n'a pas été fait",
                en: "Lavande does not know this check (it knows: \(supported.joined(separator: ", "))): it was not run"),
                advice: CustomCheckAdvice.advice(for: ""))
        }
    }

    /// A point read with the column's geopoint format, or as `lon, lat` / `[lon, lat]` when the column is text.
    private static func gpsFailure(_ value: String, _ field: SchemaField) -> CustomCheckRules.Failure? {
        let point: GeoPoint?
        if case let .geopoint(format) = field.reader.syntax {
            point = format.read(value)
        } else {
            point = GeoPointFormat.array.read(value) ?? GeoPointFormat.text.read(value)
        }
        guard let point else {
            return CustomCheckRules.Failure(code: 0, reason: LocalizedText(fr: "ce ne sont pas des coordonnées lisibles",
                                                                           en: "these are not readable coordinates"))
        }
        return CustomCheckRules.frenchPoint(point)
    }

    private static func compareColumns(_ declaration: CustomCheckDeclaration, _ table: BoundTable,
                                       _ missing: (String) -> Preparation) -> Preparation {
        guard let first = declaration.text("column") else { return missing("column") }
        guard let second = declaration.text("column2") else { return missing("column2") }
        guard let written = declaration.text("op") else { return missing("op") }
        guard let comparison = CustomCheckRules.Comparison(rawValue: written) else {
            return .once(LocalizedText(
                fr: "l'opérateur « \(written) » n'est pas l'un de > >= < <= == != : le contrôle n'a pas été fait",
                en: "operator \"\(written)\" is not one of > >= < <= == !=: the check was not run"),
                advice: CustomCheckAdvice.advice(for: ""))
        }
        guard let left = table.column(forField: first), let right = table.column(forField: second) else { return .skipped }
        return .ready(BoundCustomCheck(declaration: declaration, anchor: left, personal: false) { row in
            guard let a = row.value(left), let b = row.value(right),
                  let failure = CustomCheckRules.compare(a, comparison, b) else { return nil }
            return (failure, "\(a) \(comparison.rawValue) \(b)")
        })
    }

    private static func sumColumns(_ declaration: CustomCheckDeclaration, _ table: BoundTable,
                                   _ missing: (String) -> Preparation) -> Preparation {
        guard let total = declaration.text("column") else { return missing("column") }
        guard let parts = declaration.texts("columns"), !parts.isEmpty else { return missing("columns") }
        guard let totalColumn = table.column(forField: total) else { return .skipped }
        let partColumns = parts.compactMap(table.column(forField:))
        guard partColumns.count == parts.count else { return .skipped }
        let number = NumberSyntax()
        return .ready(BoundCustomCheck(declaration: declaration, anchor: totalColumn, personal: false) { row in
            guard let written = row.value(totalColumn) else { return nil }
            let values = partColumns.compactMap(row.value)
            guard values.count == partColumns.count else { return nil }
            guard let expected = number.read(written) else {
                return (CustomCheckRules.Failure(code: 1, reason: LocalizedText(fr: "le total n'est pas un nombre", en: "the total is not a number")), written)
            }
            let numbers = values.compactMap(number.read)
            guard numbers.count == values.count else {
                return (CustomCheckRules.Failure(code: 2, reason: LocalizedText(fr: "une des valeurs à additionner n'est pas un nombre",
                                                                                en: "one of the values to add is not a number")),
                        values.joined(separator: " + "))
            }
            let sum = numbers.reduce(0, +)
            guard abs(sum - expected) > 1e-9 * max(1, abs(expected)) else { return nil }
            return (CustomCheckRules.Failure(code: 0, reason: LocalizedText(fr: "le total n'est pas la somme des colonnes",
                                                                            en: "the total is not the sum of the columns")),
                    "\(written) ≠ " + values.joined(separator: " + "))
        })
    }

    private static func cohesiveColumns(_ declaration: CustomCheckDeclaration, _ table: BoundTable,
                                        _ missing: (String) -> Preparation) -> Preparation {
        guard let first = declaration.text("column") else { return missing("column") }
        guard let others = declaration.texts("othercolumns") else { return missing("othercolumns") }
        let columns = ([first] + others).compactMap(table.column(forField:))
        guard let anchor = columns.first else { return .skipped }
        return .ready(BoundCustomCheck(declaration: declaration, anchor: anchor, personal: false) { row in
            let filled = columns.filter { !row.isMissing($0) }.count
            guard filled != 0 && filled != columns.count else { return nil }
            return (CustomCheckRules.Failure(code: 0, reason: LocalizedText(
                fr: "ces colonnes doivent être toutes remplies ou toutes vides", en: "these columns must be all filled or all empty")), nil)
        })
    }

    private static func oneOfRequired(_ declaration: CustomCheckDeclaration, _ table: BoundTable,
                                      _ missing: (String) -> Preparation) -> Preparation {
        guard let first = declaration.text("column1") ?? declaration.text("column") else { return missing("column1") }
        guard let second = declaration.text("column2") else { return missing("column2") }
        let columns = [first, second].compactMap(table.column(forField:))
        guard let anchor = columns.first else {
            return .once(LocalizedText(fr: "le fichier n'a aucune des deux colonnes, dont l'une doit être remplie",
                                       en: "the file has neither of the two columns, one of which must be filled"),
                         advice: CustomCheckAdvice.advice(for: declaration.name))
        }
        return .ready(BoundCustomCheck(declaration: declaration, anchor: anchor, personal: false) { row in
            guard columns.allSatisfy(row.isMissing) else { return nil }
            return (CustomCheckRules.Failure(code: 0, reason: LocalizedText(
                fr: "au moins l'une des deux colonnes doit être remplie", en: "at least one of the two columns must be filled")), nil)
        })
    }

    /// The columns the declaration names, as `«a», «b»`, for messages.
    static func columnNames(_ declaration: CustomCheckDeclaration) -> String {
        let keys = ["column", "column1", "column2", "columns", "othercolumns"]
        let names = keys.flatMap { declaration.texts($0) ?? [] }
        return names.isEmpty ? "-" : names.map { "«\($0)»" }.joined(separator: ", ")
    }
}
