import XCTest
import LavandeTabular
@testable import LavandeKit

/// The profiler's verdict cache (`VerdictCache`): a column read with it gives the same profile,
/// and the same readings cell by cell, as the same column read without it.
final class VerdictCacheTests: XCTestCase {
    /// One column read cell by cell, and the readings of each cell.
    private struct ColumnRead {
        var profile: ColumnProfile
        var cache: VerdictCache
        var readings: [String] = []
    }

    private func catalogue() throws -> ColumnTypeCatalogue {
        try RuleBookLoader().load([.defaultBook]).types
    }

    /// Reads `cells` (already trimmed) as one column; a `budget` of 0 reads them without a cache.
    /// `sparse`: the column's trial ended before its first cell, as in a column of few values, so
    /// every type is still read. The repeats the cache counted later are counted at the end, as at
    /// the end of a pass, unless `countingRepeats` is false.
    /// `declaring`: the ids of the types a rule declares for the column, read whatever the trial finds.
    private func read(_ cells: [String], header: String? = nil, declaring: [String] = [], budget: Int = VerdictCache.columnBudget,
                      sparse: Bool = false, countingRepeats: Bool = true) throws -> ColumnRead {
        let catalogue = try catalogue()
        let declared = declaring.compactMap { id in catalogue.types.firstIndex { $0.id == id } }
        let profile = ColumnProfile(column: ColumnRef(index: 1, name: header), header: header.map(HeaderName.init),
                                    catalogue: catalogue, declaredTypes: declared)
        var column = ColumnRead(profile: profile, cache: VerdictCache(budget: budget))
        if sparse {
            CellReader(catalogue: catalogue, limit: 5).endTrial(of: &column.profile, cache: &column.cache,
                                                                readings: RecordReadings(typeCount: catalogue.types.count))
        }
        try read(cells, into: &column, firstRow: 2, countingRepeats: countingRepeats)
        return column
    }

    /// Reads `cells` into `read`, the first in row `firstRow`.
    private func read(_ cells: [String], into read: inout ColumnRead, firstRow: Int, countingRepeats: Bool = true) throws {
        let catalogue = try catalogue()
        let reader = CellReader(catalogue: catalogue, limit: 5)
        let readings = RecordReadings(typeCount: catalogue.types.count)
        readings.reserve(capacities: [read.profile.candidates.count])
        for (offset, cell) in cells.enumerated() {
            readings.clear()
            [read.profile.column].withUnsafeBufferPointer { columns in
                let place = RecordPlace(row: firstRow + offset, line: firstRow + offset, columns: columns)
                Array(cell.utf8).withUnsafeBufferPointer { bytes in
                    reader.observe(bytes, column: 0, at: place, into: &read.profile, cache: &read.cache, readings: readings)
                }
            }
            read.readings.append(readings.readings(column: 0).map { "t\($0.type)=\($0.reading)" }.joined(separator: "; "))
        }
        if countingRepeats { read.profile.countDeferredHits(of: &read.cache) }
    }

    /// Reads `cells` with a cache and without, asserts that the profiles and readings are the same,
    /// and returns the read with the cache.
    @discardableResult
    private func assertSameAsUncached(_ cells: [String], header: String? = nil, declaring: [String] = [], sparse: Bool = false,
                                      file: StaticString = #filePath, line: UInt = #line) throws -> ColumnRead {
        let cached = try read(cells, header: header, declaring: declaring, sparse: sparse)
        let uncached = try read(cells, header: header, declaring: declaring, budget: 0, sparse: sparse)
        XCTAssertEqual(uncached.cache.slotCount, 0, file: file, line: line)
        XCTAssertEqual(describe(cached.profile), describe(uncached.profile), file: file, line: line)
        XCTAssertEqual(cached.readings, uncached.readings, file: file, line: line)
        return cached
    }

    private func probe(_ cache: inout VerdictCache, _ cell: String) -> VerdictCache.Probe {
        Array(cell.utf8).withUnsafeBufferPointer { cache.probe($0, hash: CellHash.of($0)) }
    }

