/// The kinds of the `types.` family, on the shared column profiler.
enum TypeChecks {
    static let kinds: [any CheckKind.Type] = [
        ColumnTypeMismatchCheck.self, InvalidValueCheck.self, MixedFormatsCheck.self, ExcelDamageCheck.self,
        CoordinatesCheck.self, ImplausibleDateCheck.self, MissingValueSpellingsCheck.self,
    ]
}
