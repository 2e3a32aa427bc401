import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// The personal-data rules on whole files: column decisions, what stays quiet, the project's
/// publisher contacts and exemptions, masking.
final class PersonalDataChecksTests: XCTestCase {
    private func report(_ text: String, config: String? = nil, showValues: Bool = false) async throws -> Report {
        let folder = try TemporaryFolder()
        try folder.write("data/a.csv", text)
        var project: ProjectConfig?
        if let config { project = try ProjectConfigLoader().load(try folder.write(".lavande.yaml", config)) }
        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: project)
        let catalogue = try DatasetScanner().scan(paths: [folder.path + "/data"])
        return await Engine(rules: rules, options: EngineOptions(jobs: 1, showValues: showValues)).run(catalogue)
    }

    private func personal(_ report: Report) -> [String] {
        report.findings.filter { $0.ruleID.hasPrefix("personal-data.") }.map { "\($0.ruleID) \($0.location?.column?.name ?? "")" }.sorted()
    }

    func testOneValidNIRAtTheEndOfALongColumnIsFound() async throws {
        var text = "dossier;reference\n"
        for index in 1...3000 { text += "D\(index);REF-\(index)\n" }
        text += "D3001;2 85 07 33 999 123 74\n"
        let found = try await report(text)
        let nir = try XCTUnwrap(found.finding("personal-data.nir"))
        XCTAssertEqual(nir.count, 1)
        XCTAssertEqual(nir.location?.row, 3002)
        XCTAssertEqual(nir.evidence, "«2 85 ** ** *** *** 74»", "masked")
    }

    func testShowValuesShowsTheValues() async throws {
        let found = try await report("dossier;numero\nA1;2 85 07 33 999 123 74\n", showValues: true)
        XCTAssertEqual(found.finding("personal-data.nir")?.evidence, "«2 85 07 33 999 123 74»")
    }

    func testRoleMailboxesAndThePublishersDomainStayQuiet() async throws {
        let table = """
            service;courriel
            Accueil;accueil@mairie-lavandin.fr
            Propreté;proprete@mairie-lavandin.fr
            Urbanisme;jeanne.durand@mairie-lavandin.fr
            Jeunesse;paul.martin@mairie-lavandin.fr

            """
        let plain = try await report(table)
        XCTAssertEqual(personal(plain), ["personal-data.email courriel"], "named agents' addresses are personal by default")
        let declared = try await report(table, config: "lavande: 1\npublisher: {domains: [mairie-lavandin.fr]}\n")
        XCTAssertEqual(personal(declared), [], "the publisher's own domain is not personal data")
    }

    func testThePublishersNumbersStayQuiet() async throws {
        let table = "nom;telephone\nJeanne Martin;04 75 00 00 00\nPaul Durand;04 75 00 00 00\nClaire Petit;+33 4 75 00 00 00\n"
        let plain = try await report(table)
        XCTAssertEqual(personal(plain), ["personal-data.landline-phone telephone", "personal-data.person-name nom"])
        let declared = try await report(table, config: "lavande: 1\npublisher: {phones: [\"04 75 00 00 00\"]}\n")
        XCTAssertEqual(personal(declared), ["personal-data.person-name nom"])
    }

    func testExemptionsWaiveWithTheLegalBasis() async throws {
        let table = "nom;prenom;mandat\nMARTIN;Jeanne;Conseillère municipale\nDURAND;Paul;Maire\nPETIT;Claire;Adjointe\n"
        let plain = try await report(table)
        let name = try XCTUnwrap(plain.finding("personal-data.person-name"))
        XCTAssertTrue(name.message.fr.contains("élus"), "the message says an exemption may apply: \(name.message.fr)")
        XCTAssertTrue(plain.summary.failed)
        let exempted = try await report(table, config: """
            lavande: 1
            licence: etalab-2.0
            exemptions:
              - {category: elus, files: ["a.csv"], reason: "Liste des conseillers municipaux"}
            """)
        let waived = try XCTUnwrap(exempted.finding("personal-data.person-name"))
        XCTAssertEqual(waived.waiver, "CRPA D312-1-3 (élus / elected officials): Liste des conseillers municipaux")
        XCTAssertFalse(exempted.summary.failed)
    }

    func testExemptionsNeedAKnownCategoryAndAReason() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(".lavande.yaml", "lavande: 1\nexemptions:\n  - {category: ministres}\n")
        XCTAssertThrowsError(try ProjectConfigLoader().load(path)) { error in
            let messages = (error as? RuleFileErrors)?.errors.map(\.message) ?? []
            XCTAssertTrue(messages.contains { $0.contains("'ministres' is not one of elus") }, "\(messages)")
            XCTAssertTrue(messages.contains { $0.contains("needs a 'reason'") }, "\(messages)")
        }
    }

    func testFirstNameStatisticsAreNotPersonalData() async throws {
        let statistics = "COMMUNE_NOM;PRENOM_ENFANT;NOMBRE_OCCURENCES\nValence;Jeanne;14\nValence;Paul;12\nValence;Louise;11\nValence;Gabriel;19\n"
        let counted = try await report(statistics)
        XCTAssertEqual(personal(counted), [])
        let people = "nom;prenom;ville\nMARTIN;Jeanne;Valence\nDURAND;Paul;Valence\nPETIT;Louise;Die\n"
        let named = try await report(people)
        XCTAssertEqual(personal(named), ["personal-data.person-name nom", "personal-data.person-name prenom"],
                       "first names beside a surname column (some surnames, Martin, are first names too)")
    }

    func testFreeTextFindsValuesInSentencesOnly() async throws {
        let table = """
            demande;telephone;commentaire
            D1;06 12 34 56 78;Rappeler Mme Durand au 06 98 76 54 32 avant jeudi
            D2;07 45 12 34 56;Réponse envoyée à accueil@mairie-exemple.fr
            D3;06 11 22 33 44;Dossier complet, rien à signaler

            """
        let found = try await report(table)
        XCTAssertEqual(personal(found), ["personal-data.free-text commentaire", "personal-data.mobile-phone telephone"])
        let free = try XCTUnwrap(found.finding("personal-data.free-text"))
        XCTAssertEqual(free.count, 1, "the role mailbox is not counted")
        XCTAssertTrue(free.message.en.contains("mobile-phone (1)"), free.message.en)
    }

    func testSmallCountsOfPersons() async throws {
        let found = try await report("quartier;nombre_de_beneficiaires;nombre_de_places\nCentre;120;4\nGare;7;30\nNord;0;2\n")
        let small = try XCTUnwrap(found.finding("personal-data.small-counts"))
        XCTAssertEqual(small.count, 1)
        XCTAssertEqual(small.location?.row, 3)
        XCTAssertEqual(small.location?.column?.name, "nombre_de_beneficiaires", "places are not persons; 0 is nobody")
    }
}