    /// Cells that give every kind of verdict to the types of a postcode column: valid and invalid
    /// codes, a code that lost its leading zero, Excel damage, dates, decimals, text, missing and empty.
    private let mixed = ["75001", "01000", "1000", "75001.0", "7.5001E+04", "2024-01-05", "05/01/2024", "2024-02-30",
                         "12,5", "3.25", "NA", "", "néant", "abc", "13001", "00100", "-4"]

    func testHitsGiveTheFactsAndReadingsOfMisses() throws {
        let cells = (0..<3_000).map { mixed[$0 % mixed.count] }
        var read = try assertSameAsUncached(cells, header: "code postal")
        XCTAssertGreaterThan(read.cache.slotCount, 0, "the cache starts after the trial")
        XCTAssertEqual(read.cache.typeCount, read.profile.candidates.count)

        let reader = CellReader(catalogue: try catalogue(), limit: 5)
        var compared = 0
        for value in Set(mixed) where !value.isEmpty {
            // Values that share a slot replace each other, and may never have their verdicts kept.
            let probe = probe(&read.cache, value)
            guard probe.hasVerdicts else { continue }
            compared += 1
            Array(value.utf8).withUnsafeBufferPointer { cell in
                let facts = reader.facts(of: cell)
                XCTAssertEqual(read.cache.facts(at: probe.slot!), facts, value)
                guard !facts.isMissing else { return }
                var scratch = CellScratch()
                // Long types the cell is too short for may be passed over: neither looked up nor stored.
                for (position, type) in read.profile.candidates.enumerated()
                where position < read.profile.longTypesFrom || cell.count >= reader.mismatchBelow[type] || facts.form == .scientific {
                    XCTAssertEqual(read.cache.verdict(at: probe.slot!, position: position),
                                   reader.verdict(of: cell, as: type, scratch: &scratch, facts: facts), value)
                }
            }
        }
        XCTAssertGreaterThan(compared, mixed.count / 2)
    }

    func testVerdictsAreKeptFromACellsFirstSighting() throws {
        let filler = (0..<TypeTrial().cells).map { _ in "75001" }
        var read = try assertSameAsUncached(filler + ["69001"], header: "code postal")
        XCTAssertTrue(probe(&read.cache, "69001").hasVerdicts, "a cell seen once keeps its facts and verdicts")
        read = try assertSameAsUncached(filler + ["69001", "69001"], header: "code postal")
        XCTAssertTrue(probe(&read.cache, "69001").hasVerdicts)
    }

    func testCellsLongerThanTheKeyAreNotKept() throws {
        let longest = String(repeating: "7", count: VerdictCache.longestKey)
        let longer = longest + "5"
        let sentence = "Accès PMR par l'entrée côté parking, ouvert le week-end."
        let cells = (0..<3_000).map { [longest, longer, sentence, "2024-01-05"][$0 % 4] }
        var read = try assertSameAsUncached(cells)
        XCTAssertNil(probe(&read.cache, longer).slot)
        XCTAssertNil(probe(&read.cache, sentence).slot)
        XCTAssertTrue(probe(&read.cache, longest).hasVerdicts, "a cell of exactly longestKey bytes is kept")
    }

    func testSlotsAreCutToTheColumnsCells() throws {
        // Dates of 10 bytes: keys of 16, verdicts of the types not passed over only.
        let dates = (0..<3_000).map { String(format: "2024-%02d-%02d", $0 % 12 + 1, $0 % 28 + 1) }
        var read = try assertSameAsUncached(dates, header: "date")
        XCTAssertEqual(read.cache.shape.keyCapacity, 16)
        XCTAssertLessThan(read.profile.passOverFrom, read.profile.candidates.count, "the long personal types are passed over")
        XCTAssertEqual(read.cache.shape.verdictCount, read.profile.passOverFrom)
        XCTAssertTrue(probe(&read.cache, "2024-03-03").hasVerdicts)
        // Cells longer than the trial's, later: not kept, read in full every time.
        let later = (0..<500).map { $0 % 2 == 0 ? "2024-03-03T10:30:00" : dates[$0] }
        read = try assertSameAsUncached(dates + later, header: "date")
        XCTAssertNil(probe(&read.cache, "2024-03-03T10:30:00").slot)
        XCTAssertTrue(probe(&read.cache, "2024-03-03").hasVerdicts)
        // A column of longer cells keeps them: the shortest multiple of 16 bytes that holds the trial's longest.
        let places = (0..<3_000).map { "Salle polyvalente n° \($0 % 90)" }
        XCTAssertEqual(try self.read(places).cache.shape.keyCapacity, 32)
    }

