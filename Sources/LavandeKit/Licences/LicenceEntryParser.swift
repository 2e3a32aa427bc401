import Foundation
import Yams

/// Reads one entry of a rule book's `licences:` section, with located errors.
enum LicenceEntryParser {
    static let keys: Set<String> = ["id", "spdx", "title", "aliases", "open", "share-alike", "attribution", "generic",
                                    "successor", "texts", "key-phrases", "excluded-phrases", "obligations"]

    static func parse(_ node: Node, in document: YAMLDocument) -> LicenceEntry? {
        guard let pairs = document.mapping(node, what: "licence", allowed: keys) else { return nil }
        let fields = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        for required in ["id", "title", "obligations"] where fields[required] == nil {
            document.fail("licence is missing '\(required)'", at: node)
        }
        let id = document.string(fields["id"], what: "id")
        let title = document.localized(fields["title"], what: "title")
        let obligations = document.localized(fields["obligations"], what: "obligations")
        func flag(_ key: String, _ fallback: Bool) -> Bool { fields[key].flatMap { document.bool($0, what: key) } ?? fallback }
        let texts = document.stringList(fields["texts"], what: "texts") ?? []
        for (index, path) in texts.enumerated() where EmbeddedRules.data(named: path) == nil && !FileManager.default.fileExists(atPath: path) {
            document.fail("texts[\(index)]: no reference text '\(path)' in rules/", at: fields["texts"])
        }
        guard let id, let title, let obligations else { return nil }
        return LicenceEntry(id: id, spdx: flag("spdx", true), title: title,
                            aliases: (document.stringList(fields["aliases"], what: "aliases") ?? []).map(LicenceEntry.normalise),
                            open: fields["open"].flatMap { document.bool($0, what: "open") }, shareAlike: flag("share-alike", false),
                            attribution: flag("attribution", false), generic: flag("generic", false),
                            successor: document.string(fields["successor"], what: "successor"), texts: texts,
                            keyPhrases: (document.stringList(fields["key-phrases"], what: "key-phrases") ?? []).map(LicenceEntry.normalise),
                            excludedPhrases: (document.stringList(fields["excluded-phrases"], what: "excluded-phrases") ?? [])
                                .map(LicenceEntry.normalise),
                            obligations: obligations, location: document.location(of: node))
    }
}
