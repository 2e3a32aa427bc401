import Foundation

/// Where a rule book comes from: a file the user named, or one of the default books built into
/// the binary from the repository's `rules/` folder.
public enum RuleBookSource: Sendable, Hashable, CustomStringConvertible {
    case file(String)
    case embedded(String)

    /// The default publication baseline.
    public static let defaultBook = RuleBookSource.embedded("default.yaml")

    public var description: String {
        switch self {
        case let .file(path): return path
        case let .embedded(name): return "rules/" + name
        }
    }

    /// The book's text, or a located error.
    func read() throws -> String {
        let data: Data
        switch self {
        case let .file(path):
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw RuleFileError("cannot read the rule book", at: SourceLocation(file: path, line: 1, column: 1))
            }
            data = contents
        case let .embedded(name):
            guard let contents = EmbeddedRules.data(named: name) else {
                throw RuleFileError("no such built-in rule book", at: SourceLocation(file: description, line: 1, column: 1))
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleFileError("rule books must be UTF-8", at: SourceLocation(file: description, line: 1, column: 1))
        }
        return text
    }

    /// A book named by `include:` from this one, relative to it.
    func resolving(_ include: String) -> RuleBookSource {
        switch self {
        case let .file(path):
            if include.hasPrefix("/") { return .file(include) }
            let folder = (path as NSString).deletingLastPathComponent
            return .file(URL(fileURLWithPath: folder.isEmpty ? "." : folder).appendingPathComponent(include).standardizedFileURL.path)
        case let .embedded(name):
            let folder = (name as NSString).deletingLastPathComponent
            let joined = folder.isEmpty ? include : folder + "/" + include
            return .embedded(URL(fileURLWithPath: "/" + joined).standardizedFileURL.path.dropFirst().description)
        }
    }
}

/// The files of `rules/`, compiled into the binary by the EmbedRulesPlugin build step.
public enum EmbeddedRules {
    /// Paths relative to `rules/`, sorted.
    public static var names: [String] { EmbeddedRuleFiles.base64.keys.sorted() }

    public static func data(named name: String) -> Data? {
        EmbeddedRuleFiles.base64[name].flatMap { Data(base64Encoded: $0) }
    }
}
