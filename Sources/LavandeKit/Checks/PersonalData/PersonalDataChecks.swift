/// The kinds of the `personal-data.` family.
enum PersonalDataChecks {
    static let kinds: [any CheckKind.Type] = [PersonalDataCheck.self, FreeTextCheck.self, SmallCountsCheck.self]
}