    func testACellReadForMoreTypesThanItsSlotHoldsWidensTheTable() throws {
        // Codes of five digits: the long personal types (declared for every column by the rule
        // books) are passed over, and the slots have no room for their verdicts.
        let personal = ["nir", "iban", "card"]
        let codes = (0..<1_500).map { String(format: "%05d", 1_000 + $0 % 50 * 17) }
        let started = try read(codes, header: "code", declaring: personal)
        XCTAssertEqual(started.cache.shape.keyCapacity, 16)
        XCTAssertLessThan(started.cache.shape.verdictCount, started.profile.candidates.count)
        // A card number, read for the long types too: the table is made again with room for every verdict.
        let card = "4970101234567893"
        var read = try assertSameAsUncached(codes + (0..<600).map { $0 % 3 == 0 ? card : codes[$0] }, header: "code", declaring: personal)
        XCTAssertEqual(read.cache.shape.verdictCount, read.profile.candidates.count)
        XCTAssertTrue(probe(&read.cache, card).hasVerdicts)
        XCTAssertTrue(probe(&read.cache, codes[599]).hasVerdicts)
        // Numbers in scientific notation, read for every type, keep their facts only.
        let scientific = "4,9701E+15"
        read = try assertSameAsUncached(codes + (0..<600).map { $0 % 3 == 0 ? scientific : codes[$0] }, header: "code", declaring: personal)
        XCTAssertEqual(read.cache.shape, started.cache.shape)
        let scientificProbe = probe(&read.cache, scientific)
        XCTAssertTrue(scientificProbe.hasFacts)
        XCTAssertFalse(scientificProbe.hasVerdicts)
        XCTAssertTrue(probe(&read.cache, codes[599]).hasVerdicts)
    }

    func testCellsSharingASlotReplaceEachOther() throws {
        let filler = (0..<TypeTrial().cells).map { _ in "2024-01-05" }
        var started = try read(filler)
        XCTAssertGreaterThan(started.cache.slotCount, 1)
        let slot = probe(&started.cache, "2024-03-01").slot
        // Another date, of the same length: only its bytes tell it apart.
        func date(_ day: Int) -> String { String(format: "%04d-%02d-%02d", 1000 + day / 336, day / 28 % 12 + 1, day % 28 + 1) }
        let other = try XCTUnwrap((0..<672_000).lazy.map(date).first { $0 != "2024-03-01" && self.probe(&started.cache, $0).slot == slot })
        let pairs = (0..<500).flatMap { $0 % 3 == 0 ? [other, other, "2024-03-01"] : ["2024-03-01", other] }
        var read = try assertSameAsUncached(filler + pairs)
        let last = pairs.last!
        let replaced = last == other ? "2024-03-01" : other
        XCTAssertTrue(probe(&read.cache, last).hasFacts)
        XCTAssertFalse(probe(&read.cache, replaced).hasFacts, "the slot holds the last of the two cells only")
    }

    func testEmptyAndMissingCells() throws {
        let cells = (0..<14_000).map { ["", "NA", "n/a", "NÉANT", "néant", "12", ""][$0 % 7] }
        var read = try assertSameAsUncached(cells)
        XCTAssertEqual(read.profile.empty, 4_000)
        XCTAssertEqual(read.profile.missing.map(\.spelling), ["NA", "n/a", "NÉANT", "néant"])
        let missing = probe(&read.cache, "NÉANT")
        XCTAssertTrue(missing.hasVerdicts, "a spelling of missing needs no verdicts")
        XCTAssertTrue(read.cache.facts(at: missing.slot!).isMissing)
    }

