import Foundation

/// The licence declarations of a dataset folder, each recognised against the catalogue: an
/// identifier or a name looked up among the known licences' ids and aliases, a text compared
/// with the reference texts. Built once per dataset for every licence rule.
public struct LicenceInventory: Sendable {
    /// One declaration and what it was recognised as.
    public struct Item: Sendable {
        public var declaration: LicenceDeclaration
        /// The licence it stands for, nil when it names nothing known.
        public var licence: LicenceEntry?
        /// An identifier written exactly as the licence's own id (`etalab-2.0`, not `LO-2.0`).
        public var writtenAsOwnID: Bool
        /// For a text: how it matched.
        public var text: LicenceTextMatch?

        /// What is written, for messages: the identifier or name, or the document for a text.
        public var written: String {
            switch declaration.statement {
            case let .identifier(value), let .name(value): return value
            case .text: return declaration.document
            }
        }

        /// Where, for messages: `datapackage.json`, `LICENSE.md`, `README.md:12`.
        public var place: String { declaration.line.map { "\(declaration.document):\($0)" } ?? declaration.document }
    }

    public let items: [Item]
    public let attributions: [AttributionData]
    public let unreadable: [(document: String, reason: String)]
    public let dataFiles: [String]

    init(dataset: Dataset, catalogue: LicenceCatalogue, texts: SharedLicenceTextMatcher?, configured: String?) {
        dataFiles = dataset.resources.map(\.pathInDataset)
        let documents = LicenceDocumentReader.read(directory: dataset.directory, documents: dataset.documents, dataFiles: dataFiles)
        var declarations = documents.declarations
        if declarations.isEmpty, let configured {
            declarations.append(LicenceDeclaration(source: .configuration, document: ProjectConfig.fileName, statement: .identifier(configured)))
        }
        items = declarations.map { declaration in
            switch declaration.statement {
            case let .identifier(value):
                let found = catalogue.lookUp(value)
                return Item(declaration: declaration, licence: found?.entry, writtenAsOwnID: found?.isOwnID ?? false)
            case let .name(value):
                return Item(declaration: declaration, licence: catalogue.lookUp(name: value), writtenAsOwnID: false)
            case let .text(text):
                let match = texts?.matcher.match(text)
                return Item(declaration: declaration, licence: match.flatMap { catalogue.entry($0.licence) }, writtenAsOwnID: false,
                            text: match)
            }
        }
        attributions = documents.attributions
        unreadable = documents.unreadable
    }

    /// The declarations that cover a data file: those that name it (a resource's own licence),
    /// else those of the whole folder.
    public func covering(_ file: String) -> [Item] {
        let own = items.filter { $0.declaration.files.contains(file) }
        return own.isEmpty ? items.filter { $0.declaration.files.isEmpty } : own
    }

    /// The distinct known licences among items, in the order first declared.
    static func licences(of items: [Item]) -> [LicenceEntry] {
        var seen: [LicenceEntry] = []
        for item in items {
            if let licence = item.licence, !seen.contains(where: { $0.id == licence.id }) { seen.append(licence) }
        }
        return seen
    }

    /// Which licence applies to which file, grouped: files that share the same declarations.
    public var summary: [LicenceSummary] {
        var groups: [(files: [String], items: [Item])] = []
        for file in dataFiles {
            let items = covering(file)
            let identity: (Item) -> String = { "\($0.place) \($0.written) \($0.declaration.files)" }
            let key = items.map(identity)
            if let index = groups.firstIndex(where: { $0.items.map(identity) == key }) {
                groups[index].files.append(file)
            } else {
                groups.append(([file], items))
            }
        }
        return groups.map { group in
            let licences = LicenceInventory.licences(of: group.items)
            return LicenceSummary(files: group.files, licences: licences.map(\.id),
                                  declaredIn: group.items.map(\.place),
                                  obligations: licences.count == 1 ? licences[0].obligations : nil)
        }
    }
}
