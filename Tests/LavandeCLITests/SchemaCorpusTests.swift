import Foundation
import XCTest

/// `lavande check --format json` over the schema repositories of ../shared/corpus (SOURCES.md §1):
/// every valid example gets no `types.schema.` error, and every invalid example gets at least the
/// errors frictionless reports for it (docs/table-schema.md compares both, file by file).
final class SchemaCorpusTests: XCTestCase {
    static let folders = ["lieux-covoiturage", "stationnement", "scdl-subventions", "dae-defibrillateurs", "decp-marches-publics",
                          "catalogue-donnees", "hautes-remunerations", "arretes-circulation-marchandises", "scdl-prenoms", "irve-statique"]

    /// One run over the ten folders for every test of the class.
    nonisolated(unsafe) private static var cached: (status: Int32, report: [String: Any])?

    /// Skipped before any assertion: a skip thrown inside an assertion's expression is a failure.
    override func setUpWithError() throws {
        guard CLIRunner.corpus != nil else { throw XCTSkip("../shared/corpus is absent: the schema corpus checks are skipped") }
    }

    private func report() throws -> (status: Int32, report: [String: Any]) {
        if let cached = SchemaCorpusTests.cached { return cached }
        let corpus = try XCTUnwrap(CLIRunner.corpus)
        let (result, report) = try CLIRunner.jsonReport(SchemaCorpusTests.folders.map { corpus.appendingPathComponent($0).path }
                                                        + ["--lang", "en", "--max-examples", "3"])
        SchemaCorpusTests.cached = (result.status, report)
        return (result.status, report)
    }

    /// The `types.schema.` findings of a file, as `rule column` (`constraint lat_coor1`), or `rule` alone
    /// for findings without a column; header names trimmed.
    private func schemaFindings(_ path: String, severity: String? = nil) throws -> [String] {
        let (_, report) = try report()
        let files = (report["datasets"] as? [[String: Any]] ?? []).flatMap { $0["files"] as? [[String: Any]] ?? [] }
        XCTAssertTrue(files.contains { $0["path"] as? String == path }, "no \(path) in the report")
        return (report["findings"] as? [[String: Any]] ?? []).compactMap { finding in
            guard finding["file"] as? String == path, let rule = finding["rule"] as? String, rule.hasPrefix("types.schema."),
                  severity == nil || finding["severity"] as? String == severity else { return nil }
            let name = String(rule.dropFirst("types.schema.".count))
            guard let column = (finding["column"] as? [String: Any])?["name"] as? String else { return name }
            return name + " " + column.trimmingCharacters(in: .whitespaces)
        }.sorted()
    }

    private func messages(_ path: String, rule: String) throws -> [String] {
        let findings = try report().report["findings"] as? [[String: Any]] ?? []
        return findings.filter { $0["file"] as? String == path && $0["rule"] as? String == "types.schema." + rule }
            .compactMap { $0["message"] as? String }
    }

    private func assertIncludes(_ path: String, _ expected: Set<String>, file: StaticString = #filePath, line: UInt = #line) throws {
        let found = Set(try schemaFindings(path))
        XCTAssertTrue(found.isSuperset(of: expected), "\(path): missing \(expected.subtracting(found)); found \(found.sorted())",
                      file: file, line: line)
    }

    func testRunsWithoutCrash() throws {
        XCTAssertEqual(try report().status, 1, "findings, not a crash (3) nor a usage error (2)")
    }

    func testValidExamplesGetNoSchemaError() throws {
        let valid = ["stationnement/exemple-valide.csv", "scdl-subventions/exemple_valide.csv", "dae-defibrillateurs/exemple_valide.csv",
                     "decp-marches-publics/exemple-valide.csv", "decp-marches-publics/fichier-vide.csv",
                     "catalogue-donnees/exemple-valide.csv", "hautes-remunerations/exemple-valide.csv",
                     "arretes-circulation-marchandises/exemple-valide.csv", "scdl-prenoms/prenoms-nouveaux-nes_exemple-valide.csv",
                     "irve-statique/exemple-valide-statique.csv"]
        for path in valid {
            XCTAssertEqual(try schemaFindings(path), [], path)
        }
        // The lieux-covoiturage schema asks for Validata's `opening-hours-value` on `horaires`, an
        // OpenStreetMap opening-hours grammar Lavande does not implement: it says so, once, instead
        // of skipping the check silently. (The example's `horaires` is `true`, which that check
        // would reject anyway.) Nothing else is wrong with the file.
        XCTAssertEqual(try schemaFindings("lieux-covoiturage/exemple-valide.csv"), ["custom-check horaires"])
        XCTAssertTrue(try messages("lieux-covoiturage/exemple-valide.csv", rule: "custom-check")[0].contains("\"opening-hours-value\""))
    }

