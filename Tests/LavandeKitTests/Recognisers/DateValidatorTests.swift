import XCTest
@testable import LavandeKit

final class DateValidatorTests: XCTestCase {
    func testFormatsAndOrdinals() {
        let leapDay = ValueReading(format: .isoDate, ordinal: 19_782, year: 2024)
        XCTAssertEqual(readCell(.date, "2024-02-29"), leapDay)
        XCTAssertEqual(readCell(.date, "1970-01-01"), ValueReading(format: .isoDate, ordinal: 0, year: 1970))
        XCTAssertEqual(readCell(.date, "1969-12-31")?.ordinal, -1)
        XCTAssertEqual(readCell(.date, "2000-01-01")?.ordinal, 10_957)
        XCTAssertEqual(readCell(.date, "29/02/2024"), ValueReading(format: .slashedDayFirst, ordinal: 19_782, year: 2024))
        XCTAssertEqual(readCell(.date, "29-02-2024")?.format, .dashedDayFirst)
        XCTAssertEqual(readCell(.date, "29.02.2024")?.format, .dottedDayFirst)
        XCTAssertEqual(readCell(.date, "2024/02/29")?.format, .slashedYearFirst)
        XCTAssertEqual(readCell(.date, "02/29/2024"), ValueReading(format: .slashedMonthFirst, ordinal: 19_782, year: 2024))
        XCTAssertEqual(readCell(.date, "5/3/2024"), ValueReading(ordinal: 19_787, year: 2024), "neutral, read day first")
        XCTAssertEqual(readCell(.date, "15/3/2024")?.format, .slashedDayFirst)
        XCTAssertEqual(readCell(.date, "2024-3-5")?.format, .isoDate)
        // Undecidable day/month order: neutral.
        XCTAssertEqual(readCell(.date, "03/04/2024"), ValueReading(ordinal: 19_816, year: 2024), "3 April")
        XCTAssertEqual(readCell(.date, "03-04-2024")?.format, .dashedDayFirst)
    }

    func testImpossibleDates() {
        XCTAssertEqual(cellProblem(.date, "29/02/2023"), .noSuchDate)
        XCTAssertEqual(cellProblem(.date, "30/02/2024"), .noSuchDate)
        XCTAssertEqual(cellProblem(.date, "31/04/2024"), .noSuchDate)
        XCTAssertEqual(cellProblem(.date, "2023-13-01"), .noSuchDate)
        XCTAssertEqual(cellProblem(.date, "2023-00-10"), .noSuchDate)
        XCTAssertEqual(cellProblem(.date, "00/01/2024"), .noSuchDate)
        XCTAssertEqual(cellProblem(.date, "31/13/2024"), .noSuchDate)
        XCTAssertEqual(cellProblem(.date, "12/45/2024"), .noSuchDate)
        XCTAssertEqual(cellProblem(.date, "1900-02-29"), .noSuchDate)
        XCTAssertNil(cellProblem(.date, "2000-02-29"))
        XCTAssertEqual(cellProblem(.date, "0000-01-01"), .outOfRange)
        XCTAssertEqual(readCell(.date, "30/02/2024"), ValueReading(problem: .noSuchDate, format: .slashedDayFirst))
    }

    func testNotDates() {
        for text in ["05/03/24", "2024-03", "20240305", "2024.03.05", "05/03-2024", "2024-03/05", "05/03/20245", "123/03/2024",
                     "2024-003-05", "2024-03-05T10:00", "05 03 2024", "5 mars 2024", "2024-03-05 ", "/03/2024", "05//2024"] {
            XCTAssertNil(readCell(.date, text), text)
        }
    }

    func testDatetimes() {
        XCTAssertEqual(readCell(.datetime, "2024-03-05T12:00"), ValueReading(format: .isoDate, ordinal: 19_787.5, year: 2024))
        XCTAssertEqual(readCell(.datetime, "2024-03-05 06:00:00")?.ordinal, 19_787.25)
        XCTAssertEqual(readCell(.datetime, "05/03/2024 9:30")?.ordinal ?? 0, 19_787 + 9.5 / 24, accuracy: 1e-9)
        XCTAssertEqual(readCell(.datetime, "05/03/2024 9:30")?.format, nil)
        XCTAssertEqual(readCell(.datetime, "25/03/2024 09:30")?.format, .slashedDayFirst)
        XCTAssertEqual(readCell(.datetime, "2024-03-05T12:00:00Z")?.ordinal, 19_787.5)
        XCTAssertEqual(readCell(.datetime, "2024-03-05T12:00:00.500Z")?.ordinal ?? 0, 19_787.5 + 0.5 / 86_400, accuracy: 1e-9)
        XCTAssertEqual(readCell(.datetime, "2024-03-05T12:00:00,5")?.ordinal ?? 0, 19_787.5 + 0.5 / 86_400, accuracy: 1e-9)
        XCTAssertEqual(readCell(.datetime, "2024-03-05T12:00:00+01:00")?.ordinal ?? 0, 19_787.5 - 1.0 / 24, accuracy: 1e-9)
        XCTAssertEqual(readCell(.datetime, "2024-03-05T12:00:00-0230")?.ordinal ?? 0, 19_787.5 + 2.5 / 24, accuracy: 1e-9)
        XCTAssertEqual(readCell(.datetime, "2024-03-05T12:00+02")?.ordinal ?? 0, 19_787.5 - 2.0 / 24, accuracy: 1e-9)

        XCTAssertEqual(cellProblem(.datetime, "2024-03-05T25:61"), .noSuchDate)
        XCTAssertEqual(cellProblem(.datetime, "2024-03-05T24:00"), .noSuchDate)
        XCTAssertEqual(cellProblem(.datetime, "2024-03-05T23:59:60"), .noSuchDate)
        XCTAssertEqual(cellProblem(.datetime, "2024-03-05T10:00+15:00"), .noSuchDate)
        XCTAssertEqual(cellProblem(.datetime, "2023-02-29T10:00"), .noSuchDate)
        XCTAssertEqual(cellProblem(.datetime, "0000-01-01T10:00"), .outOfRange)

        for text in ["2024-03-05", "2024-03-05T", "2024-03-05T10", "2024-03-05T10:0", "2024-03-05T10:00:0", "2024-03-05t10:00",
                     "2024-03-05T10:00:00.", "2024-03-05T10:00Z+01:00", "2024-03-05T10:00+1", "2024-03-05T10:00+01:0",
                     "2024-03-05T10:00 ", "2024-03-05  10:00", "2024-03-05T10h00", "10:00"] {
            XCTAssertNil(readCell(.datetime, text), text)
        }
    }

    func testYears() {
        XCTAssertEqual(readCell(.year, "2024"), ValueReading(ordinal: 2024, year: 2024))
        XCTAssertEqual(readCell(.year, "1000"), ValueReading(ordinal: 1000, year: 1000))
        XCTAssertEqual(cellProblem(.year, "0000"), .outOfRange)
        XCTAssertEqual(cellProblem(.year, "0999"), .outOfRange)
        XCTAssertEqual(cellProblem(.year, "3000"), .outOfRange)
        for text in ["24", "202", "20245", "2O24", "-2024", "2 024"] {
            XCTAssertNil(readCell(.year, text), text)
        }
    }
}
