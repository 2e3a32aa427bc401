import LavandeTabular

/// Reads one trimmed UTF-8 cell into its column's profile: missing spellings, the distinct
/// sketch, spreadsheet damage, and every candidate type of the column. What the cell's bytes
/// decide (its `CellFacts` and a `TypeVerdict` per candidate type) comes from the column's
/// `VerdictCache` when the value was seen before, and is worked out otherwise (`facts(of:)`,
/// `verdict(of:as:bytes:facts:)`); what depends on where the cell is (counts, examples, first
/// values, tallies) is recorded for every cell. Immutable, so the profiler's loop needs no
/// exclusive access per cell.
struct CellReader {
    let matchers: TypeMatchers
    let widths: [Int?]
    /// Per type, the length below which a cell is a mismatch by its length alone, unless it is in
    /// scientific notation (damage to a number, `verdict`): the type's shortest value for types
    /// without a width (a digit code one digit short may have lost its leading zero), 0 for the
    /// others. The long types a cell is too short for are passed over (`ColumnProfile.passOverFrom`).
    let mismatchBelow: [Int]
    let missingValues: MissingValueMatcher
    let limit: Int
    let trial: TypeTrial

    /// This reader with its own copy of the matchers, for another thread (`TypeMatchers.copied`).
    func copied() -> CellReader {
        CellReader(matchers: matchers.copied(), widths: widths, missingValues: missingValues, limit: limit, trial: trial)
    }

    private init(matchers: TypeMatchers, widths: [Int?], missingValues: MissingValueMatcher, limit: Int, trial: TypeTrial) {
        self.matchers = matchers
        self.widths = widths
        mismatchBelow = widths.indices.map { widths[$0] == nil ? matchers.minLength($0) : 0 }
        self.missingValues = missingValues
        self.limit = limit
        self.trial = trial
    }

    init(catalogue: ColumnTypeCatalogue, limit: Int, trial: TypeTrial = TypeTrial()) {
        self.init(matchers: TypeMatchers(catalogue.types), widths: catalogue.types.map(\.width),
                  missingValues: MissingValueMatcher(tokens: catalogue.missingValues), limit: limit, trial: trial)
    }