    func testLieuxCovoiturage() throws {
        // frictionless: the date 24-06-2019 (1 error).
        try assertIncludes("lieux-covoiturage/exemple-invalide.csv", ["type date_maj"])
        XCTAssertTrue(try messages("lieux-covoiturage/exemple-invalide.csv", rule: "type")[0].contains("\"24-06-2019\""))
    }

    func testStationnement() throws {
        // frictionless: `P-001` breaks the pattern of `id`, `inconnu` is not in the enum of `tarif_pmr`.
        try assertIncludes("stationnement/exemple-invalide.csv", ["constraint id", "constraint tarif_pmr"])
        let constraints = try messages("stationnement/exemple-invalide.csv", rule: "constraint")
        XCTAssertTrue(constraints.contains { $0.contains("pattern: ") && $0.contains("\"P-001\"") })
        XCTAssertTrue(constraints.contains { $0.contains("\"enum\"") && $0.contains("\"inconnu\"") })
        // Beyond frictionless (which runs no custom check), Validata's french-siret-value: 80295478500028 fails Luhn.
        XCTAssertTrue(try schemaFindings("stationnement/exemple-invalide.csv").contains("custom-check num_siret"))
    }

    func testScdlSubventions() throws {
        // frictionless, cells: dispositifAide missing, pourcentageSubvention > 1, date 05/12/2016, decimal commas.
        let cells = "scdl-subventions/exemple_invalide_erreurs_cellules.csv"
        try assertIncludes(cells, ["missing-field", "constraint pourcentageSubvention", "type dateConvention", "type montant",
                                   "type pourcentageSubvention"])
        XCTAssertTrue(try messages(cells, rule: "missing-field").contains { $0.contains("\"dispositifAide\"") })
        XCTAssertTrue(try messages(cells, rule: "constraint").contains { $0.contains("maximum: 1") })
        XCTAssertTrue(try messages(cells, rule: "type").contains { $0.contains("\"05/12/2016\"") })
        XCTAssertTrue(try messages(cells, rule: "type").contains { $0.contains("\"100000,1\"") })
        // frictionless, columns: idAttribuant/nomAttribuant swapped, NOM_Beneficiaire renamed, dispositifAide missing.
        let columns = "scdl-subventions/exemple_invalide_erreurs_colonnes.csv"
        try assertIncludes(columns, ["field-order idAttribuant", "renamed-field NOM_Beneficiaire", "missing-field"])
        XCTAssertEqual(try schemaFindings(columns).filter { $0.hasPrefix("missing-field") || $0.hasPrefix("extra-field") },
                       ["missing-field"], "the renamed column is neither missing nor extra")
        // frictionless: duplicate notificationUE, rnaBeneficiaire and dispositifAide absent.
        let duplicate = "scdl-subventions/exemple-duplicate-column.csv"
        XCTAssertEqual(try schemaFindings(duplicate), ["extra-field notificationUE", "missing-field", "missing-field"])
    }

    func testDaeDefibrillateurs() throws {
        // frictionless: latitude 148.85 out of range, a 6-digit postcode, `true` in an oui/non field.
        try assertIncludes("dae-defibrillateurs/exemple_invalide.csv", ["constraint lat_coor1", "constraint com_cp", "type acc_acc"])
        let constraints = try messages("dae-defibrillateurs/exemple_invalide.csv", rule: "constraint")
        XCTAssertTrue(constraints.contains { $0.contains("maximum: 90") && $0.contains("148.8521329") })
        XCTAssertTrue(constraints.contains { $0.contains("753500") })
        // Header errors only: lat_coor12 for lat_coor1, adr_cp instead of com_cp, expt_insee in place of expt_tel2.
        XCTAssertEqual(try schemaFindings("dae-defibrillateurs/exemple_invalide_structure.csv"),
                       ["extra-field adr_cp", "extra-field expt_insee", "missing-field", "missing-field", "renamed-field lat_coor12"])
        // Almost every cell invalid: empty required fields, `ouie`, impossible dates.
        try assertIncludes("dae-defibrillateurs/exemple_invalide_complet.csv", ["required nom", "type acc_lib", "type dermnt"])
    }

    func testScdlPrenoms() throws {
        // INSEE 3238, RENNES/rennes, sex H, first names Ad am, AlexAndre, AssiaAmélie.
        try assertIncludes("scdl-prenoms/prenoms-nouveaux-nes_exemple-invalide.csv",
                           ["constraint COLL_INSEE", "constraint COMMUNE_NOM", "constraint ENFANT_SEXE", "constraint ENFANT_PRENOM"])
    }
}
