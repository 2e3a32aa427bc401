/// GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of issues in the Code
/// Climate subset GitLab reads.
///
/// Severities: error → `critical`, warning → `minor`, info → `info`. Waived findings are left
/// out: they were accepted, and Code Quality has no notion of a waiver. Findings without a file
/// point at their dataset folder. `lines.begin` is the physical line (else the record, else 1).
/// The fingerprint is a hash (two 64-bit FNV-1a) of the rule, the path, the column name (or index)
/// and the line, so it stays the same from run to run while the problem is there; findings that
/// would share one get `#2`, `#3`… hashed in, in report order.
public struct GitLabReporter: Reporter {
    public static let identifier = "gitlab"
    public static let fileExtension = "gitlab.json"

    public init() {}

    public func render(_ report: Report, options: ReportOptions) -> String {
        let language = options.language
        var seen: [String: Int] = [:]
        var issues: [JSONValue] = []
        for finding in report.findings where !finding.isWaived {
            let path = finding.file ?? finding.dataset
            let line = finding.location?.line ?? finding.location?.row ?? 1
            let column = finding.location?.column.map { $0.name ?? String($0.index) } ?? ""
            var key = [finding.ruleID, path, column, String(line)].joined(separator: "\u{1F}")
            let occurrence = (seen[key] ?? 0) + 1
            seen[key] = occurrence
            if occurrence > 1 { key += "\u{1F}#\(occurrence)" }
            var description = finding.message[language]
            if let place = ReportText.place(finding.location, language: language) { description += " (\(place))" }
            issues.append(.object([
                ("description", .string(description)),
                ("check_name", .string(finding.ruleID)),
                ("fingerprint", .string(Self.fingerprint(key))),
                ("severity", .string(Self.severity(finding.severity))),
                ("location", .object([
                    ("path", .string(path)),
                    ("lines", .object([("begin", .int(line))])),
                ])),
                ("content", .object([("body", .string(finding.help[language]))])),
            ]))
        }
        return JSONValue.array(issues).serialized() + "\n"
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "critical"
        case .warning: return "minor"
        case .info: return "info"
        }
    }

    /// 32 hexadecimal digits: two 64-bit FNV-1a hashes of the UTF-8 bytes, with different
    /// offset bases (no CryptoKit on Linux; this needs stability, not secrecy).
    static func fingerprint(_ key: String) -> String {
        func fnv1a(_ basis: UInt64) -> UInt64 {
            var hash = basis
            for byte in key.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(fnv1a(0xCBF2_9CE4_8422_2325)) + hex(fnv1a(0x6C62_272E_07BB_0142))
    }
}
