import LavandeTabular

/// Counts, column by column, the values a recogniser reads as personal data (from the profiler's
/// readings of the current record), and decides at the end which columns to report. Gated: the
/// sink calls it only for records with a valid value of the recogniser's types.
final class PersonalDataObserver: SplittableObserver {
    private let recogniser: Recogniser
    private let profiler: ColumnProfiler
    private let file: TabularFileContext
    /// The columns the rule looks at, chosen at the first data row with a valid value of the rule's types.
    private var columns: [Int]?
    /// What the rule counted, by column index (as many as the profiler has columns, once a record
    /// held a value of the rule's types): an array, not a dictionary, so that a count is not a
    /// hash of the column.
    private var tallies: [ColumnTally] = []
    /// Whether a value is the administration's, by its bytes: repeated values are judged once.
    private var contactVerdicts = ContactVerdicts()

    init(recogniser: Recogniser, profiler: ColumnProfiler, file: TabularFileContext) {
        self.recogniser = recogniser
        self.profiler = profiler
        self.file = file
        profiler.readings.keep(recogniser.types)
    }

    var recordGate: RecordGate? { RecordGate(readings: profiler.readings, types: recogniser.typeMask) }

    func record(_ record: Record, table: TableLayout) {
        guard table.role(of: record) == .data, !record.isBlankLine, profiler.readings.hasValidValue(ofAnyOf: recogniser.typeMask) else {
            return
        }
        if tallies.count < profiler.readings.columnCount {
            tallies += Array(repeating: ColumnTally(), count: profiler.readings.columnCount - tallies.count)
        }
        if columns == nil || record.number % 1024 == 0 { chooseColumns(at: record.number) }
        // Taken out of the property and put back after the record: a copy counted a reference
        // to its buffer for every record.
        let chosen = columns.take() ?? []
        defer { columns = chosen }
        for column in chosen where column < record.fields.count && column < tallies.count {
            guard let reading = validReading(in: column) else { continue }
            func text() -> String { TextDecoding.string(record.fields[column].bytes, encoding: table.info.recordEncoding).trimmingWhitespace }
            if recogniser.contacts.judgesText,
               contactVerdicts.isAdministrative(record.fields[column].bytes, judge: { recogniser.contacts.isAdministrative(text()) }) {
                tallies[column].administrative += 1
                continue
            }
            if let format = reading.format, recogniser.partialFormats.contains(format) { tallies[column].partial += 1 }
            tallies[column].matches.record(
                Location(row: record.number, line: record.line, column: profiler.profiles[column].column), value: text(),
                limit: file.maxExamples)
        }
    }

    /// No column left to read (none the rule looks at, or all dropped by `chooseColumns(at:)`).
    var isDoneWithRecords: Bool { columns?.isEmpty ?? false }

    func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
        let profiles = profiler.profiles
        return tallies.indices.compactMap { column in
            guard let tally = matches(in: column) else { return nil }
            let profile = profiles[column]
            let announced = recogniser.types.contains { profile.announcedTypes.contains($0) }
            if recogniser.headerRequired && !announced { return nil }
            // Values a spreadsheet stripped of their leading zero are values of the type all the same.
            let damaged = recogniser.types.reduce(0) { $0 + profile.types[$1].leadingZeroLost.count }
            let judged = max(1, profile.filled - tallies[column].administrative)
            let share = Double(tally.count + damaged) / Double(judged)
            guard recogniser.isEnough(matches: tally.count + damaged, share: share, announced: announced),
                  recogniser.requirementMet(in: profiles, besides: column),
                  !isPartial(column) || hasCompanion(of: column) else { return nil }
            let evidence = Evidence.values(tally.values, sensitive: true, showValues: file.showValues)
            var draft = FindingDraft(location: tally.examples.first, count: tally.count + damaged, examples: tally.examples,
                                     values: ["share": Percent.text(share), "values": evidence ?? "—"], evidence: evidence)
            draft.localizedValues["category"] = recogniser.category.text
            draft.localizedValues["exemption"] = recogniser.exemption(in: profiles)
            return draft
        }
    }

    func fork(profiler: ColumnProfiler?) -> SplittableObserver {
        let fork = PersonalDataObserver(recogniser: recogniser, profiler: profiler!, file: file)
        fork.columns = columns
        return fork
    }

    func absorb(_ later: SplittableObserver, shift: RecordShift) {
        let later = later as! PersonalDataObserver
        // Chosen by the first part that saw a row with a valid value of the types.
        columns = columns ?? later.columns
        if tallies.count < later.tallies.count {
            tallies += Array(repeating: ColumnTally(), count: later.tallies.count - tallies.count)
        }
        for (column, tally) in later.tallies.enumerated() {
            tallies[column].matches.absorb(tally.matches, shift: shift, limit: file.maxExamples)
            tallies[column].partial += tally.partial
            tallies[column].administrative += tally.administrative
        }
    }

    /// The first valid reading of one of the rule's types in the cell of `column`.
    private func validReading(in column: Int) -> ValueReading? {
        for type in recogniser.types {
            if let reading = profiler.readings.reading(column: column, type: type), reading.problem == nil { return reading }
        }
        return nil
    }

    /// Chooses the columns to read in the record `number`, which holds a valid value of the
    /// rule's types (`columns`). Called at the first such record, and at those numbered a
    /// multiple of 1,024, which drop the columns where the profiler stopped reading every type of
    /// the rule (they have nothing more to give). Which records drop columns changes no finding
    /// (a fork drops them at its own numbers): a dropped column has no match and no type of the
    /// rule announced (an announced type is always read), so it is no companion (`hasCompanion`)
    /// either.
    private func chooseColumns(at number: Int) {
        // Read once: each read of the profiler's property would copy the profile it is asked for.
        let profiles = profiler.profiles
        var chosen = columns ?? profiles.indices.filter { recogniser.looks(at: profiles[$0]) }
        if number % 1024 == 0 {
            chosen = chosen.filter { column in recogniser.types.contains { profiles[column].isCandidate($0) } || matches(in: column) != nil }
        }
        columns = chosen
    }

    /// The values of `column` read as personal data, nil when there are none.
    private func matches(in column: Int) -> ValueTally? {
        column < tallies.count && tallies[column].matches.count > 0 ? tallies[column].matches : nil
    }

    /// Most of the column's values are in a partial format (first names alone).
    private func isPartial(_ column: Int) -> Bool {
        2 * tallies[column].partial >= (matches(in: column)?.count ?? 0)
    }

    /// Another column the rule looks at whose header announces the types, or that holds full values.
    private func hasCompanion(of column: Int) -> Bool {
        (columns ?? []).contains { other in
            guard other != column else { return false }
            let announced = recogniser.types.contains { profiler.profiles[other].announcedTypes.contains($0) }
            return announced || (matches(in: other) != nil && !isPartial(other))
        }
    }
}

/// What a personal-data rule counted in one column.
private struct ColumnTally {
    /// The values read as personal data.
    var matches = ValueTally()
    /// Those of them in a partial format (a first name alone).
    var partial = 0
    /// Values of the administration (role mailboxes, the publisher's numbers), not counted in `matches`.
    var administrative = 0
}
