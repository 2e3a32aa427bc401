import Foundation
import Yams

/// Reads one entry of a rule book's `types:` section, with located errors.
enum ColumnTypeParser {
    static let keys: Set<String> = ["id", "title", "description", "pattern", "validate", "headers", "min-share",
                                    "header-required", "width", "sensitive", "inferred"]
    static let idPattern = try! NSRegularExpression(pattern: "^[a-z][a-z0-9-]*$")

    static func parse(_ node: Node, in document: YAMLDocument) -> ColumnType? {
        guard let pairs = document.mapping(node, what: "column type", allowed: keys) else { return nil }
        let fields = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        for required in ["id", "title"] where fields[required] == nil {
            document.fail("column type is missing '\(required)'", at: node)
        }
        if fields["pattern"] == nil && fields["validate"] == nil {
            document.fail("a column type needs a 'pattern', a 'validate' (built-in validator) or both", at: node)
        }
        let id = document.string(fields["id"], what: "id")
        if let id, idPattern.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) == nil {
            document.fail("column type id '\(id)' must be lower case letters, digits and dashes", at: fields["id"])
        }
        let title = document.localized(fields["title"], what: "title")
        if let description = fields["description"] { _ = document.localized(description, what: "description") }
        let headerRequired = fields["header-required"].flatMap { document.bool($0, what: "header-required") } ?? false
        var pattern: CellPattern?
        if let source = document.string(fields["pattern"], what: "pattern") {
            do {
                // A type read only in columns whose header announces it: few runs match its pattern.
                pattern = try CellPattern(source, deferringAutomaton: headerRequired)
            } catch {
                document.fail("pattern: \(error)", at: fields["pattern"])
            }
        }
        let validator = fields["validate"].flatMap { document.enumValue($0, what: "validate", as: BuiltInValidator.self) }
        let headers = (document.stringList(fields["headers"], what: "headers") ?? []).map(HeaderName.normalise)
        var minShare = 0.9
        if let node = fields["min-share"], let share = document.double(node, what: "min-share") {
            if (0...1).contains(share) { minShare = share } else { document.fail("min-share must be between 0 and 1", at: node) }
        }
        if headerRequired && headers.isEmpty {
            document.fail("header-required needs 'headers' (the hints that announce the type)", at: fields["header-required"])
        }
        var width: Int?
        if let node = fields["width"], let value = document.int(node, what: "width") {
            if (1...32).contains(value) { width = value } else { document.fail("width must be between 1 and 32", at: node) }
        }
        let sensitive = fields["sensitive"].flatMap { document.bool($0, what: "sensitive") } ?? false
        let inferred = fields["inferred"].flatMap { document.bool($0, what: "inferred") } ?? true
        guard let id, let title, fields["pattern"] == nil || pattern != nil, fields["validate"] == nil || validator != nil else {
            return nil
        }
        return ColumnType(id: id, title: title, pattern: pattern, validator: validator, headers: headers, minShare: minShare,
                          headerRequired: headerRequired, width: width, sensitive: sensitive, inferred: inferred,
                          location: document.location(of: node))
    }
}