    func testTypesDroppedAfterTheTrialAreNotCached() throws {
        // Dates are a twentieth of the first values: the date types are dropped after the trial,
        // and the dates after it are no longer read as dates.
        let cells = (0...3_000).map { $0 % 20 == 0 ? "2024-01-05" : ["Lyon", "Nantes", "Lille"][$0 % 3] }
        let catalogue = try catalogue()
        let date = try XCTUnwrap(catalogue.types.firstIndex { $0.id == "date" })
        let fresh = ColumnProfile(column: ColumnRef(index: 1, name: nil), header: nil, catalogue: catalogue, declaredTypes: [])
        var read = try assertSameAsUncached(cells)
        XCTAssertTrue(fresh.candidates.contains(date))
        XCTAssertFalse(read.profile.candidates.contains(date))
        XCTAssertEqual(read.cache.typeCount, read.profile.candidates.count)
        XCTAssertLessThan(read.cache.typeCount, fresh.candidates.count)
        XCTAssertTrue(probe(&read.cache, "2024-01-05").hasVerdicts)
        XCTAssertEqual(cells.last, "2024-01-05")
        XCTAssertFalse(try XCTUnwrap(read.readings.last).contains("t\(date)="), "the last cell, a date, is no longer read as one")
    }

    func testAColumnWhoseValuesSeldomRepeatStopsItsCache() throws {
        let cells = (0..<(TypeTrial().cells + VerdictCache.window + 1)).map { "id-\($0)" }
        let read = try assertSameAsUncached(cells)
        XCTAssertEqual(read.cache.slotCount, 0)

        // Repeats counted later, then values that never repeat: the cache stops, its repeats counted first.
        let repeated = cells.prefix(TypeTrial().cells) + Array(repeating: "Lyon", count: 600) + cells.map { $0 + "b" }
        let stopped = try self.read(Array(repeated), countingRepeats: false)
        XCTAssertEqual(stopped.cache.slotCount, 0)
        XCTAssertEqual(describe(stopped.profile), describe(try self.read(Array(repeated), budget: 0).profile))
    }

    // MARK: Repeats counted later

    private func type(_ id: String) throws -> Int {
        try XCTUnwrap(try catalogue().types.firstIndex { $0.id == id })
    }

    func testRepeatsAreCountedLaterAsTheyWouldHaveBeenRead() throws {
        // Once its tallies hold their examples, a repeated postcode, valid or not ("00100"), only
        // adds to counts.
        let values = ["75001", "69001", "13001", "00100"]
        let cells = (0..<(TypeTrial().cells + 800)).map { values[$0 % values.count] }
        var pending = try read(cells, header: "code postal", countingRepeats: false)
        XCTAssertTrue(pending.cache.hasDeferredHits, "repeats wait to be counted")
        let postcode = try type("postcode")
        let shape = pending.profile.types[postcode].shape
        pending.profile.countDeferredHits(of: &pending.cache)
        XCTAssertFalse(pending.cache.hasDeferredHits)
        XCTAssertGreaterThan(pending.profile.types[postcode].shape, shape)

        let read = try assertSameAsUncached(cells, header: "code postal")
        XCTAssertEqual(read.profile.types[postcode].shape, cells.count)
        XCTAssertEqual(read.profile.types[postcode].invalidCount, cells.count / 4)
    }

    func testATypesFirstMatchCountsTheRepeatsBeforeIt() throws {
        // A column whose trial ended before its first value: every type is read, none keeping
        // examples of its mismatches until it matches. Words repeated, then a first integer (a
        // type read for every cell) and a first date (a long type, passed over until then).
        let words = (0..<3000).map { ["Lyon", "Nantes", "Lille"][$0 % 3] }
        let cells = words + ["12"] + words + ["2024-01-05"] + words
        let read = try assertSameAsUncached(cells, sparse: true)
        let (integer, date) = (try type("integer"), try type("date"))
        XCTAssertEqual(read.profile.types[integer].shape, 1)
        XCTAssertEqual(read.profile.types[integer].mismatches.count, 2 * words.count + 1, "the cells after its first match")
        XCTAssertEqual(read.profile.types[integer].mismatches.values, ["Lyon", "Nantes", "Lille", "Lyon", "Nantes"])
        XCTAssertEqual(read.profile.types[date].shape, 1)
        XCTAssertEqual(read.profile.types[date].mismatches.values, ["Lyon", "Nantes", "Lille", "Lyon", "Nantes"])
    }

