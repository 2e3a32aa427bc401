/// A place in a rule book or configuration file.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem in a rule book or a `.lavande.yaml`, located as `file:line:column` the way
/// compilers report errors, so editors can jump to it.
public struct RuleFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}

/// Every problem found while loading rule books or configuration (loading goes on after the
/// first one, so a user fixes them all in one round).
public struct RuleFileErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [RuleFileError]

    /// The errors in file, line and column order.
    public init(_ errors: [RuleFileError]) {
        self.errors = errors.sorted {
            ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column)
        }
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
