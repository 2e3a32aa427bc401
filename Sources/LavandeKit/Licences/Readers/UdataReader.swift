import Foundation

extension LicenceDocumentReader {
    /// A data.gouv.fr (udata) dataset export: `license` (an id string such as `lov2`, `odc-odbl`,
    /// `notspecified`) → identifier; an object `{id, title, url}` is tolerated (`id` → identifier,
    /// else `title` → name; `url` → url). Attribution: `organization.name` (or a string), else the
    /// `owner`'s `first_name last_name` (or `name`); last update `last_update`, else
    /// `last_modified`.
    enum Udata {
        static func read(_ root: JSONNode, document: String, into result: inout LicenceDocuments) {
            if let licence = root["license"] {
                if let id = licence.text {
                    result.declarations.append(LicenceDeclaration(source: .udata, document: document, line: licence.line,
                                                                  statement: .identifier(id)))
                } else if licence.isObject {
                    let url = licence["url"]?.text
                    if let id = licence["id"], let text = id.text {
                        result.declarations.append(LicenceDeclaration(source: .udata, document: document, line: id.line,
                                                                      statement: .identifier(text), url: url))
                    } else if let title = licence["title"], let text = title.text {
                        result.declarations.append(LicenceDeclaration(source: .udata, document: document, line: title.line,
                                                                      statement: .name(text), url: url))
                    }
                } else if !licence.isNull {
                    result.unreadable.append((document, "\(document): license is \(licence.kind), expected an id string (line \(licence.line))"))
                }
            }
            let publisher = organisation(root["organization"]) ?? owner(root["owner"])
            let lastUpdate = root["last_update"]?.text ?? root["last_modified"]?.text
            if publisher != nil || lastUpdate != nil {
                result.attributions.append(AttributionData(publisher: publisher, lastUpdate: lastUpdate, document: document))
            }
        }

        private static func organisation(_ node: JSONNode?) -> String? {
            node?.text ?? node?["name"]?.text
        }

        private static func owner(_ node: JSONNode?) -> String? {
            guard let node else { return nil }
            if let text = node.text { return text }
            let parts = [node["first_name"]?.text, node["last_name"]?.text].compactMap { $0 }
            return parts.isEmpty ? node["name"]?.text : parts.joined(separator: " ")
        }
    }
}
