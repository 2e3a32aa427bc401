import Foundation

extension LicenceDocumentReader {
    /// `datapackage.json` (Frictionless Data Package v1/v2).
    ///
    /// - package `licenses` → `.datapackage` declarations (see `FrictionlessLicences`); the legacy
    ///   string `license` (or `{type|name, url|path}` object) → an identifier too;
    /// - each resource's `licenses` / `license` → `.datapackageResource` with `files` = the
    ///   resource's `path` (a string or a list; `./` removed; `..` or absolute paths dropped; URLs
    ///   kept as written). A resource with inline `data` and no path covers `datapackage.json`
    ///   itself; a resource whose every path leaves the folder is skipped. A resource without
    ///   licences inherits the package's: that is for the engine to apply, nothing is emitted;
    /// - attribution: the publisher is the `contributors` entry whose role is `publisher`, else
    ///   `publisher`, else the `author` contributor, else `author` (a string or an object's
    ///   `name`/`title`); the last update is `last_modified`, `lastModified`, `modified`,
    ///   `updated`, then `created`.
    enum DataPackage {
        static func read(_ root: JSONNode, document: String, into result: inout LicenceDocuments) {
            guard root.isObject else {
                result.unreadable.append((document, "\(document) is not a JSON object (it is \(root.kind))"))
                return
            }
            for key in ["licenses", "license"] {
                guard let node = root[key] else { continue }
                for found in FrictionlessLicences.read(legacy(node), key: key, where: "", document: document, into: &result) {
                    result.declarations.append(LicenceDeclaration(source: .datapackage, document: document, line: found.line,
                                                                  statement: found.statement, url: found.url))
                }
            }
            if let resources = root["resources"] {
                if let elements = resources.elements {
                    for (index, resource) in elements.enumerated() {
                        readResource(resource, index: index, document: document, into: &result)
                    }
                } else {
                    result.unreadable.append((document, "\(document): resources is \(resources.kind), expected a list (line \(resources.line))"))
                }
            }
            let publisher = contributor(root, role: "publisher") ?? name(root["publisher"]) ?? contributor(root, role: "author")
                ?? name(root["author"])
            let lastUpdate = ["last_modified", "lastModified", "modified", "updated", "created"].lazy
                .compactMap { root[$0]?.text }.first
            if publisher != nil || lastUpdate != nil {
                result.attributions.append(AttributionData(publisher: publisher, lastUpdate: lastUpdate, document: document))
            }
        }

        private static func readResource(_ resource: JSONNode, index: Int, document: String, into result: inout LicenceDocuments) {
            guard resource.isObject else { return }
            let place = "resources[\(index)]."
            var files: [String] = []
            var hadPath = false
            if let path = resource["path"] {
                for node in path.elements ?? [path] {
                    guard let text = node.text else { continue }
                    hadPath = true
                    if let file = cleanPath(text) { files.append(file) }
                }
            }
            if !hadPath { files = [document] }
            guard !files.isEmpty else { return }
            for key in ["licenses", "license"] {
                guard let node = resource[key] else { continue }
                for found in FrictionlessLicences.read(legacy(node), key: key, where: place, document: document, into: &result) {
                    result.declarations.append(LicenceDeclaration(source: .datapackageResource, document: document, line: found.line,
                                                                  statement: found.statement, files: files, url: found.url))
                }
            }
        }

        /// The legacy `license: {type, url}` object, made a `{name, path}` one.
        private static func legacy(_ node: JSONNode) -> JSONNode {
            guard var pairs = node.pairs, node["name"] == nil, let type = node["type"] else { return node }
            pairs.append(("name", type))
            if node["path"] == nil, let url = node["url"] { pairs.append(("path", url)) }
            return JSONNode(value: .object(pairs), line: node.line)
        }

        /// A relative data path as the folder sees it, or nil when it leaves the folder.
        static func cleanPath(_ path: String) -> String? {
            if path.contains("://") { return path }
            var cleaned = path
            while cleaned.hasPrefix("./") { cleaned.removeFirst(2) }
            return FolderAccess.isSafe(cleaned) ? cleaned : nil
        }

        private static func contributor(_ root: JSONNode, role: String) -> String? {
            guard let contributors = root["contributors"]?.elements else { return nil }
            for person in contributors {
                let roles = (person["roles"]?.elements ?? []).compactMap(\.text) + [person["role"]?.text].compactMap { $0 }
                if roles.contains(where: { $0.lowercased() == role }), let found = name(person) { return found }
            }
            return nil
        }

        /// A person or organisation: a string, or an object's `title`, `name` or `organization`.
        static func name(_ node: JSONNode?) -> String? {
            guard let node else { return nil }
            if let text = node.text { return text }
            return node["title"]?.text ?? node["name"]?.text ?? node["organization"]?.text
        }
    }
}
