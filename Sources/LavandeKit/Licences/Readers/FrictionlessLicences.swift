import Foundation

extension LicenceDocumentReader {
    /// The `licenses` property of Frictionless descriptors (Data Package, Data Resource, Table
    /// Schema): a list of `{name, path, title}`. `name` (an Open Definition / SPDX id) becomes an
    /// identifier; without it `title` becomes a name; with neither, `path` becomes an identifier
    /// (an IRI, like DCAT's). `path` is always the URL. A bare string in the list is an identifier.
    /// Wrong types are reported as unreadable, the rest is still read.
    enum FrictionlessLicences {
        static func read(_ node: JSONNode, key: String, where place: String, document: String,
                         into result: inout LicenceDocuments) -> [(statement: LicenceDeclaration.Statement, line: Int, url: String?)] {
            var found: [(statement: LicenceDeclaration.Statement, line: Int, url: String?)] = []
            let entries: [JSONNode]
            switch node.value {
            case let .array(elements): entries = elements
            case .object, .string: entries = [node]
            case .null: return []
            default:
                result.unreadable.append((document, "\(document): \(place)\(key) is \(node.kind), expected a list of {name, path, title} (line \(node.line))"))
                return []
            }
            for (index, entry) in entries.enumerated() {
                if let identifier = entry.text {
                    found.append((.identifier(identifier), entry.line, nil))
                    continue
                }
                guard entry.isObject else {
                    if entry.isNull { continue }
                    result.unreadable.append((document, "\(document): \(place)\(key)[\(index)] is \(entry.kind), expected an object with name, path or title (line \(entry.line))"))
                    continue
                }
                let path = entry["path"]?.text
                if let name = entry["name"], let text = name.text {
                    found.append((.identifier(text), name.line, path))
                } else if let title = entry["title"], let text = title.text {
                    found.append((.name(text), title.line, path))
                } else if let path, let node = entry["path"] {
                    found.append((.identifier(path), node.line, path))
                } else {
                    result.unreadable.append((document, "\(document): \(place)\(key)[\(index)] has no name, title or path (line \(entry.line))"))
                }
            }
            return found
        }
    }
}
