/// The rules a run uses: the loaded books with the project's configuration applied (rules turned
/// off, severities overridden). Configuration that names no known rule is an error.
public struct ActiveRules: Sendable {
    public var rules: [Rule]
    public var books: [RuleBookInfo]
    public var waivers: [Waiver]
    /// Folder the waivers' file globs are relative to.
    public var waiverDirectory: String?

    public init(_ set: RuleSet, config: ProjectConfig?) throws {
        books = set.books
        waivers = config?.waivers ?? []
        waiverDirectory = config?.directory
        var errors: [RuleFileError] = []
        let ids = set.rules.map(\.id)
        func requireKnown(_ glob: Glob, at location: SourceLocation) {
            if !ids.contains(where: glob.matches) {
                errors.append(RuleFileError("no active rule matches '\(glob.pattern)'", at: location))
            }
        }
        var rules = set.rules
        for disabled in config?.disabled ?? [] {
            requireKnown(disabled.value, at: disabled.location)
            rules.removeAll { disabled.value.matches($0.id) }
        }
        for override in config?.severities ?? [] {
            requireKnown(Glob(override.value.rule), at: override.location)
            for index in rules.indices where Glob(override.value.rule).matches(rules[index].id) {
                rules[index].severity = override.value.severity
            }
        }
        for waiver in waivers { requireKnown(waiver.rule, at: waiver.location) }
        guard errors.isEmpty else { throw RuleFileErrors(errors) }
        self.rules = rules
    }
}
