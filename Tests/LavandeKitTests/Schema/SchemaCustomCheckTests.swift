import XCTest
@testable import LavandeKit

/// Validata's custom checks: the value tests, and the checks run through the engine.
final class SchemaCustomCheckTests: XCTestCase {
    private func customCheck(_ name: String, _ params: String) -> String { #"{"name": "\#(name)", "params": {\#(params)}}"# }

    func testSiretAndSiren() {
        XCTAssertNil(CustomCheckRules.siret("21060004500392"))
        XCTAssertNil(CustomCheckRules.siret("210 600 045 00392"), "spaces between groups, as printed")
        XCTAssertEqual(CustomCheckRules.siret("21060004500393")?.code, 1, "wrong Luhn key")
        XCTAssertNil(CustomCheckRules.siret("35600000000010"), "La Poste: digit sum a multiple of 5, Luhn or not")
        XCTAssertEqual(CustomCheckRules.siret("35600000000011")?.code, 2)
        XCTAssertNil(CustomCheckRules.siret("35600000000048"), "La Poste's head office follows Luhn")
        XCTAssertEqual(CustomCheckRules.siret("218601946")?.code, 0)
        XCTAssertEqual(CustomCheckRules.siret("32402138500000.0")?.code, 0)
        XCTAssertNil(CustomCheckRules.siren("110043015"))
        XCTAssertEqual(CustomCheckRules.siren("123456789")?.code, 1)
        XCTAssertEqual(CustomCheckRules.siren("12345678")?.code, 0)
    }

    func testPhoneNumbers() {
        for valid in ["01 99 00 27 37", "+33 1 99 00 27 37", "+33102030405", "0692123456", "115", "3949", "116000", "+44 20 7946 0958"] {
            XCTAssertNil(CustomCheckRules.phone(valid), valid)
        }
        for invalid in ["+3310203040506", "010203040506", "12345", "+33 1 99", "téléphone", "0099"] {
            XCTAssertNotNil(CustomCheckRules.phone(invalid), invalid)
        }
    }

    func testFrenchCoordinates() {
        XCTAssertNil(CustomCheckRules.frenchPoint(GeoPoint(longitude: 2.35, latitude: 48.85)))
        XCTAssertNil(CustomCheckRules.frenchPoint(GeoPoint(longitude: 55.45, latitude: -20.9)), "La Réunion")
        XCTAssertEqual(CustomCheckRules.frenchPoint(GeoPoint(longitude: 48.85, latitude: 2.35))?.code, 1, "swapped")
        XCTAssertEqual(CustomCheckRules.frenchPoint(GeoPoint(longitude: -0.12, latitude: 51.5))?.code, 2, "London")
    }

    func testYearIntervals() {
        XCTAssertNil(CustomCheckRules.yearInterval("2017/2018", allowYearOnly: false))
        XCTAssertEqual(CustomCheckRules.yearInterval("2017", allowYearOnly: false)?.code, 0)
        XCTAssertNil(CustomCheckRules.yearInterval("2017", allowYearOnly: true))
        XCTAssertEqual(CustomCheckRules.yearInterval("2017/2017", allowYearOnly: true)?.code, 1, "Validata: the years must differ")
        XCTAssertEqual(CustomCheckRules.yearInterval("2018/2017", allowYearOnly: true)?.code, 2)
        XCTAssertEqual(CustomCheckRules.yearInterval("2017-2018", allowYearOnly: true)?.code, 0)
    }

    func testComparisons() {
        XCTAssertNil(CustomCheckRules.compare("10", .greater, "9"), "numbers compare as numbers, not texts")
        XCTAssertNotNil(CustomCheckRules.compare("9", .greater, "10"))
        XCTAssertNil(CustomCheckRules.compare("2024-02-01", .greaterOrEqual, "2024-01-31"))
        XCTAssertNotNil(CustomCheckRules.compare("2024-01-01", .greaterOrEqual, "2024-01-31T10:00:00"))
        XCTAssertNil(CustomCheckRules.compare("abc", .less, "abd"))
        XCTAssertNil(CustomCheckRules.compare("1.5", .equal, "1.50"))
        XCTAssertNil(CustomCheckRules.compare("1", .different, "2"))
        XCTAssertEqual(CustomCheckRules.compare("12", .less, "douze")?.code, 1, "a number and a text do not compare")
    }

    func testChecksThroughTheEngine() async throws {
        let schema = schemaJSON(
            #"{"name": "siret"}"#, #"{"name": "tel"}"#, #"{"name": "debut", "type": "date"}"#, #"{"name": "fin", "type": "date"}"#,
            #"{"name": "total", "type": "integer"}"#, #"{"name": "a", "type": "integer"}"#, #"{"name": "b", "type": "integer"}"#,
            #"{"name": "budget"}"#, #"{"name": "nom_budget"}"#, #"{"name": "xy", "type": "geopoint", "format": "array"}"#,
            extra: #""custom_checks": [\#(customCheck("french-siret-value", #""column": "siret""#)),"#
                + "\(customCheck("phone-number-value", #""column": "tel""#)),"
                + "\(customCheck("compare-columns-value", #""column": "fin", "column2": "debut", "op": ">=""#)),"
                + "\(customCheck("sum-columns-value", #""column": "total", "columns": ["a", "b"]"#)),"
                + "\(customCheck("year-interval-value", #""column": "budget", "allow-year-only": "yes""#)),"
                + "\(customCheck("cohesive-columns-value", #""column": "budget", "othercolumns": ["nom_budget"]"#)),"
                + "\(customCheck("french-gps-coordinates", #""column": "xy""#)),"
                + "\(customCheck("french-siren-value", #""column": "absente""#))]")
        let report = try await schemaReport(["schema.json": schema, "a.csv": """
            siret;tel;debut;fin;total;a;b;budget;nom_budget;xy
            21060004500392;01 99 00 27 37;2024-01-01;2024-12-31;3;1;2;2023/2024;principal;"[2.35, 48.85]"
            21060004500393;+3310203040506;2024-12-31;2024-01-01;4;1;2;2024/2023;;"[48.85, 2.35]"
            35600000000010;;;2024-01-01;;1;2;2024;annexe;"[-0.12, 51.5]"

            """])
        let findings = report.schema("custom-check")
        XCTAssertEqual(findings.map { $0.message.en.components(separatedBy: "\"")[1] }.sorted(), [
            "cohesive-columns-value", "compare-columns-value", "french-gps-coordinates", "french-gps-coordinates",
            "french-siret-value", "phone-number-value", "sum-columns-value", "year-interval-value",
        ])
        XCTAssertTrue(findings.allSatisfy { $0.count == 1 && $0.location?.row == 3 || $0.location?.row == 4 })
        let phone = try XCTUnwrap(findings.first { $0.message.en.contains("phone-number-value") })
        XCTAssertEqual(phone.evidence, "«" + EvidenceMask.mask("+3310203040506") + "»", "phone numbers are masked")
        XCTAssertFalse(phone.message.en.contains("3310203040506"))
        let siret = try XCTUnwrap(findings.first { $0.message.en.contains("french-siret-value") })
        XCTAssertEqual(siret.evidence, "«21060004500393»")
        XCTAssertTrue(siret.help.fr.contains("annuaire-entreprises"))
        XCTAssertTrue(findings.contains { $0.message.en.contains("longitude and latitude are swapped") })
    }

    func testUnknownCheckAndBadParametersAreReportedOnce() async throws {
        let schema = schemaJSON(#"{"name": "horaires"}"#, #"{"name": "debut"}"#, extra: #""custom_checks": ["#
            + "\(customCheck("opening-hours-value", #""column": "horaires""#)),"
            + "\(customCheck("compare-columns-value", #""column": "debut", "column2": "debut", "op": "=>""#)),"
            + "\(customCheck("french-siret-value", #""colonne": "debut""#))]")
        let report = try await schemaReport(["schema.json": schema, "a.csv": "horaires;debut\nMo-Fr 08:00-18:00;1\n24/7;2\n"])
        let findings = report.schema("custom-check")
        XCTAssertEqual(findings.count, 3)
        XCTAssertTrue(findings.allSatisfy { $0.count == 1 && $0.location?.row == 1 })
        XCTAssertTrue(findings.contains { $0.message.en.contains("\"opening-hours-value\"") && $0.message.en.contains("does not know") })
        XCTAssertTrue(findings.contains { $0.message.fr.contains("l'opérateur « => »") })
        XCTAssertTrue(findings.contains { $0.message.en.contains("parameter \"column\" is missing") })
    }

    func testOneOfRequired() async throws {
        let check = customCheck("one-of-required", #""column1": "idBeneficiaire", "column2": "rnaBeneficiaire""#)
        let schema = schemaJSON(#"{"name": "nom"}"#, #"{"name": "idBeneficiaire"}"#, #"{"name": "rnaBeneficiaire"}"#,
                                extra: #""custom_checks": [\#(check)]"#)
        let both = try await schemaReport(["schema.json": schema, "a.csv": "nom;idBeneficiaire;rnaBeneficiaire\nA;1;\nB;;W1\nC;;\n"])
        XCTAssertEqual(both.schema("custom-check").map(\.location?.row), [4])
        let oneColumn = try await schemaReport(["schema.json": schema, "a.csv": "nom;rnaBeneficiaire\nA;W1\nB;\n"])
        XCTAssertEqual(oneColumn.schema("custom-check").map(\.location?.row), [3], "with one column missing, the other must be filled")
        let none = try await schemaReport(["schema.json": schema, "a.csv": "nom;autre\nA;x\n"])
        XCTAssertEqual(none.schema("custom-check").map(\.count), [1])
    }
}