    /// Reads the cell of `column` in the record at `place` into the column's profile and cache, and
    /// adds the readings of the types whose shape it has to `readings`.
    func observe(_ cell: UnsafeBufferPointer<UInt8>, column: Int, at place: RecordPlace, into profile: inout ColumnProfile,
                 cache: inout VerdictCache, readings: RecordReadings) {
        if cell.isEmpty {
            profile.empty += 1
            return
        }
        // Built only for the cells kept as examples (local functions, not closures: no allocation per cell).
        func location() -> Location { place.location(column: column) }
        func text() -> String { String(decoding: cell.prefix(120), as: UTF8.self) }
        let hash = CellHash.of(cell)
        let probe = cache.probe(cell, hash: hash)
        if probe.isDeferrable {
            // A repeat whose reading only adds to counts: counted later (`VerdictCache`).
            profile.filled += 1
            cache.deferHit(at: probe.slot!) { position, verdict in
                if case .shape(let reading) = verdict { readings.append(reading, type: profile.candidates[position], column: column) }
            }
            updatePassingOverNowAndThen(&profile, cache: &cache)
            return
        }
        let facts: CellFacts
        if probe.hasFacts {
            facts = cache.facts(at: probe.slot!)
        } else {
            facts = self.facts(of: cell)
            if let slot = probe.slot {
                if cache.hasDeferredHits(at: slot) { profile.countDeferredHits(of: &cache, at: slot) }
                cache.keep(cell, facts: facts, at: slot)
            } else if cache.wantsToStop {
                profile.countDeferredHits(of: &cache)
                cache.stop()
            }
        }
        if facts.isMissing {
            profile.countMissing(cell, at: location(), limit: limit)
            return
        }
        let ordinal = profile.filled
        profile.filled += 1
        // The first cells, with the types they do not count against, give the examples of
        // mismatches seen before a type matched for the first time.
        let isEarly = ordinal < limit
        if isEarly { profile.earlyCells.append(EarlyCell(location: location(), value: text())) }
        profile.sketch.insert(hash: hash)
        profile.keepFirstValue(cell)
        if let form = facts.form {
            profile.excelForms[form, default: ValueTally()].record(location(), value: text(), limit: limit)
        }
        let isLongNumber = cell.count > ColumnProfile.excelPrecision && facts.isDigitsOnly
        if isLongNumber {
            profile.longNumbers += 1
            if facts.isZeroTailed { profile.zeroTailedNumbers.record(location(), value: text(), limit: limit) }
        }
        // A cell kept in the cache without its verdicts has them stored, if its slot has room for
        // those of every type read (below); if not, the table is made wider, unless the cell is in
        // scientific notation (read for every type, and seldom seen).
        var storesVerdicts = probe.slot != nil && !probe.hasVerdicts
        var outgrowsItsSlot = false
        var scratch = CellScratch()
        let isScientific = facts.form == .scientific
        // The long types this cell is too short for (`mismatchBelow`) or cannot begin as
        // (`TypeMatchers.mayBegin`), none when it is in scientific notation, last in `candidates`,
        // are passed over together from `passOverFrom` on: neither read nor looked up in the cache
        // nor stored there, as the same bytes pass over them again while `passOverFrom` stays
        // (when it moves up, the cache forgets its verdicts, below).
        let passOverFrom = profile.passOverFrom
        let skipsFrom = isScientific ? Int.max : passOverFrom
        let tooShortBelow = isScientific ? 0 : profile.passedOverBelow
        var firstMatchAt = -1
        var readEnd = 0
        // Whether the cell was kept as an example by some type, and whether some type matched
        // for the first time: either rules out counting its repeats later (`VerdictCache`).
        var keptExample = false
        var startsKeepingMismatches = false
        // Through pointers: a subscript of `profile.types` per mutation checks the array's
        // uniqueness every time.
        profile.candidates.withUnsafeBufferPointer { candidates in
            profile.types.withUnsafeMutableBufferPointer { fits in
                var end = candidates.count
                // Too short for every type passed over, as most cells are, or beginning as none of
                // them (a sentence, a name, an e-mail address are no NIR, IBAN or card number).
                if cell.count < tooShortBelow || (skipsFrom < end && !mayBegin(cell, asOneOf: candidates[skipsFrom...])) {
                    end = passOverFrom
                } else {
                    while end > skipsFrom && cell.count < mismatchBelow[candidates[end - 1]] { end -= 1 }
                }
                readEnd = end
                if storesVerdicts && end > cache.shape.verdictCount {
                    storesVerdicts = false
                    outgrowsItsSlot = !isScientific
                }
                for position in 0..<end {
                    let index = candidates[position]
                    let verdict: TypeVerdict
                    if probe.hasVerdicts {
                        verdict = cache.verdict(at: probe.slot!, position: position)
                    } else {
                        verdict = self.verdict(of: cell, as: index, scratch: &scratch, facts: facts)
                        if storesVerdicts { cache.keep(verdict, at: probe.slot!, position: position) }
                    }
                    switch verdict {
                    case .shape(let reading):
                        readings.append(reading, type: index, column: column)
                        if fits[index].mismatchesKeptFrom == nil {
                            // The repeats counted later counted their mismatches as the type did until now.
                            ColumnProfile.countDeferredHits(of: &cache, candidates: candidates, into: fits)
                            fits[index].mismatchesKeptFrom = ordinal
                            startsKeepingMismatches = true
                            if position >= passOverFrom { firstMatchAt = position }
                        }
                        if fits[index].count(reading, location: location(), value: text(), limit: limit) { keptExample = true }
                    case .excelDamaged(let validOnceUnfloated):
                        fits[index].excelDamaged += 1
                        if validOnceUnfloated { fits[index].validOnceUnfloated += 1 }
                    case .leadingZeroLost:
                        if fits[index].leadingZeroLost.record(location(), value: text(), limit: limit) { keptExample = true }
                    case .mismatch:
                        if fits[index].countMismatch(location: location(), value: text(), limit: limit) { keptExample = true }
                    }
                }
            }
        }
        if isEarly { profile.earlyCells[ordinal].notAgainst = types(among: profile.candidates.prefix(readEnd), notAgainst: cell, facts: facts) }
        if storesVerdicts { cache.sealVerdicts(at: probe.slot!) }
        if firstMatchAt >= 0 {
            // A type from `passOverFrom` on matched for the first time: it now keeps examples of
            // its mismatches, and is passed over no more; the verdicts stored without it are
            // forgotten.
            passOver(from: firstMatchAt + 1, in: &profile)
            cache.forgetVerdicts()
        } else if startsKeepingMismatches {
            // Another type now keeps examples of its mismatches, which repeats counted later would
            // not give (those before were counted, in the loop).
            cache.forbidDeferrals()
        } else if let slot = probe.slot, !keptExample, !isEarly, facts.form == nil, !isLongNumber {
            // The cell's next sightings, read in full, would only add to counts.
            cache.allowDeferral(at: slot, end: readEnd)
        }
        if outgrowsItsSlot {
            profile.countDeferredHits(of: &cache)
            cache.widen()
        }
        if profile.trialIsOver {
            updatePassingOverNowAndThen(&profile, cache: &cache)
        } else {
            profile.longestTrialCell = max(profile.longestTrialCell, cell.count)
            if profile.filled == trial.cells { endTrial(of: &profile, cache: &cache, readings: readings) }
        }
    }

