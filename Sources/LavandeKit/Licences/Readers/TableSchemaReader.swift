import Foundation

extension LicenceDocumentReader {
    /// A Table Schema of the folder (`schema.json`, `*schema*.json`, or any JSON object with a
    /// `fields` list): its `licenses` (see `FrictionlessLicences`) → `.tableSchema` declarations
    /// covering the whole folder. That is the licence of the schema itself, which people often take
    /// for the data's: the engine decides what to make of it. No attribution is read.
    enum TableSchema {
        static func read(_ root: JSONNode, document: String, into result: inout LicenceDocuments) {
            guard root.isObject else {
                result.unreadable.append((document, "\(document) is not a JSON object (it is \(root.kind))"))
                return
            }
            guard let node = root["licenses"] else { return }
            for found in FrictionlessLicences.read(node, key: "licenses", where: "", document: document, into: &result) {
                result.declarations.append(LicenceDeclaration(source: .tableSchema, document: document, line: found.line,
                                                              statement: found.statement, url: found.url))
            }
        }
    }
}
