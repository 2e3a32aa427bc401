import Foundation

extension LicenceDocumentReader {
    /// An OpenDataSoft dataset (Explore API v1 `{datasetid, metas: {...}}`, v2.1
    /// `{dataset_id, metas: {default: {...}}}`, or v2.0 wrapped in `{"dataset": {...}}`):
    /// `metas.default.license` / `metas.license` is free text → name, with `license_url` as url.
    /// Attribution: `publisher`, last update `modified`, from the same metas.
    enum OpenDataSoft {
        /// The metas holding `license`: `metas.default` when present, else `metas`.
        static func metas(_ root: JSONNode) -> JSONNode? {
            let metas = root["metas"] ?? root["dataset"]?["metas"]
            guard let metas, metas.isObject else { return nil }
            if let inner = metas["default"], inner.isObject { return inner }
            return metas
        }

        static func read(_ root: JSONNode, document: String, into result: inout LicenceDocuments) {
            guard let metas = metas(root) else { return }
            if let licence = metas["license"] {
                if let text = licence.text {
                    result.declarations.append(LicenceDeclaration(source: .opendatasoft, document: document, line: licence.line,
                                                                  statement: .name(text), url: metas["license_url"]?.text))
                } else if !licence.isNull {
                    result.unreadable.append((document, "\(document): metas license is \(licence.kind), expected text (line \(licence.line))"))
                }
            }
            let publisher = metas["publisher"]?.text
            let lastUpdate = metas["modified"]?.text
            if publisher != nil || lastUpdate != nil {
                result.attributions.append(AttributionData(publisher: publisher, lastUpdate: lastUpdate, document: document))
            }
        }
    }
}
