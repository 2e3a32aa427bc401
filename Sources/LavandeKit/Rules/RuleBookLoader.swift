import Foundation
import Yams

/// Loads rule books from YAML into a validated `RuleSet`: every unknown key, unknown kind, bad
/// severity, wrong parameter, uncompilable pattern, missing or cyclic include, or placeholder the
/// kind does not provide is reported with its file, line and column.
public struct RuleBookLoader: Sendable {
    public static let formatVersion = 1

    static let bookKeys: Set<String> = ["lavande", "id", "title", "description", "include", "checks", "types", "missing-values", "licences",
                                        "allowed-licences"]
    static let ruleKeys: Set<String> = ["id", "kind", "severity", "title", "description", "files", "columns", "with",
                                        "message", "help", "examples"]
    static let exampleKeys: Set<String> = ["file", "name", "encoding", "bom", "base64", "special", "files"]
    static let idPattern = try! NSRegularExpression(pattern: "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$")

    public let registry: CheckRegistry

    public init(registry: CheckRegistry = .builtIn) { self.registry = registry }

    /// Loads the books in order (each with its includes, each book once).
    public func load(_ sources: [RuleBookSource]) throws -> RuleSet {
        var state = LoadState()
        for source in sources {
            load(source, includedFrom: nil, state: &state)
        }
        return try finish(state)
    }

    /// The set of the loaded books, after the checks that need them all (rule ids defined twice,
    /// unknown column types and licences), or every error met.
    func finish(_ state: LoadState) throws -> RuleSet {
        var state = state
        var seen: [String: SourceLocation] = [:]
        for rule in state.set.rules {
            if let first = seen[rule.id] {
                state.errors.append(RuleFileError("rule id '\(rule.id)' is already defined at \(first)", at: rule.location))
            } else {
                seen[rule.id] = rule.location
            }
        }
        let typeIDs = Set(state.set.types.types.map(\.id))
        for (id, location) in state.typeReferences where !typeIDs.contains(id) {
            state.errors.append(RuleFileError("unknown column type '\(id)' (known types: \(typeIDs.sorted().joined(separator: ", ")))", at: location))
        }
        let licenceIDs = Set(state.set.licences.entries.map(\.id))
        for id in state.set.licences.allowed ?? [] where !licenceIDs.contains(id) {
            state.errors.append(RuleFileError("allowed-licences: unknown licence '\(id)' (known: \(licenceIDs.sorted().joined(separator: ", ")))",
                                              at: state.allowedLocation ?? SourceLocation(file: "?", line: 1, column: 1)))
        }
        guard state.errors.isEmpty else { throw RuleFileErrors(state.errors) }
        return state.set
    }

    struct LoadState {
        var set = RuleSet()
        var errors: [RuleFileError] = []
        var loaded: Set<RuleBookSource> = []
        var stack: [RuleBookSource] = []
        var typeReferences: [(id: String, location: SourceLocation)] = []
        var allowedLocation: SourceLocation?
    }

    private func load(_ source: RuleBookSource, includedFrom: (YAMLDocument, Node)?, state: inout LoadState) {
        if state.stack.contains(source) {
            let cycle = (state.stack.drop { $0 != source } + [source]).map(\.description).joined(separator: " → ")
            if let (document, node) = includedFrom {
                document.fail("cyclic include: \(cycle)", at: node)
            }
            return
        }
        guard state.loaded.insert(source).inserted else { return }
        let text: String
        do {
            text = try source.read()
        } catch let error as RuleFileError {
            if let (document, node) = includedFrom {
                document.fail("cannot include '\(source)': \(error.message)", at: node)
            } else {
                state.errors.append(error)
            }
            return
        } catch {
            state.errors.append(RuleFileError("\(error)", at: SourceLocation(file: source.description, line: 1, column: 1)))
            return
        }
        parse(text, from: source, state: &state)
    }

