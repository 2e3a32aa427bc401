/// The kinds of the `licence.` family.
enum LicenceChecks {
    static let kinds: [any CheckKind.Type] = [LicenceCheck.self]
}
