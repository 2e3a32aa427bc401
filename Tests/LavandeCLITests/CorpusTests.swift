import Foundation
import XCTest

/// `lavande check` over the real public files of ../shared/corpus: no crash, the encoding and
/// structure findings that its SOURCES.md describes, and what the column types show in the real
/// exports (see docs/corpus.md for the comparison).
final class CorpusTests: XCTestCase {
    /// One run of the corpus for every test of the class (XCTest runs them one after the other).
    nonisolated(unsafe) private static var cached: (status: Int32, report: [String: Any])?

    /// Skipped before any assertion: a skip thrown inside an assertion's expression is a failure.
    override func setUpWithError() throws {
        guard CLIRunner.corpus != nil else { throw XCTSkip("../shared/corpus is absent: the real-file checks are skipped") }
    }

    private func corpusReport() throws -> (status: Int32, report: [String: Any]) {
        if let cached = CorpusTests.cached { return cached }
        let corpus = try XCTUnwrap(CLIRunner.corpus)
        let (result, report) = try CLIRunner.jsonReport([corpus.path, "--lang", "en"])
        CorpusTests.cached = (result.status, report)
        return (result.status, report)
    }

    private func file(_ path: String) throws -> (summary: [String: Any], rules: Set<String>) {
        let report = try corpusReport().report
        let files = (report["datasets"] as? [[String: Any]] ?? []).flatMap { $0["files"] as? [[String: Any]] ?? [] }
        let summary = try XCTUnwrap(files.first { $0["path"] as? String == path }, "no \(path) in the report")
        let findings = (report["findings"] as? [[String: Any]] ?? []).filter { $0["file"] as? String == path }
        return (summary, Set(findings.compactMap { $0["rule"] as? String }))
    }

    private func dialect(_ summary: [String: Any]) -> [String: Any] { summary["dialect"] as? [String: Any] ?? [:] }

    func testEveryFileIsReadWithoutCrash() throws {
        let (status, report) = try corpusReport()
        XCTAssertEqual(status, 1, "findings, not a crash (3) nor a usage error (2)")
        let files = (report["datasets"] as? [[String: Any]] ?? []).flatMap { $0["files"] as? [[String: Any]] ?? [] }
        XCTAssertGreaterThanOrEqual(files.count, 55)
        XCTAssertFalse(files.contains { $0["status"] as? String == "unreadable" })
    }

    /// The findings of one rule on one column of a file.
    private func finding(_ rule: String, _ path: String, column: String) throws -> [String: Any] {
        let findings = try corpusReport().report["findings"] as? [[String: Any]] ?? []
        return try XCTUnwrap(findings.first {
            $0["rule"] as? String == rule && $0["file"] as? String == path
                && ($0["column"] as? [String: Any])?["name"] as? String == column
        }, "no \(rule) on \(column) of \(path)")
    }

    func testColumnTypesOfTheRealExports() throws {
        let poitiers = "subventions-ville-poitiers-2017/SCDL_COM_Poitiers_citoyennete-subventions-directes-attribuees-aux-associations-2017-ville-de-poiti.csv"
        XCTAssertEqual(try finding("types.float-code", poitiers, column: "COLL_SIRET")["count"] as? Int, 562)
        XCTAssertEqual(try finding("types.float-code", poitiers, column: "ATTRIB_SIRET")["count"] as? Int, 562)
        XCTAssertFalse(try file(poitiers).rules.contains("types.type-mismatch"), "amounts written 10000.0 are numbers")
        let deputes = try finding("types.leading-zero-lost", "rne-elus-deputes/9-elus-deputes.csv", column: "Code du département")
        XCTAssertEqual(deputes["count"] as? Int, 34)
        let irve = "irve-consolidation-2021-07/irve-consolidation-v2.0.0-20210718.csv"
        let communes = try finding("types.invalid-code", irve, column: "code_insee_commune")
        XCTAssertEqual(communes["count"] as? Int, 18)
        XCTAssertTrue((communes["evidence"] as? String ?? "").contains("«28000»"))
        let phones = try finding("types.leading-zero-lost", irve, column: "telephone_operateur")
        XCTAssertEqual(phones["count"] as? Int, 510)
        XCTAssertTrue((phones["evidence"] as? String ?? "").hasPrefix("«36*****61»"), "phone numbers are masked")
        let lieux = try file("lieux-covoiturage/exemple-invalide.csv")
        XCTAssertTrue(lieux.rules.isSuperset(of: ["types.coordinates-swapped", "types.invalid-code", "types.mixed-date-formats"]),
                      "what frictionless misses: the swapped point and the postcode used as a commune code")
    }

