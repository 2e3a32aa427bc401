/// Occurrences of problems grouped by key (a column, a column and a constraint…): per group a
/// count, the first locations, and what its first occurrence says (placeholder values, evidence).
/// Groups come out in key order, so reports are the same from run to run.
struct GroupedTallies {
    /// Groups sort by `major` (a column or a check's position), then `minor` (a constraint, a reason).
    struct Key: Hashable, Comparable {
        var major: Int
        var minor: Int = 0

        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.major, lhs.minor) < (rhs.major, rhs.minor) }
    }

    /// What the first occurrence of a group says.
    struct Description {
        var values: [String: String] = [:]
        var localized: [String: LocalizedText] = [:]
        var evidence: String?
    }

    private var groups: [Key: (tally: OccurrenceTally, description: Description)] = [:]
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Counts one occurrence; `describe` runs for the first one of the group only.
    mutating func record(_ key: Key, at location: Location, describe: () -> Description) {
        if groups[key] == nil { groups[key] = (OccurrenceTally(limit: limit), describe()) }
        groups[key]?.tally.record(location)
    }

    var drafts: [FindingDraft] {
        groups.keys.sorted().compactMap { key in
            // Evidence between « », as every check writes it.
            guard let group = groups[key], var draft = FindingDraft(group.tally, values: group.description.values,
                                                                    evidence: group.description.evidence.map { "«\($0)»" }) else {
                return nil
            }
            draft.localizedValues = group.description.localized
            return draft
        }
    }
}
