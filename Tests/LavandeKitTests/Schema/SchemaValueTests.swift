import Foundation
import XCTest
@testable import LavandeKit

/// Reading cells as Table Schema types and formats, as frictionless reads them.
final class SchemaValueTests: XCTestCase {
    /// The reader of a field described in JSON.
    private func field(_ json: String) throws -> SchemaField {
        let outcome = SchemaLoader.load(Data("{\"fields\": [\(json)]}".utf8))
        XCTAssertEqual(outcome.problems.map(\.text.en), [])
        return try XCTUnwrap(outcome.schema?.fields.first)
    }

    private func accepted(_ json: String, _ values: [String]) throws -> [String] {
        let reader = try field(json).reader
        return values.filter { reader.read($0) != nil }
    }

    func testNumbers() throws {
        let values = ["12", "-1.5", "+3", ".5", "5.", "1e3", "1E-2", "NaN", "Infinity", " 12 ", "1,5", "1 000", "12€", "", "1.2.3", "e5", "0x10"]
        XCTAssertEqual(try accepted(#"{"name": "n", "type": "number"}"#, values),
                       ["12", "-1.5", "+3", ".5", "5.", "1e3", "1E-2", "NaN", "Infinity", " 12 "])
        XCTAssertEqual(try accepted(#"{"name": "n", "type": "number", "decimalChar": ",", "groupChar": " "}"#, ["1,5", "1 000,25", "1.5", "1,5,2"]),
                       ["1,5", "1 000,25", "1.5"], "frictionless turns the decimalChar into a point and keeps points")
        XCTAssertEqual(try accepted(#"{"name": "n", "type": "number", "bareNumber": false}"#, ["12€", "€ 12.50", "95 %", "abc"]),
                       ["12€", "€ 12.50", "95 %"])
        XCTAssertEqual(try field(#"{"name": "n", "type": "number", "decimalChar": ","}"#).reader.read("100000,1")?.order, 100_000.1)
    }

    func testIntegers() throws {
        XCTAssertEqual(try accepted(#"{"name": "n", "type": "integer"}"#, ["12", "-3", "+4", "01", "1.0", "1e3", "1 000", ""]),
                       ["12", "-3", "+4", "01"])
        XCTAssertEqual(try field(#"{"name": "n", "type": "integer"}"#).reader.read("01")?.identity, .number(1))
    }

    func testBooleans() throws {
        XCTAssertEqual(try accepted(#"{"name": "b", "type": "boolean"}"#, ["true", "True", "TRUE", "1", "false", "0", "oui", "yes", "tRue"]),
                       ["true", "True", "TRUE", "1", "false", "0"])
        XCTAssertEqual(try accepted(#"{"name": "b", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]}"#,
                                    ["oui", "non", "true", "Oui"]), ["oui", "non"])
    }

    func testDates() throws {
        let values = ["2019-06-25", "2019-6-5", "2019-02-29", "2020-02-29", "2019-13-01", "25/06/2019", "24-06-2019", "2019-06-25T10:00:00", ""]
        XCTAssertEqual(try accepted(#"{"name": "d", "type": "date"}"#, values), ["2019-06-25", "2019-6-5", "2020-02-29"],
                       "strptime %Y-%m-%d, as frictionless: one-digit months and days pass, 29 February only in leap years")
        XCTAssertEqual(try accepted(#"{"name": "d", "type": "date", "format": "%d/%m/%Y"}"#, values + ["5/6/2019", "31/04/2019"]),
                       ["25/06/2019", "5/6/2019"])
        XCTAssertEqual(try accepted(#"{"name": "d", "type": "date", "format": "any"}"#, values),
                       ["2019-06-25", "2019-6-5", "2020-02-29", "25/06/2019", "24-06-2019", "2019-06-25T10:00:00"])
        XCTAssertEqual(try accepted(#"{"name": "d", "type": "date", "format": "%Y%m%d"}"#, ["20190625", "2019625", "201906250"]),
                       ["20190625", "2019625"])
        XCTAssertEqual(try accepted(#"{"name": "d", "type": "date", "format": "%d %B %Y"}"#, ["5 june 2019", "5  June 2019", "5 juin 2019"]),
                       ["5 june 2019", "5  June 2019"])
        let iso = try field(#"{"name": "d", "type": "date"}"#).reader
        XCTAssertEqual(iso.read("1970-01-02")?.order, 1)
        XCTAssertEqual(try field(#"{"name": "d", "type": "date", "format": "%d/%m/%Y"}"#).reader.read("02/01/1970")?.order, 1)
    }

    func testDatetimesTimesAndOthers() throws {
        XCTAssertEqual(try accepted(#"{"name": "d", "type": "datetime"}"#,
                                    ["2019-06-25T10:00:00", "2019-06-25T10:00:00Z", "2019-06-25T10:00:00.123+02:00", "2019-06-25 10:00:00",
                                     "2019-06-25T10:00", "2019-06-25", "2019-06-25T25:00:00"]),
                       ["2019-06-25T10:00:00", "2019-06-25T10:00:00Z", "2019-06-25T10:00:00.123+02:00", "2019-06-25 10:00:00"])
        let datetime = try field(#"{"name": "d", "type": "datetime"}"#).reader
        XCTAssertEqual(try XCTUnwrap(datetime.read("1970-01-01T12:00:00+02:00")?.order), 10.0 / 24, accuracy: 1e-9)
        XCTAssertEqual(try accepted(#"{"name": "t", "type": "time"}"#, ["10:00:00", "23:59:59.5", "10:00", "24:00:00", "9:00:00"]),
                       ["10:00:00", "23:59:59.5"])
        XCTAssertEqual(try accepted(#"{"name": "y", "type": "year"}"#, ["2019", "19", "20190", "-201", "2019.0"]), ["2019"])
        XCTAssertEqual(try accepted(#"{"name": "y", "type": "yearmonth"}"#, ["2019-06", "2019-6", "2019-13", "201906"]), ["2019-06", "2019-6"])
        XCTAssertEqual(try accepted(#"{"name": "p", "type": "duration"}"#, ["P1Y2M10DT2H30M", "PT36H", "P3W", "P0.5D", "P", "PT", "1Y", "P1H"]),
                       ["P1Y2M10DT2H30M", "PT36H", "P3W", "P0.5D"])
    }

    func testGeopointsAndJSON() throws {
        XCTAssertEqual(try accepted(#"{"name": "g", "type": "geopoint"}"#, ["2.35, 48.85", "2.35,48.85", "48.85", "200, 10", "[2.35, 48.85]"]),
                       ["2.35, 48.85", "2.35,48.85"])
        XCTAssertEqual(try accepted(#"{"name": "g", "type": "geopoint", "format": "array"}"#,
                                    ["[7.48710500,48.345345]", "[2.35]", "2.35, 48.85", "[\"2.35\", \"48.85\"]", "[true, 1]"]),
                       ["[7.48710500,48.345345]", "[\"2.35\", \"48.85\"]"])
        XCTAssertEqual(try accepted(#"{"name": "g", "type": "geopoint", "format": "object"}"#, [#"{"lon": 2.35, "lat": 48.85}"#, #"{"lat": 1}"#]),
                       [#"{"lon": 2.35, "lat": 48.85}"#])
        XCTAssertEqual(try accepted(#"{"name": "o", "type": "object"}"#, [#"{"a": 1}"#, "[1]", "x"]), [#"{"a": 1}"#])
        XCTAssertEqual(try accepted(#"{"name": "a", "type": "array"}"#, [#"["a", "b"]"#, #"{"a": 1}"#, "a,b"]), [#"["a", "b"]"#])
        XCTAssertEqual(try accepted(#"{"name": "g", "type": "geojson"}"#, [#"{"type": "Point", "coordinates": [1, 2]}"#, #"{"type": "Circle"}"#]),
                       [#"{"type": "Point", "coordinates": [1, 2]}"#])
        XCTAssertEqual(try field(#"{"name": "a", "type": "array"}"#).reader.read(#"["a", "b", "c"]"#)?.length, 3)
    }

    func testStringFormats() throws {
        XCTAssertEqual(try accepted(#"{"name": "e", "format": "email"}"#,
                                    ["p.nom@domaine.fr", "contact@societe-amenageur.com", "p.nom@@domaine.fr", "nom@domaine", "a b@c.fr", "@c.fr"]),
                       ["p.nom@domaine.fr", "contact@societe-amenageur.com"])
        XCTAssertEqual(try accepted(#"{"name": "u", "format": "uri"}"#,
                                    ["https://www.exemple.fr/a?b=c", "mailto:a@b.fr", "htp://x.fr", "www.monsite.com/a.jpg", "https://a b.fr"]),
                       ["https://www.exemple.fr/a?b=c", "mailto:a@b.fr", "htp://x.fr"])
        XCTAssertEqual(try accepted(#"{"name": "u", "format": "uuid"}"#,
                                    ["123e4567-e89b-12d3-a456-426614174000", "123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456", "xyz"]),
                       ["123e4567-e89b-12d3-a456-426614174000", "123e4567e89b12d3a456426614174000"])
        XCTAssertEqual(try accepted(#"{"name": "b", "format": "binary"}"#, ["TGF2YW5kZQ==", "TGF2YW5kZQ", "a===", "!!!!"]), ["TGF2YW5kZQ=="])
    }

    func testHostileDatePatternStaysQuick() throws {
        let reader = try field(#"{"name": "d", "type": "date", "format": "\#(String(repeating: "%m", count: 200))"}"#).reader
        let start = Date()
        XCTAssertNil(reader.read(String(repeating: "1", count: 250) + "x"))
        XCTAssertNil(reader.read(String(repeating: "1", count: 100_000)))
        XCTAssertLessThan(Date().timeIntervalSince(start), 2, "failures are remembered: no exponential backtracking")
    }

    func testPatternsAreAnchoredAndReadPythonGroups() throws {
        let pattern = try SchemaPattern(#"\d{5}"#)
        XCTAssertTrue(pattern.matches("75056"))
        XCTAssertFalse(pattern.matches("750560"))
        XCTAssertFalse(pattern.matches("x75056"))
        let alternation = try SchemaPattern("a|b")
        XCTAssertFalse(alternation.matches("ab"), "the anchors hold the whole alternation")
        let named = try SchemaPattern(#"(?P<d>\d)-(?P=d)"#)
        XCTAssertTrue(named.matches("4-4"))
        XCTAssertFalse(named.matches("4-5"))
    }
}
