import Foundation

/// Reads every place of one dataset folder that declares a licence or the attribution data a
/// licence asks for, as written there (recognising the licences is someone else's job). Never
/// writes anything, never opens a path outside the folder, never reads more than 4 MB of a file,
/// never crashes on a malformed document: what it cannot read becomes an `unreadable` entry with
/// the reason. The folder's own `.lavande.yaml` is not read here (the engine reads configuration).
///
/// Documents are chosen by name — licence files, READMEs, `datapackage.json`, Table Schemas
/// (`schema.json`, `*schema*.json`), `REUSE.toml`, `.license` sidecars — and, for the other JSON
/// documents (`.json`, `.jsonld`), by content: see `PortalJSON`. Candidates by name that cannot be
/// read are reported; JSON documents of unknown shape, or that are not JSON at all, are ignored
/// silently (a JSON file may be data). Every document is also searched for
/// `SPDX-License-Identifier:` lines, and every data file's first 10 lines; `LICENSES/` is listed
/// from disk.
///
/// `.txt` files are tables to the scanner: `LICENSE.txt`, `COPYING.txt`, `README.txt` arrive in
/// `dataFiles` and are read as documents.
///
/// A symbolic link among the documents whose target lies outside the folder is not followed:
/// when it is a candidate by name it is reported unreadable ("… is a symbolic link to a file
/// outside the dataset folder; not followed"), otherwise it is skipped silently.
enum LicenceDocumentReader {
    private enum Kind {
        case datapackage, tableSchema, json, licenceFile, readme, reuseToml, other
        case sidecar(target: String)

        /// Read because of its name: failures are reported.
        var byName: Bool {
            switch self {
            case .json, .other: return false
            default: return true
            }
        }
    }

    static func read(directory: String, documents: [String], dataFiles: [String]) -> LicenceDocuments {
        let access = FolderAccess(directory: directory)
        var result = LicenceDocuments()
        let promoted = dataFiles.filter { !$0.contains("/") && (LicenceFile.isCandidate($0) || Readme.isCandidate($0)) }
        let names = Set(documents).union(promoted).sorted()
        let data = dataFiles.filter { !promoted.contains($0) }
        for name in names {
            readDocument(name, access: access, dataFiles: data, into: &result)
        }
        for file in data {
            guard FolderAccess.isSafe(file), let head = access.head(file) else { continue }
            SPDXHeader.read(dataFile: file, head: head, into: &result)
        }
        ReuseLicenses.read(access, into: &result)
        return result
    }

    private static func kind(of name: String) -> Kind {
        let lower = name.lowercased()
        let ext = (lower as NSString).pathExtension
        if let target = ReuseSidecar.target(of: name) { return .sidecar(target: target) }
        if ReuseToml.isCandidate(name) { return .reuseToml }
        if LicenceFile.isCandidate(name) { return .licenceFile }
        if Readme.isCandidate(name) { return .readme }
        if lower == "datapackage.json" { return .datapackage }
        if ext == "json", lower.contains("schema") { return .tableSchema }
        if ext == "json" || ext == "jsonld" { return .json }
        return .other
    }

    private static func readDocument(_ name: String, access: FolderAccess, dataFiles: [String],
                                     into result: inout LicenceDocuments) {
        let fileName = (name as NSString).lastPathComponent
        guard fileName != ".lavande.yaml", fileName != ".lavande.yml" else { return }
        let kind = kind(of: fileName)
        let text: String
        switch access.text(name) {
        case let .success(read): text = read
        case let .failure(failure):
            if kind.byName { result.unreadable.append((name, failure.reason(for: name))) }
            return
        }
        switch kind {
        case .datapackage:
            if let root = parseJSON(text, document: name, into: &result) { DataPackage.read(root, document: name, into: &result) }
        case .tableSchema:
            if let root = parseJSON(text, document: name, into: &result) { TableSchema.read(root, document: name, into: &result) }
        case .json:
            if let root = try? JSONParser.parse(text) { PortalJSON.read(root, document: name, dataFiles: dataFiles, into: &result) }
        case .licenceFile: LicenceFile.read(text, document: name, into: &result)
        case .readme: Readme.read(text, document: name, into: &result)
        case .reuseToml: ReuseToml.read(text, document: name, dataFiles: dataFiles, into: &result)
        case let .sidecar(target): ReuseSidecar.read(text, document: name, target: target, into: &result)
        case .other: break
        }
        switch kind {
        case .sidecar, .reuseToml: break
        default: SPDXHeader.read(text, document: name, into: &result)
        }
    }

    /// Parses a JSON document, or records why it cannot be read and returns nil.
    static func parseJSON(_ text: String, document: String, into result: inout LicenceDocuments) -> JSONNode? {
        do {
            return try JSONParser.parse(text)
        } catch {
            result.unreadable.append((document, "\(document) is not valid JSON (line \(error.line): \(error.message))"))
            return nil
        }
    }
}
