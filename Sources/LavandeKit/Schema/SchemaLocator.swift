import Foundation

/// Finds the Table Schema of a data file, in this order: the schema the project configuration names
/// for it; the `schema` of its resource in the folder's `datapackage.json` (a path relative to the
/// folder, or the schema written inline); `schema.json` in the folder; the only `*schema*.json`
/// file of the folder (`schema-statique.json`). Remote schemas (`https://…`) are not fetched.
public enum SchemaLocator {
    /// Where a schema is.
    public enum Location: Sendable, Equatable {
        /// A file on disk; `name` is how reports call it (relative to the dataset folder when inside it).
        case file(path: String, name: String, guessed: Bool)
        /// A schema written inside `datapackage.json`, re-serialised.
        case inline(Data, name: String)
        /// A file the configuration or the data package names, which does not exist.
        case absent(path: String, name: String)

        /// How reports name the schema.
        public var name: String {
            switch self {
            case let .file(_, name, _), let .inline(_, name), let .absent(_, name): name
            }
        }

        /// Found only by its file name: a JSON file that is no Table Schema at all is then not one for this file.
        var isGuessed: Bool {
            if case let .file(_, _, guessed) = self { return guessed }
            return false
        }
    }

    /// The schema of the file, or nil when there is none to use.
    public static func locate(for file: TabularFileContext) -> Location? {
        let directory = file.datasetDirectory
        if let configured = file.configuredSchema {
            let name = DatasetScanner.relative(configured, to: directory)
            return FileManager.default.fileExists(atPath: configured)
                ? .file(path: configured, name: name, guessed: false) : .absent(path: configured, name: name)
        }
        if file.documents.contains("datapackage.json"), let found = fromDataPackage(file) { return found }
        if file.documents.contains("schema.json") {
            return .file(path: (directory as NSString).appendingPathComponent("schema.json"), name: "schema.json", guessed: true)
        }
        let candidates = file.documents.filter { name in
            let lower = name.lowercased()
            return lower.hasSuffix(".json") && lower.contains("schema")
        }
        guard candidates.count == 1, let only = candidates.first else { return nil }
        return .file(path: (directory as NSString).appendingPathComponent(only), name: only, guessed: true)
    }

    /// The schema of the file's resource in `datapackage.json`; nil when the package cannot be read,
    /// does not list the file, or gives it no local schema.
    private static func fromDataPackage(_ file: TabularFileContext) -> Location? {
        let path = (file.datasetDirectory as NSString).appendingPathComponent("datapackage.json")
        guard case let .success(data) = SchemaLoader.read(path: path), case let .success(value) = SchemaLoader.parse(data),
              let resources = JSONReading.array(JSONReading.object(value)?["resources"]) else { return nil }
        for (index, item) in resources.enumerated() {
            guard let resource = JSONReading.object(item) else { continue }
            let paths = JSONReading.string(resource["path"]).map { [$0] } ?? JSONReading.strings(resource["path"]) ?? []
            guard paths.contains(where: { normalised($0) == normalised(file.pathInDataset) }) else { continue }
            if let schema = JSONReading.object(resource["schema"]),
               let inline = try? JSONSerialization.data(withJSONObject: schema) {
                return .inline(inline, name: "datapackage.json (resources[\(index)].schema)")
            }
            guard let reference = JSONReading.string(resource["schema"]), !reference.contains("://") else { return nil }
            let schemaPath = reference.hasPrefix("/") ? reference
                : (file.datasetDirectory as NSString).appendingPathComponent(reference)
            return FileManager.default.fileExists(atPath: schemaPath)
                ? .file(path: schemaPath, name: normalised(reference), guessed: false)
                : .absent(path: schemaPath, name: normalised(reference))
        }
        return nil
    }

    private static func normalised(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}