    func testPersonalDataInTheRealFiles() throws {
        let irve = "irve-consolidation-2021-07/irve-consolidation-v2.0.0-20210718.csv"
        _ = try finding("personal-data.email", irve, column: "contact_amenageur")
        _ = try finding("personal-data.email", irve, column: "contact_operateur")
        _ = try finding("personal-data.mobile-phone", irve, column: "telephone_operateur")
        for rne in ["rne-elus-deputes/9-elus-deputes.csv", "rne-elus-deputes/8-rne-deputes.txt"] {
            let names = try finding("personal-data.person-name", rne, column: "Prénom de l'élu")
            XCTAssertTrue((names["message"] as? String ?? "").contains("elected officials"), "an exemption may apply")
            _ = try finding("personal-data.birth-date", rne, column: "Date de naissance")
        }
        let deaths = "pii-deces-matchid/misc_sources_test.csv"
        _ = try finding("personal-data.person-name", deaths, column: "PRENOM")
        let births = try finding("personal-data.birth-date", deaths, column: "DATE_NAISSANCE")
        XCTAssertTrue((births["evidence"] as? String ?? "").hasPrefix("«**/**/****»"), "dates of birth are masked")
        // Subsidies to associations: no person.
        let report = try corpusReport().report
        let personal = (report["findings"] as? [[String: Any]] ?? []).filter { ($0["rule"] as? String ?? "").hasPrefix("personal-data.") }
        for folder in ["subventions-", "scdl-subventions/", "budget-ville-montpellier", "prenoms-"] {
            XCTAssertEqual(personal.filter { ($0["file"] as? String ?? "").hasPrefix(folder) }.count, 0, folder)
        }
    }

    func testLicencesOfTheCorpusFolders() throws {
        let report = try corpusReport().report
        let datasets = report["datasets"] as? [[String: Any]] ?? []
        let findings = report["findings"] as? [[String: Any]] ?? []
        func licences(_ name: String) -> [String] {
            let dataset = datasets.first { $0["name"] as? String == name }
            return ((dataset?["licences"] as? [[String: Any]]) ?? []).flatMap { $0["licences"] as? [String] ?? [] }
        }
        func rules(_ name: String) -> Set<String> {
            Set(findings.filter { $0["dataset"] as? String == name && ($0["rule"] as? String ?? "").hasPrefix("licence.") }
                .compactMap { $0["rule"] as? String })
        }
        // SOURCES.md says Licence Ouverte 1.0, but the text says "Cette licence est une version 2.0 de la
        // Licence Ouverte": a reformatted 2.0, which agrees with the schema's etalab-2.0.
        for folder in ["lieux-covoiturage", "stationnement"] {
            XCTAssertEqual(licences(folder), ["etalab-2.0"], folder)
            XCTAssertEqual(rules(folder), ["licence.partial-text"], folder)
        }
        XCTAssertEqual(licences("scdl-subventions"), ["Unlicense"])
        XCTAssertEqual(rules("scdl-subventions"), ["licence.not-allowed"], "a software licence on data")
        for folder in ["decp-marches-publics", "catalogue-donnees", "hautes-remunerations"] {
            XCTAssertEqual(licences(folder), ["etalab-2.0"], folder)
            XCTAssertEqual(rules(folder), [], folder)
        }
        for folder in ["irve-statique", "subventions-ville-poitiers-2017", "rne-elus-deputes"] {
            XCTAssertEqual(rules(folder), ["licence.missing"], folder)
        }
    }

    func testExcelExportsOfTheDepartements() throws {
        let lot = try file("subventions-cd46-lot-2017/DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv")
        XCTAssertEqual(lot.summary["encoding"] as? String, "windows-1252")
        XCTAssertEqual(dialect(lot.summary)["delimiter"] as? String, ";")
        XCTAssertTrue(lot.rules.isSuperset(of: ["encoding.not-utf8", "structure.blank-rows"]))
        let blank = try XCTUnwrap((try corpusReport().report["findings"] as? [[String: Any]])?.first {
            $0["rule"] as? String == "structure.blank-rows" && ($0["file"] as? String ?? "").hasPrefix("subventions-cd46")
        })
        XCTAssertEqual(blank["count"] as? Int, 21)

        let somme = try file("subventions-cd80-somme-2018/DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv")
        XCTAssertEqual(somme.summary["encoding"] as? String, "windows-1252", "a UTF-8 BOM followed by Windows-1252 bytes")
        XCTAssertEqual(somme.summary["bom"] as? String, "utf-8")
        XCTAssertTrue(somme.rules.isSuperset(of: ["encoding.not-utf8", "encoding.bom"]))
        let sommeLater = try file("subventions-cd80-somme-2018/DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv")
        XCTAssertEqual(sommeLater.summary["encoding"] as? String, "windows-1252")
        XCTAssertFalse(sommeLater.rules.contains("encoding.bom"))

        let nievre = try file("subventions-cd58-nievre-2016/DEP_Nièvre_CD58_SUBVENTIONS_2016_LISTE.csv")
        XCTAssertEqual(nievre.summary["encoding"] as? String, "iso-8859-1")
        XCTAssertEqual(dialect(nievre.summary)["delimiter"] as? String, ",")
        XCTAssertTrue(nievre.rules.contains("encoding.not-utf8"))
    }

