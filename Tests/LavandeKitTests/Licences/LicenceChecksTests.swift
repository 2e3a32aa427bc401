import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// The `licence.` rules on dataset folders: what each finding says, where it points, the
/// project's default licence and allowed list, and the licence summary of the report.
final class LicenceChecksTests: XCTestCase {
    private func report(_ files: [String: String], config: String? = nil) async throws -> Report {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write("jeu/" + name, text) }
        var project: ProjectConfig?
        if let config { project = try ProjectConfigLoader().load(try folder.write(".lavande.yaml", config)) }
        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: project)
        let catalogue = try DatasetScanner().scan(paths: [folder.path + "/jeu"])
        return await Engine(rules: rules, options: EngineOptions(jobs: 1)).run(catalogue)
    }

    private func found(_ files: [String: String]) async throws -> [String] {
        licenceRules(try await report(files))
    }

    private func licenceRules(_ report: Report) -> [String] {
        report.findings.filter { $0.ruleID.hasPrefix("licence.") }.map(\.ruleID).sorted()
    }

    private let data = "id;nom\n1;Piscine\n"

    private func package(_ licence: String, extra: String = "") -> String {
        #"{"name": "jeu", "licenses": [{"name": "\#(licence)"}]\#(extra), "resources": [{"path": "a.csv"}]}"#
    }

    func testAFolderWithoutLicenceAndTheProjectDefault() async throws {
        let missing = try await report(["a.csv": data])
        XCTAssertEqual(licenceRules(missing), ["licence.missing"])
        XCTAssertNil(missing.finding("licence.missing")?.file, "a finding about the whole folder")
        let configured = try await report(["a.csv": data], config: "lavande: 1\nlicence: etalab-2.0\n")
        XCTAssertEqual(licenceRules(configured), [])
        XCTAssertEqual(configured.datasets.first?.licences?.first?.licences, ["etalab-2.0"])
        XCTAssertEqual(configured.datasets.first?.licences?.first?.declaredIn, [".lavande.yaml"])
    }

    func testDeclarationsThatDisagreePointAtTheirDocuments() async throws {
        let found = try await report(["a.csv": data, "datapackage.json": package("ODbL-1.0"),
                                      "README.md": "# Jeu\n\n## Licence\n\nLicence Ouverte v2.0 (Etalab)\n"])
        let conflict = try XCTUnwrap(found.finding("licence.conflict"))
        XCTAssertTrue(conflict.message.en.contains("etalab-2.0, ODbL-1.0") || conflict.message.en.contains("ODbL-1.0, etalab-2.0"),
                      conflict.message.en)
        XCTAssertTrue(conflict.message.en.contains("README.md:3 → etalab-2.0"), conflict.message.en)
        XCTAssertEqual(found.datasets.first?.licences?.first?.licences.count, 2)
    }

    func testResourceLicencesOverrideThePackageLicence() async throws {
        let datapackage = #"{"name": "jeu", "licenses": [{"name": "etalab-2.0"}], "contributors": [{"title": "Mairie", "role": "publisher"}], "last_modified": "2024-05-01", "resources": [{"path": "a.csv"}, {"path": "b.csv", "licenses": [{"name": "ODbL-1.0"}]}]}"#
        let found = try await report(["a.csv": data, "b.csv": data, "datapackage.json": datapackage])
        XCTAssertEqual(licenceRules(found), [], "each file has one licence")
        let summary = try XCTUnwrap(found.datasets.first?.licences)
        XCTAssertEqual(summary.map(\.files), [["a.csv"], ["b.csv"]])
        XCTAssertEqual(summary.map(\.licences), [["etalab-2.0"], ["ODbL-1.0"]])
    }

    func testIdentifiersPortalIdsAndNames() async throws {
        let lo = try await report(["a.csv": data, "datapackage.json": package("LO-2.0")])
        let identifier = try XCTUnwrap(lo.finding("licence.identifier"))
        XCTAssertEqual(identifier.file, "datapackage.json")
        XCTAssertTrue(identifier.message.en.contains("expected: etalab-2.0"), identifier.message.en)
        let udata = #"{"title": "Jeu", "license": "lov2", "organization": {"name": "Mairie"}, "last_update": "2024-05-01", "resources": []}"#
        let rules1 = try await found(["a.csv": data, "dataset.json": udata])
        XCTAssertEqual(rules1, [], "udata's own id is fine in udata's metadata")
        let unknown = try await report(["a.csv": data, "datapackage.json": package("licence-maison")])
        XCTAssertTrue(licenceRules(unknown).contains("licence.identifier"))
        XCTAssertTrue(licenceRules(unknown).contains("licence.missing") == false)
    }

    func testNotOpenNotAllowedAndOutdated() async throws {
        let rules2 = try await found(["a.csv": data, "datapackage.json": package("CC-BY-NC-4.0")])
        XCTAssertEqual(rules2,
                       ["licence.attribution", "licence.not-open"])
        let rules3 = try await found(["a.csv": data, "datapackage.json": package("CC-BY-4.0")])
        XCTAssertEqual(rules3,
                       ["licence.attribution", "licence.not-allowed"])
        let widened = "lavande: 1\nrules: [default, livre.yaml]\n"
        let folder = try TemporaryFolder()
        try folder.write("livre.yaml", "lavande: 1\nid: livre\ntitle: {fr: L, en: L}\nallowed-licences: [etalab-2.0, ODbL-1.0, CC-BY-4.0]\n")
        try folder.write("jeu/a.csv", data)
        try folder.write("jeu/README.md", "## Licence\n\nCC-BY 4.0\n")
        let project = try ProjectConfigLoader().load(try folder.write(".lavande.yaml", widened))
        let rules = try ActiveRules(RuleBookLoader().load(project.books ?? []), config: project)
        let allowed = await Engine(rules: rules, options: EngineOptions(jobs: 1)).run(try DatasetScanner().scan(paths: [folder.path + "/jeu"]))
        XCTAssertEqual(licenceRules(allowed), [], "a book of the project widens the allowed list")
        let rules4 = try await found(["a.csv": data, "README.md": "## Licence\n\nLicence Ouverte 1.0\n"])
        XCTAssertEqual(rules4,
                       ["licence.outdated"])
    }

    func testAttributionIsJudgedWhereThereIsMetadata() async throws {
        let bare = try await report(["a.csv": data, "datapackage.json": package("etalab-2.0")])
        let attribution = try XCTUnwrap(bare.finding("licence.attribution"))
        XCTAssertTrue(attribution.message.en.contains("the publisher and the date of last update"), attribution.message.en)
        let complete = package("etalab-2.0", extra: #", "contributors": [{"title": "Mairie", "role": "publisher"}], "last_modified": "2024-05-01""#)
        let rules5 = try await found(["a.csv": data, "datapackage.json": complete])
        XCTAssertEqual(rules5, [])
        let rules6 = try await found(["a.csv": data, "README.md": "## Licence\n\nLicence Ouverte 2.0\n"])
        XCTAssertEqual(rules6, [],
                       "no metadata in the folder: the portal gives it")
    }

    func testLicenceTextsAreRecognised() async throws {
        let text = String(decoding: try XCTUnwrap(EmbeddedRules.data(named: "data/licences/ODbL-1.0.txt")), as: UTF8.self)
        let found = try await report(["a.csv": data, "LICENSE": text, "datapackage.json": package("ODbL-1.0")])
        XCTAssertEqual(licenceRules(found).filter { $0 != "licence.attribution" }, [])
        XCTAssertEqual(found.datasets.first?.licences?.first?.licences, ["ODbL-1.0"])
        let reserved = try await report(["a.csv": data, "LICENSE": "Tous droits réservés. Reproduction interdite.\n"])
        XCTAssertEqual(licenceRules(reserved), ["licence.unrecognised-text"])
        XCTAssertEqual(reserved.finding("licence.unrecognised-text")?.file, "LICENSE")
    }
}
