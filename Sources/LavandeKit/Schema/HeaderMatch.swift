/// How the columns of a file match the fields of a schema: by exact name first (spaces around a
/// header ignored: another rule reports them), then by likeness — the same name once case,
/// accents and separators (`_ - . space`) are set aside, or within a couple of typing mistakes —
/// so that `NOM_Beneficiaire` is reported as `nomBeneficiaire` renamed, not as one field missing
/// and one column too many.
struct HeaderMatch: Sendable {
    /// For each schema field, the 0-based index of its column, nil when the file does not have it.
    let columnOfField: [Int?]
    /// Fields matched by likeness only: field index and column index.
    let renamed: [(field: Int, column: Int)]
    /// Named columns that match no field.
    let extra: [Int]
    /// Fields present but out of the schema's order (the fewest that, moved, would restore it).
    let misplaced: [Int]

    init(header: [String], fields: [String]) {
        let names = header.map { $0.trimmingWhitespace }
        var columnOfField = [Int?](repeating: nil, count: fields.count)
        var columnsByName: [String: [Int]] = [:]
        for (column, name) in names.enumerated().reversed() { columnsByName[name, default: []].append(column) }
        var used = Set<Int>()
        for (field, name) in fields.enumerated() {
            if let column = columnsByName[name]?.popLast() {
                columnOfField[field] = column
                used.insert(column)
            }
        }
        var candidates: [(distance: Int, field: Int, column: Int)] = []
        let unmatchedFields = fields.indices.filter { columnOfField[$0] == nil }
        let unmatchedColumns = names.indices.filter { !used.contains($0) && !names[$0].isEmpty }
        if unmatchedFields.count * unmatchedColumns.count <= HeaderMatch.maxLikenessPairs {
            let columnKeys = names.map(HeaderMatch.key)
            for field in unmatchedFields {
                let fieldKey = HeaderMatch.key(fields[field])
                for column in unmatchedColumns {
                    let allowed = HeaderMatch.allowedEdits(min(fieldKey.count, columnKeys[column].count))
                    if let distance = HeaderMatch.distance(fieldKey, columnKeys[column], limit: allowed) {
                        candidates.append((distance, field, column))
                    }
                }
            }
        }
        var renamed: [(field: Int, column: Int)] = []
        for candidate in candidates.sorted(by: { ($0.distance, $0.field, $0.column) < ($1.distance, $1.field, $1.column) })
            where columnOfField[candidate.field] == nil && !used.contains(candidate.column) {
            columnOfField[candidate.field] = candidate.column
            used.insert(candidate.column)
            renamed.append((candidate.field, candidate.column))
        }
        self.columnOfField = columnOfField
        self.renamed = renamed.sorted { $0.column < $1.column }
        extra = names.indices.filter { !used.contains($0) && !names[$0].isEmpty }
        let present = columnOfField.enumerated().compactMap { field, column in column.map { (field, $0) } }
            .sorted { $0.1 < $1.1 }.map(\.0)
        misplaced = HeaderMatch.outsideLongestIncreasingRun(present)
    }

    /// Beyond this many (unmatched field, unmatched column) pairs, names are matched exactly only:
    /// a hostile schema or header cannot make the comparison quadratic in earnest.
    static let maxLikenessPairs = 250_000

    /// The fields the file does not have.
    var missing: [Int] { columnOfField.indices.filter { columnOfField[$0] == nil } }

    /// A name without case, accents, surrounding spaces and separators.
    static func key(_ name: String) -> [Character] {
        Array(TextFolding.fold(name).filter { !"_-. ".contains($0) })
    }

    /// Typing mistakes tolerated between names of `length` characters: none up to 3, one up to 7, two beyond.
    static func allowedEdits(_ length: Int) -> Int { length <= 3 ? 0 : length <= 7 ? 1 : 2 }

    /// Levenshtein distance, or nil when above `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// The values of `sequence` that are not part of one of its longest increasing subsequences.
    static func outsideLongestIncreasingRun(_ sequence: [Int]) -> [Int] {
        guard sequence.count > 1 else { return [] }
        var tails: [Int] = []          // index in `sequence` of the smallest tail of a run of each length
        var previous = [Int](repeating: -1, count: sequence.count)
        for (index, value) in sequence.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if sequence[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var kept = Set<Int>()
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            kept.insert(cursor)
            cursor = previous[cursor]
        }
        return sequence.indices.filter { !kept.contains($0) }.map { sequence[$0] }
    }
}