    /// Parses the text of the book at `source` (already marked loaded), loading its includes.
    func parse(_ text: String, from source: RuleBookSource, state: inout LoadState) {
        let document = YAMLDocument(file: source.description, text: text)
        state.stack.append(source)
        parseBook(document, source: source, state: &state)
        state.typeReferences += document.typeReferences.map { ($0.id, document.location(of: $0.node)) }
        state.stack.removeLast()
        state.errors.append(contentsOf: document.errors)
    }

    private func parseBook(_ document: YAMLDocument, source: RuleBookSource, state: inout LoadState) {
        guard let root = document.root else {
            if document.errors.isEmpty { document.fail("the rule book is empty", at: nil) }
            return
        }
        guard let pairs = document.mapping(root, what: "rule book", allowed: RuleBookLoader.bookKeys) else { return }
        let fields = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        if let versionNode = fields["lavande"] {
            if let version = document.int(versionNode, what: "lavande"), version != RuleBookLoader.formatVersion {
                document.fail("unsupported rule-format version \(version) (this Lavande reads version \(RuleBookLoader.formatVersion))", at: versionNode)
            }
        } else {
            document.fail("missing 'lavande: \(RuleBookLoader.formatVersion)' (the rule-format version)", at: root)
        }
        let id = document.string(fields["id"], what: "id")
        if fields["id"] == nil { document.fail("missing 'id'", at: root) }
        let title = document.localized(fields["title"], what: "title")
        if fields["title"] == nil { document.fail("missing 'title' {fr, en}", at: root) }
        if let description = fields["description"] { _ = document.localized(description, what: "description") }
        if let id, let title {
            state.set.books.append(RuleBookInfo(id: id, title: title, source: source.description))
        }
        for includeNode in document.sequence(fields["include"], what: "include") ?? [] {
            guard let name = document.string(includeNode, what: "include") else { continue }
            load(source.resolving(name), includedFrom: (document, includeNode), state: &state)
        }
        for ruleNode in document.sequence(fields["checks"], what: "checks") ?? [] {
            if let rule = parseRule(ruleNode, in: document) { state.set.rules.append(rule) }
        }
        for typeNode in document.sequence(fields["types"], what: "types") ?? [] {
            guard let type = ColumnTypeParser.parse(typeNode, in: document) else { continue }
            if let first = state.set.types.type(type.id) {
                document.fail("column type '\(type.id)' is already defined at \(first.location)", at: typeNode)
            } else {
                state.set.types.types.append(type)
            }
        }
        for licenceNode in document.sequence(fields["licences"], what: "licences") ?? [] {
            guard let entry = LicenceEntryParser.parse(licenceNode, in: document) else { continue }
            if let first = state.set.licences.entry(entry.id) {
                document.fail("licence '\(entry.id)' is already defined at \(first.location)", at: licenceNode)
            } else {
                state.set.licences.entries.append(entry)
            }
        }
        if let allowedNode = fields["allowed-licences"] {
            // A later book replaces the list of an earlier one: a project narrows or widens the décret's list.
            state.set.licences.allowed = document.stringList(allowedNode, what: "allowed-licences")
            state.allowedLocation = document.location(of: allowedNode)
        }
        if let missingNode = fields["missing-values"] {
            state.set.types.missingValues += document.stringList(missingNode, what: "missing-values") ?? []
        }
    }

    // MARK: Rules

