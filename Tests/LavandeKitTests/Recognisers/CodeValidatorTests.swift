import XCTest
@testable import LavandeKit

final class CodeValidatorTests: XCTestCase {
    func testPostcodes() {
        for text in ["75001", "01000", "20000", "20290", "95880", "97133", "97150", "97400", "97500", "97600",
                     "98000", "98600", "98714", "98800"] {
            XCTAssertEqual(readCell(.postcode, text), ValueReading(), text)
        }
        for text in ["00100", "96000", "99000", "97000", "97700", "98100", "98500", "98900"] {
            XCTAssertEqual(cellProblem(.postcode, text), .unknownCode, text)
        }
        for text in ["1000", "750011", "7500A", "75 001", "2A004"] {
            XCTAssertNil(readCell(.postcode, text), text)
        }
    }

    func testInseeCommuneCodes() {
        for text in ["01001", "2A004", "2b033", "2B033", "33063", "97411", "97101", "97502", "97701", "97801", "98818",
                     "98611", "75056", "75101", "75116", "75120", "69123", "13055"] {
            XCTAssertEqual(readCell(.inseeCommune, text), ValueReading(), text)
        }
        XCTAssertEqual(cellProblem(.inseeCommune, "20004"), .unknownCode)
        XCTAssertEqual(cellProblem(.inseeCommune, "96001"), .unknownCode)
        XCTAssertEqual(cellProblem(.inseeCommune, "00001"), .unknownCode)
        XCTAssertEqual(readCell(.inseeCommune, "99100"), ValueReading(), "INSEE's code of a foreign country, for birthplaces")
        XCTAssertEqual(readCell(.inseeCommune, "99330"), ValueReading())
        XCTAssertEqual(cellProblem(.inseeCommune, "99000"), .unknownCode)
        XCTAssertEqual(cellProblem(.inseeCommune, "99600"), .unknownCode)
        XCTAssertEqual(cellProblem(.inseeCommune, "97001"), .unknownCode)
        XCTAssertEqual(cellProblem(.inseeCommune, "98001"), .unknownCode, "Monaco is not a French commune")
        XCTAssertEqual(cellProblem(.inseeCommune, "2A000"), .unknownCode)
        XCTAssertEqual(cellProblem(.inseeCommune, "75123"), .unknownCode)
        for postcode in ["76000", "69000", "13000", "75000", "75015", "20000", "97400", "97100"] {
            XCTAssertEqual(cellProblem(.inseeCommune, postcode), .postcodeNotCommune, postcode)
        }
        for text in ["3238", "330630", "2C004", "A2004", "2A04", "2A0O4", "1A001", "33 063"] {
            XCTAssertNil(readCell(.inseeCommune, text), text)
        }
    }

    func testDepartements() {
        for text in ["01", "19", "21", "75", "95", "2A", "2b", "971", "974", "976"] {
            XCTAssertEqual(readCell(.departement, text), ValueReading(), text)
        }
        XCTAssertEqual(readCell(.departement, "99"), ValueReading(), "INSEE's code for abroad")
        for text in ["20", "96", "00", "98", "970", "977", "984", "988"] {
            XCTAssertEqual(cellProblem(.departement, text), .unknownCode, text)
        }
        for text in ["1", "9", "2C", "A2", "075", "123", "9710", "", "7 5"] {
            XCTAssertNil(readCell(.departement, text), text)
        }
    }

    func testRegions() {
        for text in ["01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"] {
            XCTAssertEqual(readCell(.region, text), ValueReading(), text)
        }
        for text in ["05", "99", "00", "82", "26", "31"] {
            XCTAssertEqual(cellProblem(.region, text), .unknownCode, text)
        }
        for text in ["1", "011", "2A", "1 1"] {
            XCTAssertNil(readCell(.region, text), text)
        }
    }

    func testFrenchTerritories() {
        XCTAssertEqual(FrenchTerritory.locate(latitude: 48.85, longitude: 2.35), .metropole)
        XCTAssertNil(FrenchTerritory.locate(latitude: 2.35, longitude: 48.85))
        XCTAssertEqual(FrenchTerritory.locate(latitude: 49.92, longitude: 1.08), .metropole, "Dieppe")
        XCTAssertEqual(FrenchTerritory.locate(latitude: 41.39, longitude: 9.16), .metropole, "Bonifacio")
        XCTAssertEqual(FrenchTerritory.locate(latitude: 48.46, longitude: -5.10), .metropole, "Ouessant")
        XCTAssertEqual(FrenchTerritory.locate(latitude: 51.03, longitude: 2.37), .metropole, "Dunkirk")
        XCTAssertEqual(FrenchTerritory.locate(latitude: -20.88, longitude: 55.45), .reunion, "Saint-Denis")
        XCTAssertEqual(FrenchTerritory.locate(latitude: -22.27, longitude: 166.44), .nouvelleCaledonie, "Nouméa")
        XCTAssertEqual(FrenchTerritory.locate(latitude: 16.24, longitude: -61.53), .guadeloupe, "Pointe-à-Pitre")
        XCTAssertEqual(FrenchTerritory.locate(latitude: 14.60, longitude: -61.07), .martinique, "Fort-de-France")
        XCTAssertEqual(FrenchTerritory.locate(latitude: 4.94, longitude: -52.33), .guyane, "Cayenne")
        XCTAssertEqual(FrenchTerritory.locate(latitude: -12.78, longitude: 45.23), .mayotte, "Mamoudzou")
        XCTAssertEqual(FrenchTerritory.locate(latitude: 46.78, longitude: -56.17), .saintPierreEtMiquelon)
        XCTAssertEqual(FrenchTerritory.locate(latitude: 17.90, longitude: -62.85), .saintBarthelemySaintMartin, "Gustavia")
        XCTAssertEqual(FrenchTerritory.locate(latitude: 18.07, longitude: -63.08), .saintBarthelemySaintMartin, "Marigot")
        XCTAssertEqual(FrenchTerritory.locate(latitude: -17.54, longitude: -149.57), .polynesie, "Papeete")
        XCTAssertEqual(FrenchTerritory.locate(latitude: -9.80, longitude: -139.03), .polynesie, "Marquesas")
        XCTAssertEqual(FrenchTerritory.locate(latitude: -13.28, longitude: -176.17), .wallisEtFutuna, "Mata-Utu")
        XCTAssertNil(FrenchTerritory.locate(latitude: 15.30, longitude: -61.39), "Dominica")
        XCTAssertNil(FrenchTerritory.locate(latitude: 40.42, longitude: -3.70), "Madrid")
        XCTAssertNil(FrenchTerritory.locate(latitude: .nan, longitude: 2.35))
        XCTAssertEqual(FrenchTerritory.nouvelleCaledonie.rawValue, "nouvelle-caledonie")
    }

    func testTerritoryBoxesDoNotOverlap() {
        let boxes = FrenchTerritory.allCases.map(\.box)
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] {
                let latitudes = a.latitudes.overlaps(b.latitudes)
                let longitudes = a.longitudes.overlaps(b.longitudes)
                XCTAssertFalse(latitudes && longitudes)
            }
        }
    }
}
