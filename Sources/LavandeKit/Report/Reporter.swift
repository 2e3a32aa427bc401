/// Options every reporter honours.
public struct ReportOptions: Sendable {
    public var language: Language
    /// ANSI colours (the terminal reporter, on a terminal, without `NO_COLOR`).
    public var color: Bool

    public init(language: Language = .en, color: Bool = false) {
        self.language = language
        self.color = color
    }
}

/// Renders a report in one format. Reporters only render: findings are computed by the engine.
public protocol Reporter: Sendable {
    /// The name `--format` takes.
    static var identifier: String { get }
    /// Conventional file extension for `--report-dir` style outputs.
    static var fileExtension: String { get }
    init()
    func render(_ report: Report, options: ReportOptions) -> String
}

/// Every reporter, by `--format` name.
public enum Reporters {
    public static let all: [any Reporter.Type] = [TextReporter.self, JSONReporter.self, SARIFReporter.self, JUnitReporter.self, GitHubReporter.self,
                                                  GitLabReporter.self, MarkdownReporter.self, HTMLReporter.self]

    public static func named(_ identifier: String) -> (any Reporter)? {
        all.first { $0.identifier == identifier }.map { $0.init() }
    }

    public static var identifiers: [String] { all.map { $0.identifier } }
}
