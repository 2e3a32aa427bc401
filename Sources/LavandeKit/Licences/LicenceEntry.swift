import Foundation

/// A licence the rule books know (`licences:` in rules/licences.yaml): its identifiers and names,
/// what it allows and asks, and how to recognise its text.
public struct LicenceEntry: Sendable {
    /// The SPDX identifier when there is one (`etalab-2.0`, `ODbL-1.0`), else Lavande's (`lo-1.0`).
    public var id: String
    /// Whether `id` is an SPDX identifier.
    public var spdx: Bool
    public var title: LocalizedText
    /// Other identifiers (portal ids: udata `lov2`, CKAN `odc-odbl`) and names seen on portals,
    /// compared after `LicenceEntry.normalise`.
    public var aliases: [String]
    /// Open in the sense of the Open Definition; nil when the entry is generic (`other-open`).
    public var open: Bool?
    public var shareAlike: Bool
    public var attribution: Bool
    /// Generic ids that name no precise licence (`notspecified`, `other-at`).
    public var generic: Bool
    /// The licence that replaces this one (Licence Ouverte 1.0 → etalab-2.0): it is outdated.
    public var successor: String?
    /// Reference texts, paths under `rules/` (`data/licences/etalab-2.0.fr.txt`).
    public var texts: [String]
    /// Phrases (normalised) one of which a text must hold to be this licence, and phrases it must
    /// not hold: they decide close calls (CC-BY against CC-BY-SA, LO 1.0 against 2.0).
    public var keyPhrases: [String]
    public var excludedPhrases: [String]
    /// What reusers owe.
    public var obligations: LocalizedText
    public var location: SourceLocation

    /// Lower case, accents removed, anything but letters and digits as single spaces: how names,
    /// aliases and texts are compared ("Licence Ouverte (Etalab) v2.0" → "licence ouverte etalab v2 0").
    public static func normalise(_ text: String) -> String {
        // Names and identifiers are compared for every declaration of every dataset: ASCII ones
        // (most of them) skip Foundation's folding, which they do not need.
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return normaliseASCII(text) }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(folded.map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ")
    }

    /// `normalise` for ASCII text, on bytes (tested to give the same result).
    static func normaliseASCII(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            guard (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) else {
                pendingSpace = true
                continue
            }
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(lower)
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// The licences of the loaded books and the ones the publisher may use (`allowed-licences:`; by
/// default the décret n° 2017-638 list for data: etalab-2.0 and ODbL-1.0).
public struct LicenceCatalogue: Sendable {
    public var entries: [LicenceEntry]
    /// Ids of the allowed licences; nil when no book says (then every open licence is allowed).
    public var allowed: [String]?

    public init(entries: [LicenceEntry] = [], allowed: [String]? = nil) {
        self.entries = entries
        self.allowed = allowed
    }

    public var isEmpty: Bool { entries.isEmpty }

    public func entry(_ id: String) -> LicenceEntry? { entries.first { $0.id == id } }

    /// The entry an identifier or a name stands for, and whether it was written as the entry's own
    /// id (case-insensitive): `etalab-2.0` is the id, `lov2` and "Licence Ouverte v2.0" are aliases.
    public func lookUp(_ written: String) -> (entry: LicenceEntry, isOwnID: Bool)? {
        let trimmed = written.trimmingWhitespace
        if let entry = entries.first(where: { $0.id.lowercased() == trimmed.lowercased() }) { return (entry, true) }
        let key = LicenceEntry.normalise(trimmed)
        guard !key.isEmpty else { return nil }
        if let entry = entries.first(where: { $0.aliases.contains(key) || LicenceEntry.normalise($0.id) == key }) { return (entry, false) }
        return nil
    }

    /// The entry a free-text name stands for ("Ce jeu est publié sous Licence Ouverte 2.0
    /// (Etalab)."): an exact id or alias, else the longest alias (or id) the text holds as whole
    /// words — so "Licence Ouverte 1.0" is the 1.0, not the 2.0 that "licence ouverte" alone names.
    public func lookUp(name: String) -> LicenceEntry? {
        if let exact = lookUp(name) { return exact.entry }
        let text = " " + LicenceEntry.normalise(name) + " "
        var best: (entry: LicenceEntry, length: Int)?
        for entry in entries {
            for key in entry.aliases + [LicenceEntry.normalise(entry.id)] where !key.isEmpty && text.containsIgnoringASCIICase(" " + key + " ") {
                if key.count > best?.length ?? 0 { best = (entry, key.count) }
            }
        }
        return best?.entry
    }

    public func isAllowed(_ id: String) -> Bool {
        allowed.map { $0.contains(id) } ?? (entry(id)?.open ?? false)
    }
}
