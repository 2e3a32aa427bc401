/// One place of a dataset folder that declares a licence, as written there, before it is
/// recognised: an identifier (`etalab-2.0`, `lov2`), a name ("Licence Ouverte v2.0"), or the text
/// of a licence (a `LICENSE` file, `LICENSES/<id>.txt`).
public struct LicenceDeclaration: Sendable, Equatable {
    /// Where the declaration comes from.
    public enum Source: String, Sendable, CaseIterable {
        case datapackage
        case datapackageResource = "datapackage-resource"
        case tableSchema = "table-schema"
        case udata
        case ckan
        case dcat
        case opendatasoft
        case licenceFile = "licence-file"
        case readme
        case reuseLicenseFile = "reuse-licenses"
        case spdxHeader = "spdx-header"
        case reuseSidecar = "reuse-sidecar"
        case reuseToml = "reuse-toml"
        case configuration
    }

    /// What is written.
    public enum Statement: Sendable, Equatable {
        /// Written where an identifier is expected (`license_id`, `licenses[].name`, an SPDX line).
        case identifier(String)
        /// A free-text name or title ("Licence Ouverte (Etalab)", OpenDataSoft's `metas.license`).
        case name(String)
        /// The full text of a licence, in a document of the folder.
        case text(String)
    }

    public var source: Source
    /// The document, relative to the dataset folder (`datapackage.json`, `LICENSE.md`, `.lavande.yaml`).
    public var document: String
    /// 1-based line of the declaration in the document, when known.
    public var line: Int?
    public var statement: Statement
    /// Data files (relative to the dataset folder) it covers; empty for the whole dataset.
    public var files: [String]
    /// A URL given with it (`licenses[].path`, `license_url`).
    public var url: String?

    public init(source: Source, document: String, line: Int? = nil, statement: Statement, files: [String] = [],
                url: String? = nil) {
        self.source = source
        self.document = document
        self.line = line
        self.statement = statement
        self.files = files
        self.url = url
    }
}

/// What a folder's metadata says reusers must cite, when it says it (Licence Ouverte asks for the
/// producer's name and the date of last update).
public struct AttributionData: Sendable, Equatable {
    public var publisher: String?
    public var lastUpdate: String?
    /// The document it was read from.
    public var document: String

    public init(publisher: String? = nil, lastUpdate: String? = nil, document: String) {
        self.publisher = publisher
        self.lastUpdate = lastUpdate
        self.document = document
    }
}

/// What the readers of a dataset folder found: the declarations, the attribution data, and the
/// documents they could not read (malformed JSON…), each with the reason.
public struct LicenceDocuments: Sendable, Equatable {
    public var declarations: [LicenceDeclaration] = []
    public var attributions: [AttributionData] = []
    public var unreadable: [(document: String, reason: String)] = []

    public init() {}

    public static func == (lhs: LicenceDocuments, rhs: LicenceDocuments) -> Bool {
        lhs.declarations == rhs.declarations && lhs.attributions == rhs.attributions
            && lhs.unreadable.map(\.document) == rhs.unreadable.map(\.document)
    }
}
