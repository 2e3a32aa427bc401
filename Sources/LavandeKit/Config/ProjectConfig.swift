/// A project's `.lavande.yaml`: which rule books, which rules are off, severity overrides, and
/// waivers. Found in the checked folder or its parents.
public struct ProjectConfig: Sendable {
    public static let fileName = ".lavande.yaml"

    /// The file it was read from.
    public var path: String
    /// The folder holding it: waiver file globs are relative to it.
    public var directory: String
    /// Rule books to use instead of the default (nil: the default book).
    public var books: [RuleBookSource]?
    public var disabled: [Located<Glob>]
    public var severities: [Located<(rule: String, severity: Severity)>]
    public var waivers: [Waiver]
    /// Table Schemas for files, in order: the first whose globs match a file gives its schema.
    public var schemas: [SchemaAssignment]
    /// The publisher's own e-mail domains and phone numbers: not personal data.
    public var publisher: PublisherIdentity
    /// The licence of the project's datasets when they declare none themselves (`licence:`).
    public var defaultLicence: String?

    public init(path: String, directory: String, books: [RuleBookSource]? = nil, disabled: [Located<Glob>] = [],
                severities: [Located<(rule: String, severity: Severity)>] = [], waivers: [Waiver] = [],
                schemas: [SchemaAssignment] = [], publisher: PublisherIdentity = PublisherIdentity()) {
        self.path = path
        self.directory = directory
        self.books = books
        self.disabled = disabled
        self.severities = severities
        self.waivers = waivers
        self.schemas = schemas
        self.publisher = publisher
    }
}

/// `schemas:` in `.lavande.yaml`: files (globs relative to the configuration's folder) and the
/// Table Schema they must follow (absolute path, resolved from the configuration's folder).
public struct SchemaAssignment: Sendable {
    public var files: [Glob]
    public var schema: String
}

/// A value with the place it was written, to report it if it turns out wrong.
public struct Located<Value>: @unchecked Sendable {
    public var value: Value
    public var location: SourceLocation
}

/// A known problem accepted on purpose: findings it covers stay in every report, marked waived
/// and counted apart, and no longer fail the run.
public struct Waiver: Sendable {
    /// Rule id, or a glob over ids (`personal-data.*`).
    public var rule: Glob
    /// Files, relative to the folder of `.lavande.yaml`.
    public var files: [Glob]
    /// Column header (compared without case and accents) or 1-based index; nil for any column.
    public var column: String?
    public var reason: String
    public var location: SourceLocation

    /// Whether the waiver covers a finding of `ruleID` in `file` (relative to the config's folder).
    public func covers(ruleID: String, file: String?, column ref: ColumnRef?) -> Bool {
        guard rule.matches(ruleID) else { return false }
        if !files.isEmpty {
            guard let file, files.contains(where: { $0.matches(file) }) else { return false }
        }
        if let column {
            guard let ref else { return false }
            if String(ref.index) == column { return true }
            return ref.name.map { TextFolding.fold($0) == TextFolding.fold(column) } ?? false
        }
        return true
    }
}
