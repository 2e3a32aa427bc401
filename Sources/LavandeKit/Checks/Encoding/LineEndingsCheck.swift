import LavandeTabular

/// Line endings that are mixed (CRLF and LF in one file) or old-Mac lone CRs, which most tools
/// do not read as line breaks.
public struct LineEndingsCheck: FactsCheck, CheckKind {
    public static let name = "line-endings"
    public static let summary = LocalizedText(
        fr: "Signale des fins de ligne mélangées (CRLF et LF) ou des CR seuls.",
        en: "Reports mixed line endings (CRLF and LF) or lone CRs.")
    public static let target = CheckTarget.tabularFiles
    public static let placeholders = ["crlf", "lf", "cr"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        let tallies = [facts.crlfLineEndings, facts.lfLineEndings, facts.crLineEndings]
        let used = tallies.filter { $0.count > 0 }
        guard used.count > 1 || facts.crLineEndings.count > 0 else { return [] }
        // Point at the kind used least: that is where the file differs from itself.
        let minority = facts.crLineEndings.count > 0 ? facts.crLineEndings : used.min { $0.count < $1.count }!
        let locations = minority.locations(limit: file.maxExamples)
        return [FindingDraft(location: locations.first, count: minority.count, examples: locations,
                             values: ["crlf": String(facts.crlfLineEndings.count), "lf": String(facts.lfLineEndings.count),
                                      "cr": String(facts.crLineEndings.count)])]
    }
}