    /// `updatePassingOver` every 1,024 filled cells of a column whose trial is over, while some of
    /// its long types are still read for every cell.
    @inline(__always)
    private func updatePassingOverNowAndThen(_ profile: inout ColumnProfile, cache: inout VerdictCache) {
        if profile.passOverFrom > profile.longTypesFrom, profile.filled % 1024 == 0 { updatePassingOver(&profile, cache: &cache) }
    }

    /// The types among `candidates` (those the loop read) that one of the first cells of a column
    /// does not count against. Their verdicts are worked out again, here and not in the loop: a
    /// list of them built for every cell cost a release per cell, and the first cells are a few
    /// per column (`limit`).
    private func types(among candidates: ArraySlice<Int>, notAgainst cell: UnsafeBufferPointer<UInt8>, facts: CellFacts) -> [Int] {
        var scratch = CellScratch()
        return candidates.filter { index in !verdict(of: cell, as: index, scratch: &scratch, facts: facts).countsAgainst }
    }

    /// Whether the cell may begin as a value of one of `types` (`TypeMatchers.mayBegin`).
    @inline(__always)
    private func mayBegin(_ cell: UnsafeBufferPointer<UInt8>, asOneOf types: Slice<UnsafeBufferPointer<Int>>) -> Bool {
        types.contains { matchers.mayBegin($0, cell) }
    }

    /// Stops reading the types that fitted too few of the column's values so far, and starts the
    /// column's verdict cache (its candidate types are settled) for the types `readings` keeps.
    func endTrial(of profile: inout ColumnProfile, cache: inout VerdictCache, readings: RecordReadings) {
        profile.dropUnlikelyTypes(below: trial.share)
        // The long types last, by increasing shortest length: a cell too short for one is too
        // short for every one after it.
        let long = profile.candidates.filter { mismatchBelow[$0] > 1 }
        profile.candidates = profile.candidates.filter { mismatchBelow[$0] <= 1 } + long.sorted { mismatchBelow[$0] < mismatchBelow[$1] }
        profile.longTypesFrom = profile.candidates.count - long.count
        updatePassingOver(&profile, cache: &cache)
        profile.verdictSlotShape = slotShape(of: profile)
        cache.start(typeCount: profile.candidates.count, shape: profile.verdictSlotShape,
                    keptPositions: profile.candidatePositions(keptBy: readings))
    }

    /// What the slots of a column's verdict cache hold once its trial is over: cells as long as
    /// the trial's longest rounded up to 16 bytes (at most `VerdictCache.longestKey`), and the
    /// verdicts of the types not passed over (a cell read for more widens the table,
    /// `VerdictCache.widen`); the full shape for a column whose trial saw no cell.
    private func slotShape(of profile: ColumnProfile) -> VerdictSlots.Shape {
        let longest = profile.longestTrialCell, typeCount = profile.candidates.count
        guard longest > 0 else { return VerdictCache.fullShape(typeCount: typeCount) }
        return VerdictSlots.Shape(keyCapacity: min(VerdictCache.longestKey, (longest + 15) / 16 * 16),
                                  verdictCount: min(profile.passOverFrom, typeCount))
    }

    /// Lets the profiler pass over the column's last long types that no longer keep examples of
    /// their mismatches (`ColumnProfile.passOverFrom`): set at the end of the trial, again every
    /// 1,024 cells while some long type keeps them, and moved up when a type passed over matches a
    /// cell for the first time. The repeats the cache counts later read the types of their first
    /// reading: when the types passed over change, they are counted, and read in full from then on.
    func updatePassingOver(_ profile: inout ColumnProfile, cache: inout VerdictCache) {
        var from = profile.candidates.count
        while from > profile.longTypesFrom, !profile.types[profile.candidates[from - 1]].keepsMismatchExamples(limit: limit) {
            from -= 1
        }
        guard from != profile.passOverFrom else { return }
        profile.countDeferredHits(of: &cache)
        cache.forbidDeferrals()
        passOver(from: from, in: &profile)
    }

    /// Passes over the candidates of `profile` from `position` on (`ColumnProfile.passOver`).
    private func passOver(from position: Int, in profile: inout ColumnProfile) {
        profile.passOver(from: position, below: position < profile.candidates.count ? mismatchBelow[profile.candidates[position]] : 0)
    }
}
