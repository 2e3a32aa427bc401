import Foundation

/// The rules a run uses: the loaded books with the project's configuration applied (rules turned
/// off, severities overridden). Configuration that names no known rule is an error.
public struct ActiveRules: Sendable {
    public var rules: [Rule]
    public var books: [RuleBookInfo]
    /// The column types of the loaded books, for the checks that infer or declare column types.
    public var types: ColumnTypeCatalogue
    /// The licences of the loaded books, and the allowed ones.
    public var licences: LicenceCatalogue
    /// Their reference texts, indexed once for the run when first needed (nil when no licence has a text).
    public let licenceTexts: SharedLicenceTextMatcher?
    public var waivers: [Waiver]
    /// Folder of the project configuration: its waivers' and schemas' file globs are relative to it.
    public var configDirectory: String?
    /// The project configuration's schema assignments.
    public var schemas: [SchemaAssignment]
    /// The publisher's own domains and numbers, from the project configuration.
    public var publisher: PublisherIdentity
    /// The project's default licence (`licence:` in `.lavande.yaml`), applied to datasets that declare none.
    public var defaultLicence: String?

    /// The Table Schema the configuration gives a file on disk, if any (the first assignment whose
    /// globs match the file's path relative to the configuration's folder).
    public func configuredSchema(forFile path: String) -> String? {
        guard let directory = configDirectory else { return nil }
        let relative = DatasetScanner.relative(URL(fileURLWithPath: path).standardizedFileURL.path, to: directory)
        return schemas.first { $0.files.contains { $0.matches(relative) } }?.schema
    }

    public init(_ set: RuleSet, config: ProjectConfig?) throws {
        books = set.books
        types = set.types
        licences = set.licences
        licenceTexts = SharedLicenceTextMatcher(catalogue: set.licences)
        waivers = config?.waivers ?? []
        configDirectory = config?.directory
        schemas = config?.schemas ?? []
        publisher = config?.publisher ?? PublisherIdentity()
        defaultLicence = config?.defaultLicence
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