    func testPeerValidatorFixtures() throws {
        let invalid = try file("peer-frictionless/invalid.csv")
        XCTAssertTrue(invalid.rules.isSuperset(of: ["structure.blank-header", "structure.duplicate-header", "structure.blank-rows",
                                                    "structure.extra-cells"]))
        XCTAssertTrue(try file("peer-frictionless/duplicate-headers.csv").rules.contains("structure.duplicate-header"))
        XCTAssertEqual(try file("peer-frictionless/bom.csv").rules, ["encoding.bom"])
        XCTAssertEqual(try file("peer-frictionless/latin1.csv").summary["encoding"] as? String, "iso-8859-1")
        XCTAssertEqual(try file("peer-csvlint/inconsistent-line-endings.csv").rules, ["encoding.mixed-line-endings"])
        XCTAssertEqual(try file("peer-csvlint/title-row.csv").rules, ["structure.title-row"])
        let bank = try file("peer-csvlint/invalid-byte-sequence.csv")
        XCTAssertTrue(bank.rules.isSuperset(of: ["encoding.not-utf8", "structure.trailing-empty-columns"]))
        // Validata's fixture has its longitude and latitude columns the wrong way round
        // (longitude 49.802, latitude 0.3768 for a tree in Marseille's département).
        XCTAssertEqual(try file("peer-validata/sample_with_bom.csv").rules, ["encoding.bom", "types.coordinates-swapped"])
        let utf16 = try file("scdl-menus-collectifs/mini-menus-collectifs_invalide.utf-16.csv")
        XCTAssertEqual(utf16.summary["encoding"] as? String, "utf-16le")
        XCTAssertTrue(utf16.rules.contains("encoding.not-utf8"))
    }

    func testOtherRealFiles() throws {
        let montpellier = try file("budget-ville-montpellier-2015/VilleMTP_MTP_BudgetPri_2015.csv")
        XCTAssertEqual(montpellier.summary["encoding"] as? String, "iso-8859-1")
        XCTAssertTrue(montpellier.rules.isSuperset(of: ["encoding.not-utf8", "structure.header-whitespace"]), "header « BP2015 »")
        let rne = try file("rne-elus-deputes/8-rne-deputes.txt")
        XCTAssertEqual(dialect(rne.summary)["delimiter"] as? String, "tab")
        XCTAssertEqual(dialect(rne.summary)["title_rows"] as? Int, 1)
        XCTAssertTrue(rne.rules.isSuperset(of: ["encoding.not-utf8", "structure.title-row"]))
        XCTAssertTrue(try file("scdl-subventions/exemple-duplicate-column.csv").rules
            .isSuperset(of: ["encoding.not-utf8", "structure.duplicate-header"]))
        XCTAssertTrue(try file("decp-marches-publics/fichier-vide.csv").rules.contains("structure.no-data-rows"))
        XCTAssertTrue(try file("irve-consolidation-2021-07/irve-consolidation-v2.0.0-20210718.csv").rules.contains("encoding.mojibake"),
                      "the consolidation holds « abonnÃ©s »: text converted twice")
        let poitiers = try file("subventions-ville-poitiers-2017/SCDL_COM_Poitiers_citoyennete-subventions-directes-attribuees-aux-associations-2017-ville-de-poiti.csv")
        XCTAssertEqual(dialect(poitiers.summary)["delimiter"] as? String, ";")
        XCTAssertEqual(try file("scdl-subventions/exemple_valide.csv").rules, [], "a valid example stays clean")
        XCTAssertEqual(try file("prenoms-digne-les-bains-2017/DIGNE-PRENOMS-2017.csv").rules, [])
    }
}
