import Foundation
import Yams

/// Finds and reads `.lavande.yaml`, with located errors like rule books.
public struct ProjectConfigLoader: Sendable {
    static let keys: Set<String> = ["lavande", "rules", "disable", "severity", "waivers", "schemas", "publisher", "exemptions", "licence"]
    static let publisherKeys: Set<String> = ["domains", "phones"]
    static let exemptionKeys: Set<String> = ["category", "files", "column", "reason"]
    static let schemaKeys: Set<String> = ["files", "schema"]
    static let waiverKeys: Set<String> = ["rule", "files", "column", "reason"]

    public init() {}

    /// The nearest `.lavande.yaml` in `path` (or its folder, for a file) and its parents.
    public func find(from path: String) -> String? {
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            folder.deleteLastPathComponent()
        }
        while true {
            let candidate = folder.appendingPathComponent(ProjectConfig.fileName).path
            if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    public func load(_ givenPath: String) throws -> ProjectConfig {
        // Absolute, so that waiver globs are relative to the config's real folder however it was named.
        let path = URL(fileURLWithPath: givenPath).standardizedFileURL.path
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RuleFileErrors([RuleFileError("cannot read the configuration (it must be a readable UTF-8 file)",
                                                at: SourceLocation(file: path, line: 1, column: 1))])
        }
        let document = YAMLDocument(file: path, text: text)
        let directory = (path as NSString).deletingLastPathComponent
        var config = ProjectConfig(path: path, directory: directory)
        if let root = document.root, let pairs = document.mapping(root, what: "configuration", allowed: ProjectConfigLoader.keys) {
            for (key, _, value) in pairs {
                switch key {
                case "lavande":
                    if let version = document.int(value, what: "lavande"), version != RuleBookLoader.formatVersion {
                        document.fail("unsupported configuration version \(version)", at: value)
                    }
                case "rules":
                    config.books = (document.stringList(value, what: "rules") ?? []).map { name in
                        name == "default" ? RuleBookSource.defaultBook
                            : .file(name.hasPrefix("/") ? name : (directory as NSString).appendingPathComponent(name))
                    }
                case "disable":
                    for node in document.sequence(value, what: "disable") ?? [] {
                        if let id = document.string(node, what: "disable") {
                            config.disabled.append(Located(value: Glob(id), location: document.location(of: node)))
                        }
                    }
                case "severity":
                    for (rule, keyNode, level) in document.mapping(value, what: "severity") ?? [] {
                        if let severity = document.enumValue(level, what: "severity of \(rule)", as: Severity.self) {
                            config.severities.append(Located(value: (rule, severity), location: document.location(of: keyNode)))
                        }
                    }
                case "waivers":
                    for node in document.sequence(value, what: "waivers") ?? [] {
                        if let waiver = parseWaiver(node, in: document) { config.waivers.append(waiver) }
                    }
                case "publisher":
                    if let pairs = document.mapping(value, what: "publisher", allowed: ProjectConfigLoader.publisherKeys) {
                        let fields = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
                        config.publisher = PublisherIdentity(domains: document.stringList(fields["domains"], what: "publisher domains") ?? [],
                                                             phones: document.stringList(fields["phones"], what: "publisher phones") ?? [])
                    }
                case "licence":
                    config.defaultLicence = document.string(value, what: "licence")
                case "exemptions":
                    for node in document.sequence(value, what: "exemptions") ?? [] {
                        if let waiver = parseExemption(node, in: document) { config.waivers.append(waiver) }
                    }
                case "schemas":
                    for node in document.sequence(value, what: "schemas") ?? [] {
                        if let assignment = parseSchema(node, in: document, directory: directory) { config.schemas.append(assignment) }
                    }
                default:
                    break
                }
            }
        }
        guard document.errors.isEmpty else { throw RuleFileErrors(document.errors) }
        return config
    }

    private func parseSchema(_ node: Yams.Node, in document: YAMLDocument, directory: String) -> SchemaAssignment? {
        guard let pairs = document.mapping(node, what: "schema assignment", allowed: ProjectConfigLoader.schemaKeys) else { return nil }
        let fields = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        for required in ["files", "schema"] where fields[required] == nil {
            document.fail("a schema assignment needs '\(required)'", at: node)
        }
        let files = (document.stringList(fields["files"], what: "schema files") ?? []).map(Glob.init)
        guard let name = document.string(fields["schema"], what: "schema"), !files.isEmpty else { return nil }
        let path = name.hasPrefix("/") ? name : (directory as NSString).appendingPathComponent(name)
        guard FileManager.default.isReadableFile(atPath: path) else {
            document.fail("schema '\(name)' is not a readable file", at: fields["schema"])
            return nil
        }
        return SchemaAssignment(files: files, schema: path)
    }

    /// An exemption is a waiver of the `personal-data.` rules whose reason names the legal basis.
    private func parseExemption(_ node: Yams.Node, in document: YAMLDocument) -> Waiver? {
        guard let pairs = document.mapping(node, what: "exemption", allowed: ProjectConfigLoader.exemptionKeys) else { return nil }
        let fields = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        if fields["category"] == nil { document.fail("an exemption needs 'category' (\(ExemptionCategory.allCases.map(\.rawValue).joined(separator: ", ")))", at: node) }
        let category = fields["category"].flatMap { document.enumValue($0, what: "exemption category", as: ExemptionCategory.self) }
        let reason = document.string(fields["reason"], what: "exemption reason")
        if reason?.trimmingWhitespace.isEmpty ?? true {
            document.fail("an exemption needs a 'reason' (why the law allows publishing these data)", at: fields["reason"] ?? node)
        }
        let files = (document.stringList(fields["files"], what: "exemption files") ?? []).map(Glob.init)
        let column = document.string(fields["column"], what: "exemption column")
        guard let category, let reason, !reason.trimmingWhitespace.isEmpty else { return nil }
        return Waiver(rule: Glob("personal-data.*"), files: files, column: column,
                      reason: "CRPA D312-1-3 (\(category.text.fr) / \(category.text.en)): \(reason)", location: document.location(of: node))
    }

    private func parseWaiver(_ node: Yams.Node, in document: YAMLDocument) -> Waiver? {
        guard let pairs = document.mapping(node, what: "waiver", allowed: ProjectConfigLoader.waiverKeys) else { return nil }
        let fields = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        let rule = document.string(fields["rule"], what: "waiver rule")
        if fields["rule"] == nil { document.fail("a waiver needs 'rule'", at: node) }
        let reason = document.string(fields["reason"], what: "waiver reason")
        if reason?.trimmingWhitespace.isEmpty ?? true {
            document.fail("a waiver needs a 'reason' (why the finding is accepted)", at: fields["reason"] ?? node)
        }
        let files = (document.stringList(fields["files"], what: "waiver files") ?? []).map(Glob.init)
        let column = document.string(fields["column"], what: "waiver column")
        guard let rule, let reason, !reason.trimmingWhitespace.isEmpty else { return nil }
        return Waiver(rule: Glob(rule), files: files, column: column, reason: reason, location: document.location(of: node))
    }
}
