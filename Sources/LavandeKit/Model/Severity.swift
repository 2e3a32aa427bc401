/// How serious a finding is. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The threshold of `--fail-on`: findings at or above it fail the run; `never` fails nothing.
public enum FailThreshold: String, Sendable, CaseIterable {
    case error
    case warning
    case info
    case never

    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .never: return false
        case .error: return severity >= .error
        case .warning: return severity >= .warning
        case .info: return true
        }
    }
}
