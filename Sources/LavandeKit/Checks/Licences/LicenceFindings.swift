/// The findings of the licence rules, computed from one dataset's inventory.
struct LicenceFindings {
    let inventory: LicenceInventory
    let catalogue: LicenceCatalogue

    private typealias Item = LicenceInventory.Item

    private func draft(_ document: String?, line: Int? = nil, count: Int = 1, values: [String: String] = [:],
                       localized: [String: LocalizedText] = [:]) -> FindingDraft {
        var draft = FindingDraft(location: line.map { Location(line: $0) }, count: count, values: values)
        draft.document = document
        draft.localizedValues = localized
        return draft
    }

    private func list(_ items: [Item]) -> String {
        items.map { item in "\(item.place) → \(item.licence?.id ?? "?")" }.joined(separator: " ; ")
    }

    /// Nothing declares a licence, anywhere in the folder (nor in the project's configuration).
    func missing() -> [FindingDraft] {
        inventory.items.isEmpty ? [draft(nil)] : []
    }

    /// Declarations that name different licences for the same files. `betweenFiles`: only licence
    /// files against each other; otherwise any two declarations, except two licence files.
    func conflicts(betweenFiles: Bool) -> [FindingDraft] {
        let isFile: (Item) -> Bool = { [.licenceFile, .reuseLicenseFile].contains($0.declaration.source) }
        var seen: Set<[String]> = []
        var drafts: [FindingDraft] = []
        for file in inventory.dataFiles.isEmpty ? [""] : inventory.dataFiles {
            let items = (file.isEmpty ? inventory.items : inventory.covering(file)).filter { $0.licence.map { !$0.generic } ?? false }
            let considered = betweenFiles ? items.filter(isFile) : items
            let licences = LicenceInventory.licences(of: considered)
            guard licences.count > 1 else { continue }
            if !betweenFiles && considered.filter({ !isFile($0) }).isEmpty { continue }
            let key = considered.map { "\($0.place) \($0.written)" }
            guard seen.insert(key).inserted else { continue }
            drafts.append(draft(considered.first?.declaration.document, count: licences.count,
                                values: ["licences": licences.map(\.id).joined(separator: ", "), "declarations": list(considered)]))
        }
        return drafts
    }

    func notOpen() -> [FindingDraft] {
        perLicence { $0.open == false }.map { licence, items in
            draft(items[0].declaration.document, line: items[0].declaration.line,
                  values: ["licence": licence.id, "declarations": list(items)], localized: ["obligations": licence.obligations])
        }
    }

    func notAllowed() -> [FindingDraft] {
        let allowed = catalogue.allowed ?? []
        return perLicence { $0.open != false && !$0.generic && !catalogue.isAllowed($0.id) && $0.successor == nil }.map { licence, items in
            draft(items[0].declaration.document, line: items[0].declaration.line,
                  values: ["licence": licence.id, "declarations": list(items), "allowed": allowed.joined(separator: ", ")])
        }
    }

    /// Identifiers that are not SPDX ids where one is expected (datapackage, schema, REUSE,
    /// configuration), and identifiers or names that name no known licence.
    func identifiers() -> [FindingDraft] {
        let spdxSources: Set<LicenceDeclaration.Source> = [.datapackage, .datapackageResource, .tableSchema, .spdxHeader,
                                                           .reuseLicenseFile, .reuseSidecar, .reuseToml, .configuration]
        return inventory.items.compactMap { item in
            switch item.declaration.statement {
            case .text: return nil
            case .name:
                guard item.licence == nil else { return nil }
            case .identifier:
                if let licence = item.licence {
                    guard spdxSources.contains(item.declaration.source), licence.spdx, !item.writtenAsOwnID else { return nil }
                }
            }
            let suggestion = item.licence.map { $0.id } ?? "—"
            return draft(item.declaration.document, line: item.declaration.line,
                         values: ["written": item.written, "suggestion": suggestion, "document": item.place])
        }
    }

    func outdated() -> [FindingDraft] {
        perLicence { $0.successor != nil }.map { licence, items in
            draft(items[0].declaration.document, line: items[0].declaration.line,
                  values: ["licence": licence.id, "successor": licence.successor ?? "", "declarations": list(items)],
                  localized: ["obligations": licence.obligations])
        }
    }

    /// Generic ids (`notspecified`, `other-open`) with no licence text and no URL beside them.
    func generic() -> [FindingDraft] {
        let texts = inventory.items.contains { if case .text = $0.declaration.statement { return $0.licence != nil } else { return false } }
        guard !texts else { return [] }
        return inventory.items.filter { $0.licence?.generic == true && $0.declaration.url == nil }.map { item in
            draft(item.declaration.document, line: item.declaration.line, values: ["written": item.written, "document": item.place])
        }
    }

    /// A licence that asks for attribution while the folder's metadata gives no publisher or no
    /// last-update date. Only folders that hold metadata (a data package, a portal export) are
    /// judged: without any, the portal that publishes the files gives them.
    func attribution() -> [FindingDraft] {
        let metadata: Set<LicenceDeclaration.Source> = [.datapackage, .datapackageResource, .udata, .ckan, .dcat, .opendatasoft]
        guard !inventory.attributions.isEmpty || inventory.items.contains(where: { metadata.contains($0.declaration.source) }) else {
            return []
        }
        let needing = LicenceInventory.licences(of: inventory.items).filter(\.attribution)
        guard let licence = needing.first else { return [] }
        let publisher = inventory.attributions.contains { $0.publisher?.isEmpty == false }
        let updated = inventory.attributions.contains { $0.lastUpdate?.isEmpty == false }
        var missing: [LocalizedText] = []
        if !publisher { missing.append(LocalizedText(fr: "le producteur", en: "the publisher")) }
        if !updated { missing.append(LocalizedText(fr: "la date de dernière mise à jour", en: "the date of last update")) }
        guard !missing.isEmpty else { return [] }
        return [draft(nil, values: ["licence": licence.id],
                      localized: ["missing": LocalizedText(fr: missing.map(\.fr).joined(separator: " et "),
                                                           en: missing.map(\.en).joined(separator: " and ")),
                                  "obligations": licence.obligations])]
    }

    func partialTexts() -> [FindingDraft] {
        inventory.items.compactMap { item in
            guard let match = item.text, match.verdict != .full else { return nil }
            return draft(item.declaration.document, values: ["licence": match.licence, "document": item.declaration.document,
                                                             "similarity": Percent.text(match.similarity)])
        }
    }

    func unrecognisedTexts() -> [FindingDraft] {
        inventory.items.compactMap { item in
            guard case .text = item.declaration.statement, item.text == nil else { return nil }
            return draft(item.declaration.document, values: ["document": item.declaration.document])
        }
    }

    /// Known licences matching `condition`, each with the declarations that name it.
    private func perLicence(_ condition: (LicenceEntry) -> Bool) -> [(LicenceEntry, [Item])] {
        LicenceInventory.licences(of: inventory.items).filter(condition).map { licence in
            (licence, inventory.items.filter { $0.licence?.id == licence.id })
        }
    }
}
