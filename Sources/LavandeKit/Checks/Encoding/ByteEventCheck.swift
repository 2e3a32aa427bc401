import LavandeTabular

/// Reports one kind of byte-level event the reader tallies during the pass: text decoded twice
/// (mojibake), control characters, NUL bytes, or misplaced quotes. One finding per file with the
/// count and the first positions; the rule says which event and why it matters.
public struct ByteEventCheck: FactsCheck, CheckKind {
    public static let name = "byte-events"
    public static let summary = LocalizedText(
        fr: "Compte un type d'événement relevé octet par octet (texte décodé deux fois, caractères de contrôle, octets nuls, guillemets mal placés) et donne ses premières positions.",
        en: "Counts one kind of byte-level event (text decoded twice, control characters, NUL bytes, misplaced quotes) and gives its first positions.")
    public static let target = CheckTarget.tabularFiles

    /// The events the reader tallies, by the name rules use.
    enum Event: String, CaseIterable {
        case mojibake
        case controlCharacters = "control-characters"
        case nulBytes = "nul-bytes"
        case strayQuotes = "stray-quotes"

        func tally(in facts: ByteFacts) -> EventTally {
            switch self {
            case .mojibake: return facts.mojibake
            case .controlCharacters: return facts.controlCharacters
            case .nulBytes: return facts.nulBytes
            case .strayQuotes: return facts.strayQuotes
            }
        }
    }

    public static let parameters = [
        ParameterSpec("event", .string, default: .string("nul-bytes"), choices: Event.allCases.map(\.rawValue),
                      LocalizedText(fr: "L'événement compté.", en: "The event counted.")),
    ]

    public let rule: Rule
    private let event: Event

    public init(rule: Rule) {
        self.rule = rule
        // The loader has checked the value against `Event`'s cases.
        event = Event(rawValue: rule.parameters.string("event"))!
    }

    public func judge(_ facts: ByteFacts, table: TableLayout?, file: TabularFileContext) -> [FindingDraft] {
        event.tally(in: facts).draft(limit: file.maxExamples).map { [$0] } ?? []
    }
}