    private func parseRule(_ node: Node, in document: YAMLDocument) -> Rule? {
        guard let pairs = document.mapping(node, what: "check", allowed: RuleBookLoader.ruleKeys) else { return nil }
        let fields = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        for required in ["id", "kind", "severity", "title", "message", "help", "examples"] where fields[required] == nil {
            document.fail("check is missing '\(required)'", at: node)
        }
        let id = document.string(fields["id"], what: "id")
        if let id, RuleBookLoader.idPattern.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) == nil {
            document.fail("rule id '\(id)' must be 'family.name' in lower case (e.g. encoding.not-utf8)", at: fields["id"])
        }
        let kindName = document.string(fields["kind"], what: "kind")
        var kind: (any CheckKind.Type)?
        if let kindName {
            kind = registry.kind(named: kindName)
            if kind == nil {
                document.fail("unknown check kind '\(kindName)' (known kinds: \(registry.names.joined(separator: ", ")))", at: fields["kind"])
            }
        }
        let severity = document.enumValue(fields["severity"], what: "severity", as: Severity.self)
        let title = document.localized(fields["title"], what: "title")
        let description = fields["description"].flatMap { document.localized($0, what: "description") }
        let files = (document.stringList(fields["files"], what: "files") ?? []).map(Glob.init)
        var columns: ColumnSelector?
        if let pattern = document.string(fields["columns"], what: "columns") {
            do {
                columns = try ColumnSelector(pattern: pattern)
            } catch {
                document.fail("columns: the regular expression '\(pattern)' does not compile", at: fields["columns"])
            }
        }
        let message = document.localized(fields["message"], what: "message")
        let help = document.localized(fields["help"], what: "help")
        var parameters: Parameters?
        if let kind, fields["columns"] != nil, !kind.selectsColumns {
            document.fail("kind \(kind.name) checks whole files: 'columns' does not apply to it", at: fields["columns"])
        }
        if let kind {
            parameters = parseParameters(fields["with"], for: kind, in: document, at: node)
            for text in [message, help].compactMap({ $0 }) {
                checkPlaceholders(text, kind: kind, in: document, at: fields["message"] ?? node)
            }
        }
        let examples = parseExamples(fields["examples"], in: document)
        guard let id, let kindName, let severity, let title, let message, let help, let parameters, let examples else {
            return nil
        }
        return Rule(id: id, kind: kindName, severity: severity, title: title, description: description, files: files,
                    columns: columns, parameters: parameters, message: message, help: help, examples: examples,
                    location: document.location(of: node))
    }

    private func parseParameters(_ node: Node?, for kind: any CheckKind.Type, in document: YAMLDocument, at ruleNode: Node) -> Parameters? {
        let specs = Dictionary(uniqueKeysWithValues: kind.parameters.map { ($0.name, $0) })
        var values = Dictionary(uniqueKeysWithValues: kind.parameters.map { ($0.name, $0.defaultValue) })
        if let node {
            let allowed = Set(specs.keys)
            guard let pairs = document.mapping(node, what: "with (parameters of kind \(kind.name))", allowed: allowed) else { return nil }
            for (name, _, valueNode) in pairs {
                guard let spec = specs[name], let value = parseValue(valueNode, spec: spec, in: document) else { return nil }
                values[name] = value
            }
        }
        let parameters = Parameters(values)
        for problem in kind.validate(parameters) {
            document.fail(problem, at: node ?? ruleNode)
        }
        return parameters
    }

    private func parseValue(_ node: Node, spec: ParameterSpec, in document: YAMLDocument) -> ParameterValue? {
        let what = "with.\(spec.name)"
        let value: ParameterValue?
        switch spec.type {
        case .int: value = document.int(node, what: what).map(ParameterValue.int)
        case .double: value = document.double(node, what: what).map(ParameterValue.double)
        case .bool: value = document.bool(node, what: what).map(ParameterValue.bool)
        case .strings: value = document.stringList(node, what: what).map(ParameterValue.strings)
        case .columnType:
            value = document.string(node, what: what).map(ParameterValue.string)
            if case let .string(id)? = value { document.typeReferences.append((id, node)) }
        case .columnTypes:
            value = document.stringList(node, what: what).map(ParameterValue.strings)
            if case let .strings(ids)? = value { document.typeReferences += ids.map { ($0, node) } }
        case .string:
            value = document.string(node, what: what).map(ParameterValue.string)
        }
        let texts: [String]
        switch value {
        case let .string(text)?: texts = [text]
        case let .strings(list)?: texts = list
        default: texts = []
        }
        if let text = texts.first(where: { !spec.isChoice($0) }) {
            document.fail("\(what): '\(text)' is not one of \(spec.choices.joined(separator: ", "))", at: node)
            return nil
        }
        if let range = spec.range {
            let number: Double?
            switch value {
            case let .int(int)?: number = Double(int)
            case let .double(double)?: number = double
            default: number = nil
            }
            if let number, !range.contains(number) {
                document.fail("\(what) must be between \(range.lowerBound) and \(range.upperBound)", at: node)
                return nil
            }
        }
        return value
    }

    private func checkPlaceholders(_ text: LocalizedText, kind: any CheckKind.Type, in document: YAMLDocument, at node: Node) {
        let allowed = FindingDraft.commonPlaceholders.union(kind.placeholders)
        for language in Language.allCases {
            for name in MessageTemplate.placeholders(in: text[language]) where !allowed.contains(name) {
                document.fail("placeholder {\(name)} is not provided by kind \(kind.name) (available: \(allowed.sorted().joined(separator: ", ")))", at: node)
            }
        }
    }

    // MARK: Examples

    private func parseExamples(_ node: Node?, in document: YAMLDocument) -> RuleExamples? {
        guard let node else { return nil }
        guard let pairs = document.mapping(node, what: "examples", allowed: ["fail", "pass"]) else { return nil }
        let fields = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        let fail = (document.sequence(fields["fail"], what: "examples.fail") ?? []).compactMap { parseExample($0, in: document) }
        let pass = (document.sequence(fields["pass"], what: "examples.pass") ?? []).compactMap { parseExample($0, in: document) }
        if fail.isEmpty { document.fail("examples need at least one 'fail' example (a table that triggers the rule)", at: node) }
        if pass.isEmpty { document.fail("examples need at least one 'pass' example (a table that does not trigger the rule)", at: node) }
        return RuleExamples(fail: fail, pass: pass)
    }

    private func parseExample(_ node: Node, in document: YAMLDocument) -> RuleExample? {
        guard let pairs = document.mapping(node, what: "example", allowed: RuleBookLoader.exampleKeys) else { return nil }
        let fields = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        let location = document.location(of: node)
        if let filesNode = fields["files"] {
            guard let entries = document.mapping(filesNode, what: "example files") else { return nil }
            let files = entries.compactMap { entry -> ExampleFile? in
                document.string(entry.value, what: "example file").map { ExampleFile(name: entry.key, content: .bytes(Array($0.utf8))) }
            }
            return RuleExample(files: files, location: location)
        }
        let name = document.string(fields["name"], what: "name") ?? "example.csv"
        if let special = fields["special"] {
            guard let entry = document.enumValue(special, what: "special", as: ExampleFile.SpecialEntry.self) else { return nil }
            return RuleExample(files: [ExampleFile(name: name, content: .special(entry))], location: location)
        }
        if let base64 = fields["base64"] {
            guard let text = document.string(base64, what: "base64") else { return nil }
            guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else {
                document.fail("base64: not valid base64", at: base64)
                return nil
            }
            return RuleExample(files: [ExampleFile(name: name, content: .bytes(Array(data)))], location: location)
        }
        guard let text = document.string(fields["file"], what: "file") else {
            document.fail("an example needs 'file' (the content), 'base64', 'special' or 'files'", at: node)
            return nil
        }
        let encoding = fields["encoding"].flatMap { document.enumValue($0, what: "encoding", as: ExampleEncoding.self) } ?? .utf8
        let bom = fields["bom"].flatMap { document.bool($0, what: "bom") } ?? false
        guard let bytes = encoding.encode(text, withBOM: bom) else {
            document.fail("the example's text cannot be written in \(encoding.rawValue)", at: fields["file"])
            return nil
        }
        return RuleExample(files: [ExampleFile(name: name, content: .bytes(bytes))], location: location)
    }
}

/// Encodings an example's text can be written in.
enum ExampleEncoding: String, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case iso88591 = "iso-8859-1"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"

    func encode(_ text: String, withBOM bom: Bool) -> [UInt8]? {
        switch self {
        case .utf8: return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        case .windows1252: return text.data(using: .windowsCP1252).map(Array.init)
        case .iso88591: return text.data(using: .isoLatin1).map(Array.init)
        case .utf16LE:
            return (bom ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case .utf16BE:
            return (bom ? [0xFE, 0xFF] : []) + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        }
    }
}
