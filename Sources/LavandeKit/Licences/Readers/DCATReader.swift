import Foundation

extension LicenceDocumentReader {
    /// DCAT / DCAT-AP in JSON-LD (compacted with any prefixes, or with full IRIs as keys; a
    /// top-level `@graph`, a top-level list of nodes, nested nodes). Keys are compared by local
    /// name (`dct:license`, `dcterms:license`, `license`, `http://purl.org/dc/terms/license` are
    /// the same key); the context is not expanded.
    ///
    /// - every node except `Catalog` / `CatalogRecord` ones (their licence is the catalogue's
    ///   metadata's) with a `license` → one declaration per value; a node with no `license` but a
    ///   `rights` → one per `rights` value instead;
    /// - an IRI (`http(s)://…`, `urn:…`, as a string or `{"@id": …}`) → `.identifier(IRI)` with the
    ///   IRI as url (an IRI identifies the licence: the recogniser can look well-known ones up
    ///   exactly); a literal (`"…"` or `{"@value": …}`) → identifier when it is one word, name
    ///   otherwise (always a name for `rights`, which are statements); a blank node or
    ///   `{"@id": "_:b0"}` pointing at a node of the document → its `title`/`prefLabel`/`label`/
    ///   `name` → name, or its `identifier` → identifier;
    /// - a `Distribution` (a node typed so, or under `distribution`) covers the data file whose
    ///   name ends its `downloadURL`/`accessURL`; when no data file matches it covers the folder;
    /// - attribution, per `Dataset` node (else per node with a licence): `publisher` (a literal, or
    ///   a node's `name`/`fn`/`legalName`/`prefLabel`/`label`/`title`), `modified`.
    enum DCAT {
        static func isDCAT(_ root: JSONNode) -> Bool {
            if root.isObject { return root["@context"] != nil || root["@graph"] != nil }
            return root.elements?.contains { $0["@type"] != nil || $0["@id"] != nil || $0["@context"] != nil } ?? false
        }

        static func localName(_ key: String) -> String {
            guard !key.hasPrefix("@"),
                  let separator = key.lastIndex(where: { $0 == "#" || $0 == "/" || $0 == ":" }) else { return key }
            return String(key[key.index(after: separator)...])
        }

        private struct Graph {
            var nodes: [(node: JSONNode, distribution: Bool)] = []
            var byID: [String: JSONNode] = [:]
        }

        static func read(_ root: JSONNode, document: String, dataFiles: [String], into result: inout LicenceDocuments) {
            var graph = Graph()
            collect(root, distribution: false, into: &graph)
            var licensed: [JSONNode] = []
            for (node, underDistribution) in graph.nodes {
                let types = types(of: node)
                if types.contains("Catalog") || types.contains("CatalogRecord") { continue }
                var values = values(node, "license")
                let rights = values.isEmpty
                if rights { values = self.values(node, "rights") }
                guard !values.isEmpty else { continue }
                licensed.append(node)
                let files = underDistribution || types.contains("Distribution") ? matchFiles(node, dataFiles) : []
                for value in values {
                    guard let found = statement(value, rights: rights, graph: graph) else { continue }
                    result.declarations.append(LicenceDeclaration(source: .dcat, document: document, line: found.line,
                                                                  statement: found.statement, files: files, url: found.url))
                }
            }
            let datasets = graph.nodes.map(\.node).filter { types(of: $0).contains("Dataset") }
            for node in datasets.isEmpty ? licensed : datasets {
                let publisher = values(node, "publisher").lazy.compactMap { publisherName($0, graph: graph) }.first
                let lastUpdate = values(node, "modified").lazy.compactMap(literal).first?.text
                if publisher != nil || lastUpdate != nil {
                    result.attributions.append(AttributionData(publisher: publisher, lastUpdate: lastUpdate, document: document))
                }
            }
        }

