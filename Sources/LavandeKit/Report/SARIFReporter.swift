/// SARIF 2.1.0 (OASIS, errata 01): the format of code-scanning tools (GitHub code scanning,
/// GitLab, IDE viewers). One run; the driver lists every rule of the report, one result per finding.
///
/// - Paths are relative to the checked root, given as the uri base id `SRCROOT`; its absolute
///   path is not written (the report stays the same on every machine), so `originalUriBaseIds`
///   describes it without a `uri`.
/// - `helpUri` must be an absolute URI in SARIF (§3.49.12), and the project has no public home
///   yet: rules point at `documentationBase` + `docs/checks.md#<id without dots>`, under the
///   reserved `.invalid` domain so that it can never resolve to someone else's site. Change
///   `documentationBase` once the documentation is published.
/// - `startColumn` is the finding's byte column (1-based); SARIF columns count characters, which
///   is the same on ASCII lines and on the single-byte encodings byte-level findings mostly concern.
/// - Waived findings keep their level and get an external suppression with the waiver's reason.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let fileExtension = "sarif"

    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let documentationBase = "https://lavande.invalid/"
    /// The uri base id of every artifact location: the checked root.
    public static let rootBaseID = "SRCROOT"

    public init() {}

    public func render(_ report: Report, options: ReportOptions) -> String {
        document(report, options: options).serialized() + "\n"
    }

    public func document(_ report: Report, options: ReportOptions) -> JSONValue {
        let language = options.language
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in report.rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
        let root = language == .fr ? "Le dossier vérifié." : "The checked folder."
        return .object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string(report.tool.name)),
                    ("version", .string(report.tool.version)),
                    ("rules", .array(report.rules.map { rule($0, language: language) })),
                ]))])),
                ("language", .string(language.rawValue)),
                ("originalUriBaseIds", .object([
                    (Self.rootBaseID, .object([("description", .object([("text", .string(root))]))])),
                ])),
                ("results", .array(report.findings.map { result($0, ruleIndex: ruleIndex[$0.ruleID], language: language) })),
            ])])),
        ])
    }

    /// `docs/checks.md#structureextra-cells` for `structure.extra-cells`.
    public static func documentationPath(for ruleID: String) -> String {
        "docs/checks.md#" + ruleID.replacingOccurrences(of: ".", with: "")
    }

    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    private func rule(_ rule: Rule, language: Language) -> JSONValue {
        let helpURI = Self.documentationBase + Self.documentationPath(for: rule.id)
        let help = rule.help[language]
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.title[language]))])),
            ("fullDescription", .object([("text", .string(rule.description?[language] ?? rule.title[language]))])),
            ("helpUri", .string(helpURI)),
            ("help", .object([
                ("text", .string(help)),
                ("markdown", .string(help + "\n\n[`" + rule.id + "`](" + helpURI + ")")),
            ])),
            ("defaultConfiguration", .object([("level", .string(Self.level(rule.severity)))])),
            ("properties", .object([("kind", .string(rule.kind)), ("family", .string(rule.family))])),
        ])
    }

    private func result(_ finding: Finding, ruleIndex: Int?, language: Language) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("ruleId", .string(finding.ruleID))]
        if let ruleIndex { pairs.append(("ruleIndex", .int(ruleIndex))) }
        pairs.append(("level", .string(Self.level(finding.severity))))
        pairs.append(("message", .object([("text", .string(finding.message[language]))])))
        if let location = physicalLocation(finding) {
            pairs.append(("locations", .array([.object([("physicalLocation", location)])])))
        }
        if let reason = finding.waiver {
            pairs.append(("suppressions", .array([.object([("kind", .string("external")), ("justification", .string(reason))])])))
        }
        var properties: [(String, JSONValue)] = [("dataset", .string(finding.dataset))]
        if let row = finding.location?.row { properties.append(("row", .int(row))) }
        if let column = finding.location?.column { properties.append(("column", Self.column(column))) }
        properties.append(("count", .int(finding.count)))
        properties.append(("examples", .array(finding.examples.map(Self.location))))
        if let evidence = finding.evidence { properties.append(("evidence", .string(evidence))) }
        pairs.append(("properties", .object(properties)))
        return .object(pairs)
    }

    /// The file and its region; the dataset folder for dataset-level findings.
    private func physicalLocation(_ finding: Finding) -> JSONValue? {
        let path = finding.file ?? ReportText.folder(finding.dataset)
        var pairs: [(String, JSONValue)] = [
            ("artifactLocation", .object([("uri", .string(Self.uriReference(path))), ("uriBaseId", .string(Self.rootBaseID))])),
        ]
        if finding.file != nil, let location = finding.location {
            var region: [(String, JSONValue)] = []
            if let line = location.line {
                region.append(("startLine", .int(line)))
                if let byteColumn = location.byteColumn { region.append(("startColumn", .int(byteColumn))) }
            }
            if let offset = location.offset { region.append(("byteOffset", .int(offset))) }
            if !region.isEmpty { pairs.append(("region", .object(region))) }
        }
        return .object(pairs)
    }

    /// A relative path as a URI reference: every byte outside RFC 3986's unreserved characters,
    /// sub-delimiters, `@` and `/` is percent-encoded (UTF-8), `:` too so that no segment reads as a scheme.
    public static func uriReference(_ path: String) -> String {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/".utf8)
        var output = ""
        for byte in path.utf8 {
            if kept.contains(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF")
                output += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return output
    }

    private static func column(_ column: ColumnRef) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("index", .int(column.index))]
        if let name = column.name { pairs.append(("name", .string(name))) }
        return .object(pairs)
    }

    private static func location(_ location: Location) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let row = location.row { pairs.append(("row", .int(row))) }
        if let line = location.line { pairs.append(("line", .int(line))) }
        if let column = location.column { pairs.append(("column", self.column(column))) }
        if let offset = location.offset { pairs.append(("offset", .int(offset))) }
        if let byteColumn = location.byteColumn { pairs.append(("byteColumn", .int(byteColumn))) }
        return .object(pairs)
    }
}