    func testAForkCountsItsRepeatsApartUntilItsFirstMatch() throws {
        let words = (0..<3000).map { ["Lyon", "Nantes", "Lille"][$0 % 3] }
        let parent = try read(words, sparse: true)
        // A later part of the file, read with a cache and without.
        func fork(budget: Int) throws -> ColumnRead {
            var fork = ColumnRead(profile: parent.profile.forked(), cache: VerdictCache(budget: budget))
            fork.cache.start(typeCount: fork.profile.candidates.count, keptPositions: Array(fork.profile.candidates.indices))
            try read(words + ["12"] + words, into: &fork, firstRow: 3002)
            return fork
        }
        let cached = try fork(budget: VerdictCache.columnBudget), uncached = try fork(budget: 0)
        XCTAssertGreaterThan(cached.cache.slotCount, 0)
        XCTAssertEqual(describe(cached.profile), describe(uncached.profile))
        let integer = try type("integer")
        XCTAssertEqual(cached.profile.types[integer].mismatchesBeforeMatch?.count, words.count)
        XCTAssertEqual(cached.profile.types[integer].mismatches.count, words.count)
    }

    func testAFileOfManyColumnsGetsLessPerColumn() {
        XCTAssertEqual(VerdictCache.budget(columns: 8), VerdictCache.columnBudget)
        XCTAssertEqual(VerdictCache.budget(columns: 14), VerdictCache.tableBudget / 14, "14 columns share the file's budget")
        XCTAssertLessThanOrEqual(VerdictCache.budget(columns: 16_384) * 16_384, VerdictCache.tableBudget)
        var cache = VerdictCache(budget: VerdictCache.budget(columns: 1_000_000))
        cache.start(typeCount: 3)
        XCTAssertEqual(cache.slotCount, 0, "too small a budget for one slot: no cache")
    }

    func testTheCacheGivesBackEveryPartOfAVerdict() {
        let verdicts: [TypeVerdict] = [
            .shape(ValueReading(problem: .noSuchDate, format: .slashedDayFirst, ordinal: 19_723.5, year: 2024)),
            .shape(ValueReading(format: .isoDate, ordinal: -0.0, year: -44)),
            .shape(ValueReading(ordinal: 0, year: 0)),
            .shape(ValueReading(format: .slashedDayFirst)),
            .shape(ValueReading(format: ValueFormat.allCases.last)),
            .shape(ValueReading(problem: InvalidReason.allCases.last)),
            .shape(ValueReading()),
            .excelDamaged(validOnceUnfloated: true), .excelDamaged(validOnceUnfloated: false), .leadingZeroLost, .mismatch,
        ]
        var cache = VerdictCache(budget: VerdictCache.columnBudget)
        cache.start(typeCount: verdicts.count)
        let cell = Array("2024".utf8)
        cell.withUnsafeBufferPointer { cell in
            let slot = cache.probe(cell, hash: CellHash.of(cell)).slot!
            cache.keep(cell, facts: CellReader(catalogue: ColumnTypeCatalogue(), limit: 5).facts(of: cell), at: slot)
            for (position, verdict) in verdicts.enumerated() { cache.keep(verdict, at: slot, position: position) }
            cache.sealVerdicts(at: slot)
            XCTAssertTrue(cache.probe(cell, hash: CellHash.of(cell)).hasVerdicts)
            XCTAssertEqual(verdicts.indices.map { cache.verdict(at: slot, position: $0) }, verdicts)
        }
        XCTAssertEqual(MemoryLayout<TypeVerdict>.stride, 16, "the budget of a column counts 16 bytes a verdict")
    }
}

/// Every stored part of a value, dictionaries and sets in a fixed order, so that two profiles
/// compare as a whole (counts, examples, tallies, first values, the sketch's registers).
private func describe(_ value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .dictionary, .set:
        return "[" + mirror.children.map { describe($0.value) }.sorted().joined(separator: ", ") + "]"
    case .optional:
        return mirror.children.first.map { describe($0.value) } ?? "nil"
    case .struct, .class, .tuple, .collection:
        let parts = mirror.children.map { "\($0.label ?? ""): \(describe($0.value))" }
        return "\(mirror.subjectType)(" + parts.joined(separator: ", ") + ")"
    default:
        return String(describing: value)
    }
}