        private static func collect(_ node: JSONNode, distribution: Bool, into graph: inout Graph) {
            if let elements = node.elements {
                for element in elements { collect(element, distribution: distribution, into: &graph) }
                return
            }
            guard let pairs = node.pairs, node["@value"] == nil else { return }
            graph.nodes.append((node, distribution))
            if let id = node["@id"]?.text, pairs.count > 1, graph.byID[id] == nil { graph.byID[id] = node }
            for (key, child) in pairs where key != "@context" {
                collect(child, distribution: localName(key) == "distribution", into: &graph)
            }
        }

        /// The values of the keys whose local name is `name`, lists flattened.
        private static func values(_ node: JSONNode, _ name: String) -> [JSONNode] {
            (node.pairs ?? []).filter { localName($0.key) == name }.flatMap { $0.node.elements ?? [$0.node] }
        }

        private static func types(of node: JSONNode) -> [String] {
            guard let type = node["@type"] else { return [] }
            return (type.elements ?? [type]).compactMap(\.text).map(localName)
        }

        private static func isIRI(_ text: String) -> Bool {
            let lower = text.lowercased()
            return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("urn:")
        }

        /// A literal's text and line: a string, or `{"@value": …}`.
        private static func literal(_ node: JSONNode) -> (text: String, line: Int)? {
            if let text = node.text { return (text, node.line) }
            if let value = node["@value"], let text = value.text { return (text, value.line) }
            return nil
        }

        private static func fromLiteral(_ text: String, line: Int, rights: Bool)
            -> (statement: LicenceDeclaration.Statement, line: Int, url: String?) {
            if isIRI(text) { return (.identifier(text), line, text.lowercased().hasPrefix("http") ? text : nil) }
            if rights || text.contains(where: \.isWhitespace) { return (.name(text), line, nil) }
            return (.identifier(text), line, nil)
        }

        private static func statement(_ value: JSONNode, rights: Bool, graph: Graph)
            -> (statement: LicenceDeclaration.Statement, line: Int, url: String?)? {
            if let found = literal(value) { return fromLiteral(found.text, line: found.line, rights: rights) }
            guard value.isObject else { return nil }
            let idNode = value["@id"]
            if let idNode, let id = idNode.text, isIRI(id) { return (.identifier(id), idNode.line, id.lowercased().hasPrefix("http") ? id : nil) }
            for node in [value, idNode?.text.flatMap { graph.byID[$0] }].compactMap({ $0 }) {
                for key in ["title", "prefLabel", "label", "name"] {
                    if let found = values(node, key).lazy.compactMap(literal).first { return (.name(found.text), found.line, nil) }
                }
                if let found = values(node, "identifier").lazy.compactMap(literal).first {
                    return fromLiteral(found.text, line: found.line, rights: false)
                }
            }
            if let idNode, let id = idNode.text, !id.hasPrefix("_:") { return fromLiteral(id, line: idNode.line, rights: rights) }
            return nil
        }

        private static func publisherName(_ value: JSONNode, graph: Graph) -> String? {
            var nodes: [JSONNode] = []
            if let found = literal(value) {
                guard isIRI(found.text) || found.text.hasPrefix("_:") else { return found.text }
                if let node = graph.byID[found.text] { nodes.append(node) }
            } else if value.isObject {
                nodes.append(value)
                if let id = value["@id"]?.text, let node = graph.byID[id] { nodes.append(node) }
            }
            for node in nodes {
                for key in ["name", "fn", "legalName", "prefLabel", "label", "title"] {
                    if let found = values(node, key).lazy.compactMap(literal).first { return found.text }
                }
            }
            return nil
        }

        /// The data files a distribution's download or access URL names.
        private static func matchFiles(_ node: JSONNode, _ dataFiles: [String]) -> [String] {
            let urls = (values(node, "downloadURL") + values(node, "accessURL")).compactMap { $0.text ?? $0["@id"]?.text }
            var files: [String] = []
            for url in urls {
                var path = Substring(url)
                if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
                guard let last = path.split(separator: "/").last else { continue }
                let name = String(last).removingPercentEncoding ?? String(last)
                for file in dataFiles where (file as NSString).lastPathComponent == name && !files.contains(file) {
                    files.append(file)
                }
            }
            return files
        }
    }
}
