import LavandeTabular

/// A rule described for people: what `lavande explain` prints and what the checks catalogue
/// in `docs/` is generated from.
public struct RuleExplanation: Sendable {
    public let rule: Rule
    public let kind: (any CheckKind.Type)?
    public let language: Language

    public init(rule: Rule, kind: (any CheckKind.Type)?, language: Language) {
        self.rule = rule
        self.kind = kind
        self.language = language
    }

    private func words(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    public var text: String {
        var lines = ["\(rule.id) — \(rule.title[language])", ""]
        lines.append("\(words("Gravité", "Severity")): \(rule.severity.rawValue)    \(words("Type de contrôle", "Kind")): \(rule.kind)")
        if !rule.files.isEmpty { lines.append("\(words("Fichiers", "Files")): \(rule.files.map(\.pattern).joined(separator: ", "))") }
        if let columns = rule.columns { lines.append("\(words("Colonnes", "Columns")): /\(columns.pattern)/") }
        lines.append("\(words("Défini dans", "Defined in")): \(rule.location)")
        lines.append("")
        if let description = rule.description { lines.append(description[language]); lines.append("") }
        if let kind { lines.append(kind.summary[language]); lines.append("") }
        if let kind, !kind.parameters.isEmpty {
            lines.append(words("Paramètres (with:)", "Parameters (with:)"))
            for spec in kind.parameters {
                let value = rule.parameters.values[spec.name]?.description ?? "-"
                lines.append("  \(spec.name) = \(value)  (\(words("défaut", "default")) \(spec.defaultValue)) — \(spec.summary[language])")
            }
            lines.append("")
        }
        lines.append("\(words("Message", "Message")): \(rule.message[language])")
        lines.append("\(words("Correction", "Fix")): \(rule.help[language])")
        for (title, examples) in [(words("Exemples qui déclenchent la règle", "Examples that trigger the rule"), rule.examples.fail),
                                  (words("Exemples qui ne la déclenchent pas", "Examples that do not trigger it"), rule.examples.pass)] {
            lines.append("")
            lines.append(title + ":")
            for example in examples {
                for file in example.files {
                    lines.append("  --- \(file.name)")
                    lines.append(contentsOf: RuleExplanation.show(file.content).map { "  " + $0 })
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// An example's content as lines people can read (bytes outside UTF-8 shown as `\xNN`).
    static func show(_ content: ExampleFile.Content) -> [String] {
        switch content {
        case let .special(entry): return ["(\(entry.rawValue))"]
        case let .bytes(bytes):
            if bytes.isEmpty { return ["(0 bytes)"] }
            var prefix: [String] = []
            var text: String
            if let utf8 = String(validating: bytes, as: UTF8.self) {
                text = utf8
            } else {
                prefix = ["(not UTF-8: shown as Windows-1252)"]
                text = bytes.withUnsafeBufferPointer { TextDecoding.string($0, encoding: .windows1252) }
            }
            text = String(String.UnicodeScalarView(text.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
                let visible = scalar.value >= 0x20 || scalar == "\n" || scalar == "\t"
                return visible && scalar.value != 0xFEFF ? [scalar] : Array("\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            }))
            return prefix + text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
