import XCTest
@testable import LavandeKit

/// The profiler's shortcut for cells too short for a type: a cell shorter than
/// `CellReader.mismatchBelow` and not in scientific notation must be what the full verdict makes of
/// it, a mismatch, and cells that may be damage to a code are left to the verdict; the long types
/// passed over together (`ColumnProfile.passOverFrom`) must lose no example of a mismatch.
final class ShortMismatchTests: XCTestCase {
    private func reader() throws -> (CellReader, ColumnTypeCatalogue) {
        let catalogue = try RuleBookLoader().load([.defaultBook]).types
        return (CellReader(catalogue: catalogue, limit: 5), catalogue)
    }

    private func verdict(_ reader: CellReader, _ cell: String, as index: Int) -> (shortcut: Bool, verdict: TypeVerdict) {
        Array(cell.utf8).withUnsafeBufferPointer { cell in
            let facts = reader.facts(of: cell)
            var scratch = CellScratch()
            return (cell.count < reader.mismatchBelow[index] && facts.form != .scientific,
                    reader.verdict(of: cell, as: index, scratch: &scratch, facts: facts))
        }
    }

    func testTheShortcutAgreesWithTheVerdictForEveryTypeAndLength() throws {
        let (reader, catalogue) = try reader()
        let shapes: [(Int) -> String] = [
            { String(repeating: "7", count: $0) },
            { String(repeating: "0", count: $0) },
            { String(repeating: "a", count: $0) },
            { "FR" + String(repeating: "7", count: max(0, $0 - 2)) },
            { String(repeating: "4", count: max(0, $0 - 2)) + ".0" },
            { String(repeating: "1 ", count: $0 / 2) },
        ]
        var taken = 0
        for index in catalogue.types.indices {
            for length in 1..<max(1, reader.mismatchBelow[index]) {
                for shape in shapes {
                    let cell = shape(length)
                    guard !cell.isEmpty else { continue }
                    let (shortcut, verdict) = verdict(reader, cell, as: index)
                    if shortcut {
                        taken += 1
                        XCTAssertEqual(verdict, .mismatch, "\(catalogue.types[index].id) on \(cell)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(taken, 100, "the shortcut is taken for the long types")
    }

    func testTheLongPersonalTypesAreRuledOutByLength() throws {
        let (reader, catalogue) = try reader()
        for id in ["nir", "iban", "card"] {
            let index = try XCTUnwrap(catalogue.types.firstIndex { $0.id == id })
            XCTAssertGreaterThanOrEqual(reader.mismatchBelow[index], 13, id)
            XCTAssertTrue(verdict(reader, "75001", as: index).shortcut, id)
            XCTAssertFalse(verdict(reader, String(repeating: "1", count: 23), as: index).shortcut, id)
        }
    }

    func testDamageToACodeIsLeftToTheVerdict() throws {
        let (reader, catalogue) = try reader()
        let postcode = try XCTUnwrap(catalogue.types.firstIndex { $0.id == "postcode" })
        XCTAssertEqual(reader.mismatchBelow[postcode], 0, "a type with a width: a short cell may have lost a zero")
        let lost = verdict(reader, "1000", as: postcode)
        XCTAssertFalse(lost.shortcut)
        XCTAssertEqual(lost.verdict, .leadingZeroLost)

        let nir = try XCTUnwrap(catalogue.types.firstIndex { $0.id == "nir" })
        let scientific = verdict(reader, "1.8E+14", as: nir)
        XCTAssertFalse(scientific.shortcut, "scientific notation may be damage to a long number")
        XCTAssertEqual(scientific.verdict, .excelDamaged(validOnceUnfloated: false))
    }

    /// Reads `cells` into `profile` as column 0, as the profiler does, repeats counted later included.
    private func read(_ cells: [String], into profile: inout ColumnProfile, cache: inout VerdictCache, with reader: CellReader,
                      firstRow: Int = 2) {
        defer { profile.countDeferredHits(of: &cache) }
        let readings = RecordReadings(typeCount: profile.types.count)
        readings.reserve(capacities: [profile.candidates.count])
        for (offset, cell) in cells.enumerated() {
            readings.clear()
            [profile.column].withUnsafeBufferPointer { columns in
                let place = RecordPlace(row: firstRow + offset, line: firstRow + offset, columns: columns)
                Array(cell.utf8).withUnsafeBufferPointer { bytes in
                    reader.observe(bytes, column: 0, at: place, into: &profile, cache: &cache, readings: readings)
                }
            }
        }
    }

    func testLongTypesPassedOverLoseNoExampleOfAMismatch() throws {
        let (reader, catalogue) = try reader()
        let nir = try XCTUnwrap(catalogue.types.firstIndex { $0.id == "nir" })
        var profile = ColumnProfile(column: ColumnRef(index: 1, name: "code"), header: nil, catalogue: catalogue, declaredTypes: [])
        var cache = VerdictCache(budget: 0)
        // A sparse column: its trial ended before it held a value, so every type is still read,
        // none keeping examples of its mismatches until it matches.
        reader.endTrial(of: &profile, cache: &cache, readings: RecordReadings(typeCount: catalogue.types.count))
        XCTAssertTrue(profile.candidates[profile.longTypesFrom...].contains(nir), "the long types last")
        XCTAssertEqual(profile.passOverFrom, profile.longTypesFrom, "every long type is passed over")
        let short = (0..<4000).map { "A\($0)" }
        let nirValue = "2 85 07 33 999 123 74"
        read(Array(short[..<1500]) + [nirValue] + Array(short[1500..<2000]), into: &profile, cache: &cache, with: reader)
        XCTAssertEqual(profile.types[nir].shape, 1)
        XCTAssertEqual(profile.types[nir].mismatches.values, ["A1500", "A1501", "A1502", "A1503", "A1504"],
                       "the cells after its first match, although it was passed over before it")
        XCTAssertEqual(profile.mismatchExamples(of: nir, limit: 5).values, ["A0", "A1", "A2", "A3", "A4"], "the first cells come first")

        // A later part of the file: its types keep their mismatches apart until they match.
        var fork = profile.forked()
        var forkCache = VerdictCache(budget: 0)
        XCTAssertEqual(fork.passOverFrom, Int.max)
        let iban = try XCTUnwrap(catalogue.types.firstIndex { $0.id == "iban" })
        read(Array(short[2000..<3500]) + ["FR76 3000 6000 0112 3456 7890 189"] + Array(short[3500...]), into: &fork,
             cache: &forkCache, with: reader, firstRow: 2003)
        XCTAssertEqual(fork.types[iban].shape, 1)
        XCTAssertEqual(fork.types[iban].mismatchesBeforeMatch?.values, ["A2000", "A2001", "A2002", "A2003", "A2004"])
        XCTAssertEqual(fork.types[iban].mismatches.values, ["A3500", "A3501", "A3502", "A3503", "A3504"],
                       "the cells after its first match, although it was passed over before it")
        XCTAssertEqual(fork.mismatchCount(of: iban), 2000)

        profile.absorb(fork, shift: .none, limit: 5)
        XCTAssertEqual(profile.mismatchExamples(of: iban, limit: 5).values, ["A0", "A1", "A2", "A3", "A4"])
        XCTAssertEqual(profile.mismatchCount(of: nir), 4001)
        XCTAssertEqual(profile.mismatchCount(of: iban), 4001)
    }

    func testLongTypesPassedOverByTheirFirstBytesStillCountTheirValues() throws {
        let (reader, catalogue) = try reader()
        func type(_ id: String) throws -> Int { try XCTUnwrap(catalogue.types.firstIndex { $0.id == id }) }
        let (nir, iban, card) = (try type("nir"), try type("iban"), try type("card"))
        var profile = ColumnProfile(column: ColumnRef(index: 1, name: "commentaire"), header: nil, catalogue: catalogue, declaredTypes: [])
        var cache = VerdictCache(budget: 0)
        reader.endTrial(of: &profile, cache: &cache, readings: RecordReadings(typeCount: catalogue.types.count))
        // Long cells that begin as none of them (a sentence, an address, a name), then one of each
        // type, written as they may begin, and a card number a spreadsheet wrote in scientific
        // notation, which begins as no card number but is damage to one.
        let sentences = (0..<3000).map { ["Fermé le lundi, ouvert \($0) jours", "accueil\($0)@mairie-lavandin.fr", "Salle des fêtes n° \($0)"][$0 % 3] }
        let values = ["2 85 07 33 999 123 74", "FR76 3000 6000 0112 3456 7890 189", "4970 1012 3456 7893", "7,97010123456789E+15"]
        read(Array(sentences[..<2000]) + values + Array(sentences[2000...]), into: &profile, cache: &cache, with: reader)
        XCTAssertEqual(profile.types[nir].shape, 1)
        XCTAssertEqual(profile.types[iban].shape, 1)
        XCTAssertEqual(profile.types[card].shape, 1)
        XCTAssertEqual(profile.types[card].excelDamaged, 1, "a number in scientific notation is never passed over")
        XCTAssertEqual(profile.types[nir].mismatches.values, [values[1], values[2]] + sentences[2000..<2003],
                       "the cells after its first match are its examples (the damaged card number is no mismatch)")
    }

    func testACellCachedWhileLongTypesWerePassedOverIsReadForThemOnceOneMatches() throws {
        let (reader, catalogue) = try reader()
        let iban = try XCTUnwrap(catalogue.types.firstIndex { $0.id == "iban" })
        // A sparse column whose cache has one slot: every cell kept replaces the one before it.
        func readSparse(_ cells: [String], cached: Bool) throws -> ColumnProfile {
            var profile = ColumnProfile(column: ColumnRef(index: 1, name: "code"), header: nil, catalogue: catalogue, declaredTypes: [])
            var cache = VerdictCache(budget: 0)
            reader.endTrial(of: &profile, cache: &cache, readings: RecordReadings(typeCount: catalogue.types.count))
            if cached {
                cache = VerdictCache(budget: VerdictSlots.bytes(try XCTUnwrap(profile.verdictSlotShape)))
                cache.start(typeCount: profile.candidates.count, shape: profile.verdictSlotShape)
            }
            XCTAssertEqual(cache.slotCount, cached ? 1 : 0)
            read(cells, into: &profile, cache: &cache, with: reader)
            return profile
        }
        // A number in scientific notation, never passed over, leaves damage to every type in the
        // slot; a short cell takes the slot, passing over the long types; an IBAN too long to be
        // kept matches for the first time, and the long types are read again; the short cell,
        // seen again, must not take the first cell's verdicts for them.
        let cells = ["7,97010123456789E+15", "A1", "FR76 3000 6000 0112 3456 7890 189", "A1"]
        let cached = try readSparse(cells, cached: true), uncached = try readSparse(cells, cached: false)
        XCTAssertEqual(uncached.types[iban].excelDamaged, 1)
        XCTAssertEqual(uncached.types[iban].shape, 1)
        XCTAssertEqual(cached.types.map(\.excelDamaged), uncached.types.map(\.excelDamaged))
        XCTAssertEqual(catalogue.types.indices.map { cached.mismatchCount(of: $0) },
                       catalogue.types.indices.map { uncached.mismatchCount(of: $0) })
    }
}
