import Foundation
import Yams

/// A parsed YAML file whose nodes remember where they are, with typed accessors that record a
/// located error (and return nil) when a value is not of the expected shape.
///
/// Traversal is budgeted: a YAML bomb (aliases that expand exponentially) is refused instead of
/// walked, and a file larger than `maxBytes` is not parsed at all.
final class YAMLDocument {
    static let maxBytes = 8 << 20
    static let maxNodes = 200_000
    /// Resolves no tag: every untagged scalar is text. Yams's default resolver matches every
    /// scalar against up to seven regular expressions (`NSRegularExpression`), and does it again
    /// for every mapping key when it checks keys for duplicates: a fifth of the instructions spent
    /// loading the default rule books, paid by every run; its rule for booleans alone still cost 5 %
    /// of a small run's instructions. Numbers and booleans are read from the text (`int`,
    /// `double`, `bool`), and merge keys (`<<`) are not part of the rule files' format.
    static let resolver = Resolver.basic

    let file: String
    let root: Node?
    private(set) var errors: [RuleFileError] = []
    /// Parameters that name a column type, checked once every book is loaded.
    var typeReferences: [(id: String, node: Node)] = []
    private var visitedNodes = 0

    init(file: String, text: String) {
        self.file = file
        guard text.utf8.count <= YAMLDocument.maxBytes else {
            root = nil
            errors.append(RuleFileError("file larger than \(YAMLDocument.maxBytes >> 20) MiB",
                                        at: SourceLocation(file: file, line: 1, column: 1)))
            return
        }
        do {
            root = try Yams.compose(yaml: text, YAMLDocument.resolver)
        } catch let error as YamlError {
            root = nil
            errors.append(YAMLDocument.locate(error, file: file))
        } catch {
            root = nil
            errors.append(RuleFileError("not valid YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1)))
        }
    }

    private static func locate(_ error: YamlError, file: String) -> RuleFileError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return RuleFileError("not valid YAML: \(text)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            return RuleFileError("not valid YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    func location(of node: Node?) -> SourceLocation {
        let mark = node?.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func fail(_ message: String, at node: Node?) {
        errors.append(RuleFileError(message, at: location(of: node)))
    }

    /// Counts a visited node; false (and one error) once the budget is spent.
    private func visit(_ node: Node) -> Bool {
        visitedNodes += 1
        if visitedNodes == YAMLDocument.maxNodes + 1 {
            fail("too many YAML nodes (more than \(YAMLDocument.maxNodes)); aliases expanding exponentially are refused", at: node)
        }
        return visitedNodes <= YAMLDocument.maxNodes
    }

    // MARK: Typed access

    /// The pairs of a mapping, after checking every key is in `allowed` (when given).
    func mapping(_ node: Node?, what: String, allowed: Set<String>? = nil) -> [(key: String, keyNode: Node, value: Node)]? {
        guard let node, visit(node) else { return nil }
        guard case let .mapping(mapping) = node else {
            fail("\(what) must be a mapping (key: value)", at: node)
            return nil
        }
        var pairs: [(String, Node, Node)] = []
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            guard visit(value), let key = keyNode.string else {
                fail("\(what): keys must be strings", at: keyNode)
                continue
            }
            if !seen.insert(key).inserted {
                fail("\(what): duplicate key '\(key)'", at: keyNode)
                continue
            }
            if let allowed, !allowed.contains(key) {
                fail("\(what): unknown key '\(key)' (expected one of: \(allowed.sorted().joined(separator: ", ")))", at: keyNode)
                continue
            }
            pairs.append((key, keyNode, value))
        }
        return pairs.map { (key: $0.0, keyNode: $0.1, value: $0.2) }
    }

    func sequence(_ node: Node?, what: String) -> [Node]? {
        guard let node, visit(node) else { return nil }
        guard case let .sequence(sequence) = node else {
            fail("\(what) must be a list", at: node)
            return nil
        }
        return Array(sequence).filter { visit($0) }
    }

    /// A sequence, or a single scalar taken as a one-element list.
    func stringList(_ node: Node?, what: String) -> [String]? {
        guard let node else { return nil }
        if case .scalar = node { return string(node, what: what).map { [$0] } }
        return sequence(node, what: what)?.compactMap { string($0, what: what) }
    }

    func string(_ node: Node?, what: String) -> String? {
        guard let node else { return nil }
        guard case let .scalar(scalar) = node else {
            fail("\(what) must be a text value", at: node)
            return nil
        }
        return scalar.string
    }

    func int(_ node: Node?, what: String) -> Int? {
        guard let node else { return nil }
        guard case .scalar = node, let value = node.int else {
            fail("\(what) must be a whole number", at: node)
            return nil
        }
        return value
    }

    func double(_ node: Node?, what: String) -> Double? {
        guard let node else { return nil }
        guard case .scalar = node, let value = node.float ?? node.int.map(Double.init) else {
            fail("\(what) must be a number", at: node)
            return nil
        }
        return value
    }

    func bool(_ node: Node?, what: String) -> Bool? {
        guard let node else { return nil }
        guard case let .scalar(scalar) = node, let value = YAMLDocument.boolean(scalar) else {
            fail("\(what) must be true or false", at: node)
            return nil
        }
        return value
    }

    /// A boolean written as YAML 1.1 writes them (the spellings of Yams's rule for booleans:
    /// `true`, `yes`, `on` and their opposites, in lower case, capitalised or in capitals), unquoted
    /// or tagged `!!bool`; nil for anything else, a quoted `"true"` included.
    static func boolean(_ scalar: Node.Scalar) -> Bool? {
        guard scalar.style == .plain || scalar.tag.rawValue == Tag.Name.bool.rawValue else { return nil }
        switch scalar.string {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// `{fr: …, en: …}`, both required.
    func localized(_ node: Node?, what: String) -> LocalizedText? {
        guard let pairs = mapping(node, what: what, allowed: ["fr", "en"]) else { return nil }
        let values = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        let french = string(values["fr"], what: "\(what).fr")
        let english = string(values["en"], what: "\(what).en")
        if values["fr"] == nil { fail("\(what) has no French text (fr)", at: node) }
        if values["en"] == nil { fail("\(what) has no English text (en)", at: node) }
        guard let french, let english else { return nil }
        return LocalizedText(fr: french, en: english)
    }

    func enumValue<T: RawRepresentable & CaseIterable>(_ node: Node?, what: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let raw = string(node, what: what) else { return nil }
        guard let value = T(rawValue: raw) else {
            fail("\(what): '\(raw)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))", at: node)
            return nil
        }
        return value
    }
}
