import Foundation

/// One check of a rule book, validated: its kind exists, its parameters have the declared types,
/// its messages use only placeholders the kind provides, its selectors compile.
public struct Rule: Sendable {
    /// Stable id, `family.name` (`encoding.not-utf8`), shown in every report and used to waive or override.
    public var id: String
    /// The Swift check kind that implements it (`CheckKind.name`).
    public var kind: String
    public var severity: Severity
    public var title: LocalizedText
    public var description: LocalizedText?
    /// Files the rule applies to (globs over the path relative to the checked root; a glob without
    /// `/` matches the file name); empty means every file its kind applies to.
    public var files: [Glob]
    /// Columns the rule applies to, for column-level kinds; nil means every column.
    public var columns: ColumnSelector?
    public var parameters: Parameters
    /// Message and help templates with `{placeholders}`.
    public var message: LocalizedText
    public var help: LocalizedText
    public var examples: RuleExamples
    /// Where the rule is defined.
    public var location: SourceLocation

    /// The family: the part of the id before the first dot.
    public var family: String { id.split(separator: ".").first.map(String.init) ?? id }

    /// Whether the rule applies to a file at `path` (relative to the checked root).
    public func applies(toFile path: String) -> Bool {
        files.isEmpty || files.contains { $0.matches(path) }
    }
}

/// Selects columns by a regular expression over their header, matched case-insensitively against
/// the header as written and against its folded form (lower case, accents removed).
///
/// Matched by a `CellPattern`, like the patterns of column types: in time linear in the header
/// when the syntax allows, so a pattern such as `^(a+)+$` cannot backtrack without end on a
/// hostile header (ICU alone takes seconds per header of 25 `a`s and a `b`).
public final class ColumnSelector: Sendable {
    public let pattern: String
    private let matcher: CellPattern

    public init(pattern: String) throws {
        self.pattern = pattern
        matcher = try CellPattern(pattern, caseInsensitive: true)
    }

    public func matches(header: String) -> Bool {
        matcher.matches(header) || matcher.matches(TextFolding.fold(header))
    }
}

/// The inline examples of a rule: tables that must trigger it and tables that must not.
public struct RuleExamples: Sendable {
    public var fail: [RuleExample]
    public var pass: [RuleExample]

    public init(fail: [RuleExample] = [], pass: [RuleExample] = []) {
        self.fail = fail
        self.pass = pass
    }
}

/// One example: a small dataset folder of one or more files.
public struct RuleExample: Sendable {
    public var files: [ExampleFile]
    public var location: SourceLocation
}

/// A file of an example, with the bytes to write (or a special kind of entry to create).
public struct ExampleFile: Sendable {
    public enum Content: Sendable {
        case bytes([UInt8])
        case special(SpecialEntry)
    }

    /// Entries that are not regular files, for the checks of unreadable files.
    public enum SpecialEntry: String, Sendable, CaseIterable {
        case directory
        case fifo
        case brokenSymlink = "broken-symlink"
        case symlinkLoop = "symlink-loop"
    }

    public var name: String
    public var content: Content
}
