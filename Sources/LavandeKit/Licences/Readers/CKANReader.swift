import Foundation

extension LicenceDocumentReader {
    /// A CKAN package (`package_show`'s `result`, or the package itself): `license_id` →
    /// identifier (with `license_url` as url); without an id, `license_title` → name; with only
    /// `license_url`, the URL → identifier. Blank values are ignored. Attribution:
    /// `organization.title` (else `organization.name`, else `author`), last update
    /// `metadata_modified`.
    enum CKAN {
        /// The package: `{"result": {...}}` unwrapped.
        static func package(_ root: JSONNode) -> JSONNode {
            if let inner = root["result"], inner.isObject { return inner }
            return root
        }

        static func read(_ root: JSONNode, document: String, into result: inout LicenceDocuments) {
            let package = package(root)
            let url = package["license_url"]?.text
            if let id = package["license_id"], let text = id.text {
                result.declarations.append(LicenceDeclaration(source: .ckan, document: document, line: id.line,
                                                              statement: .identifier(text), url: url))
            } else if let title = package["license_title"], let text = title.text {
                result.declarations.append(LicenceDeclaration(source: .ckan, document: document, line: title.line,
                                                              statement: .name(text), url: url))
            } else if let url, let node = package["license_url"] {
                result.declarations.append(LicenceDeclaration(source: .ckan, document: document, line: node.line,
                                                              statement: .identifier(url), url: url))
            }
            for key in ["license_id", "license_title", "license_url"] {
                if let node = package[key], !(node.text != nil || node.isNull) {
                    result.unreadable.append((document, "\(document): \(key) is \(node.kind), expected a string (line \(node.line))"))
                }
            }
            let organisation = package["organization"]
            let publisher = organisation?["title"]?.text ?? organisation?["name"]?.text ?? package["author"]?.text
            let lastUpdate = package["metadata_modified"]?.text
            if publisher != nil || lastUpdate != nil {
                result.attributions.append(AttributionData(publisher: publisher, lastUpdate: lastUpdate, document: document))
            }
        }
    }
}
