import Foundation

extension LicenceDocumentReader {
    /// Tells which kind of metadata a JSON document of the folder is, by its keys, first match
    /// wins:
    /// 1. DCAT JSON-LD: an object with `@context` or `@graph`, or a list of objects with `@type`,
    ///    `@id` or `@context`;
    /// 2. OpenDataSoft: a `metas` object (or `dataset.metas`);
    /// 3. CKAN: `license_id`, `license_title` or `license_url`, at the top or in `result`;
    /// 4. Table Schema: a `fields` list;
    /// 5. Data Package: a `resources` list with an entry holding `path` or `data`;
    /// 6. udata: `license` with one of `organization`, `owner`, `last_update`, `resources`,
    ///    `frequency`, `page`, `uri`, `slug`.
    /// Anything else is ignored.
    enum PortalJSON {
        private static let udataKeys = ["organization", "owner", "last_update", "resources", "frequency", "page", "uri", "slug"]

        static func read(_ root: JSONNode, document: String, dataFiles: [String], into result: inout LicenceDocuments) {
            if DCAT.isDCAT(root) { return DCAT.read(root, document: document, dataFiles: dataFiles, into: &result) }
            guard root.isObject else { return }
            if OpenDataSoft.metas(root) != nil { return OpenDataSoft.read(root, document: document, into: &result) }
            let package = CKAN.package(root)
            if ["license_id", "license_title", "license_url"].contains(where: { package[$0] != nil }) {
                return CKAN.read(root, document: document, into: &result)
            }
            if root["fields"]?.elements != nil { return TableSchema.read(root, document: document, into: &result) }
            if let resources = root["resources"]?.elements,
               resources.contains(where: { $0["path"] != nil || $0["data"] != nil }) {
                return DataPackage.read(root, document: document, into: &result)
            }
            if root["license"] != nil, udataKeys.contains(where: { root[$0] != nil }) {
                return Udata.read(root, document: document, into: &result)
            }
        }
    }
}
