/// The `licence.` rules: one kind, one rule per kind of finding (`with: {finding: …}`), all
/// judging the dataset's licence inventory (every declaration of the folder, recognised).
public struct LicenceCheck: DatasetCheck, CheckKind {
    public static let name = "licence"
    public static let summary = LocalizedText(
        fr: "Vérifie la licence d'un jeu de données : déclarée, cohérente d'une déclaration à l'autre, ouverte, autorisée, bien identifiée, à jour, et les données d'attribution qu'elle demande.",
        en: "Checks a dataset's licence: declared, consistent from one declaration to the next, open, allowed, well identified, current, and the attribution data it asks for.")
    public static let target = CheckTarget.datasets

    /// What a rule reports.
    public enum Finding: String, CaseIterable, Sendable {
        case missing
        case conflict
        case filesConflict = "files-conflict"
        case notOpen = "not-open"
        case notAllowed = "not-allowed"
        case identifier
        case outdated
        case generic
        case attribution
        case partialText = "partial-text"
        case unrecognisedText = "unrecognised-text"
    }

    public static let parameters = [
        ParameterSpec("finding", .string, default: .string(Finding.missing.rawValue), choices: Finding.allCases.map(\.rawValue),
                      LocalizedText(fr: "Ce que la règle signale (voir docs/licences.md).", en: "What the rule reports (see docs/licences.md).")),
    ]
    public static let placeholders = ["licence", "licences", "declarations", "document", "written", "suggestion", "similarity",
                                      "allowed", "successor", "missing", "obligations"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func evaluate(_ dataset: DatasetContext) -> [FindingDraft] {
        let findings = LicenceFindings(inventory: dataset.licences, catalogue: dataset.rules.licences)
        switch Finding(rawValue: rule.parameters.string("finding"))! {
        case .missing: return findings.missing()
        case .conflict: return findings.conflicts(betweenFiles: false)
        case .filesConflict: return findings.conflicts(betweenFiles: true)
        case .notOpen: return findings.notOpen()
        case .notAllowed: return findings.notAllowed()
        case .identifier: return findings.identifiers()
        case .outdated: return findings.outdated()
        case .generic: return findings.generic()
        case .attribution: return findings.attribution()
        case .partialText: return findings.partialTexts()
        case .unrecognisedText: return findings.unrecognisedTexts()
        }
    }
}
