import Foundation
import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// Reads a temporary folder the way the engine will: documents and data files split as the
/// scanner splits them (`.csv`, `.tsv`, `.txt` are data files), hidden files left out.
func readLicenceDocuments(_ folder: TemporaryFolder) throws -> LicenceDocuments {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
    var documents: [String] = []
    var dataFiles: [String] = []
    for name in names {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: (folder.path as NSString).appendingPathComponent(name), isDirectory: &isDirectory),
              !isDirectory.boolValue else { continue }
        if DatasetScanner.tabularExtensions.contains((name as NSString).pathExtension.lowercased()) {
            dataFiles.append(name)
        } else {
            documents.append(name)
        }
    }
    return LicenceDocumentReader.read(directory: folder.path, documents: documents, dataFiles: dataFiles)
}

extension LicenceDocuments {
    var unreadableReasons: [String] { unreadable.map(\.reason) }
}

/// The JSON readers: Data Package, Table Schema, udata, CKAN, DCAT, OpenDataSoft.
final class LicenceReaderTests: XCTestCase {
    func testDataPackageLicencesWithLinesAndURL() throws {
        let folder = try TemporaryFolder()
        try folder.write("datapackage.json", """
        {
          "name": "subventions",
          "licenses": [
            {
              "name": "etalab-2.0",
              "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
              "title": "Licence Ouverte 2.0"
            },
            {"title": "Open Database License", "path": "https://opendatacommons.org/licenses/odbl/1-0/"}
          ],
          "resources": []
        }
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .datapackage, document: "datapackage.json", line: 5, statement: .identifier("etalab-2.0"),
                               url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
            LicenceDeclaration(source: .datapackage, document: "datapackage.json", line: 9, statement: .name("Open Database License"),
                               url: "https://opendatacommons.org/licenses/odbl/1-0/"),
        ])
        XCTAssertTrue(read.unreadable.isEmpty)
        XCTAssertTrue(read.attributions.isEmpty)
    }

    func testDataPackageResourceLicencesCoverTheirFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("datapackage.json", """
        {
          "licenses": [{"name": "ODbL-1.0"}],
          "resources": [
            {"name": "a", "path": "./2023.csv", "licenses": [{"name": "CC-BY-4.0"}]},
            {"name": "b", "path": ["part1.csv", "part2.csv"],
             "licenses": [{"name": "etalab-2.0"}]},
            {"name": "c", "path": "inherits.csv"},
            {"name": "d", "data": [[1, 2]], "licenses": [{"title": "Domaine public"}]},
            {"name": "e", "path": "../elsewhere.csv", "licenses": [{"name": "MIT"}]},
            {"name": "f", "path": "https://example.org/remote.csv", "license": "CC0-1.0"}
          ]
        }
        """)
        try folder.write("2023.csv", "a;b\n1;2\n")
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .datapackage, document: "datapackage.json", line: 2, statement: .identifier("ODbL-1.0")),
            LicenceDeclaration(source: .datapackageResource, document: "datapackage.json", line: 4, statement: .identifier("CC-BY-4.0"),
                               files: ["2023.csv"]),
            LicenceDeclaration(source: .datapackageResource, document: "datapackage.json", line: 6, statement: .identifier("etalab-2.0"),
                               files: ["part1.csv", "part2.csv"]),
            LicenceDeclaration(source: .datapackageResource, document: "datapackage.json", line: 8, statement: .name("Domaine public"),
                               files: ["datapackage.json"]),
            LicenceDeclaration(source: .datapackageResource, document: "datapackage.json", line: 10, statement: .identifier("CC0-1.0"),
                               files: ["https://example.org/remote.csv"]),
        ])
    }

    func testDataPackageLegacyLicenceAndAttribution() throws {
        let folder = try TemporaryFolder()
        try folder.write("datapackage.json", """
        {
          "name": "menus",
          "license": "ODC-BY-1.0",
          "contributors": [
            {"title": "Jeanne Martin", "role": "author"},
            {"title": "Ville de Nantes", "role": "publisher"}
          ],
          "last_modified": "2024-03-01",
          "created": "2020-01-01",
          "resources": [{"path": "menus.csv"}]
        }
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .datapackage, document: "datapackage.json", line: 3, statement: .identifier("ODC-BY-1.0")),
        ])
        XCTAssertEqual(read.attributions, [AttributionData(publisher: "Ville de Nantes", lastUpdate: "2024-03-01", document: "datapackage.json")])

        try folder.write("datapackage.json", """
        {"license": {"type": "odc-pddl", "url": "http://opendatacommons.org/licenses/pddl/"},
         "publisher": {"name": "Métropole"}, "updated": "2022-05-05"}
        """)
        let legacy = try readLicenceDocuments(folder)
        XCTAssertEqual(legacy.declarations, [
            LicenceDeclaration(source: .datapackage, document: "datapackage.json", line: 1, statement: .identifier("odc-pddl"),
                               url: "http://opendatacommons.org/licenses/pddl/"),
        ])
        XCTAssertEqual(legacy.attributions, [AttributionData(publisher: "Métropole", lastUpdate: "2022-05-05", document: "datapackage.json")])
    }

    func testMalformedJSONIsUnreadableWithItsLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("datapackage.json", """
        {
          "name": "x",
          "licenses": [{"name": "etalab-2.0"}
        }
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertTrue(read.declarations.isEmpty)
        XCTAssertEqual(read.unreadable.map(\.document), ["datapackage.json"])
        XCTAssertEqual(read.unreadableReasons.first, "datapackage.json is not valid JSON (line 4: expected ',' or ']')")

        try folder.write("datapackage.json", "")
        XCTAssertEqual(try readLicenceDocuments(folder).unreadableReasons, ["datapackage.json is not valid JSON (line 1: the document is empty)"])
        try folder.write("datapackage.json", "{\"a\": 1} trailing")
        XCTAssertEqual(try readLicenceDocuments(folder).unreadableReasons, ["datapackage.json is not valid JSON (line 1: unexpected text after the JSON value)"])
        try folder.write("datapackage.json", "{\"a\": \"unterminated")
        XCTAssertEqual(try readLicenceDocuments(folder).unreadableReasons, ["datapackage.json is not valid JSON (line 1: unterminated string)"])
    }

    func testWrongTypesAreUnreadableAndTheRestIsRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("datapackage.json", """
        {
          "licenses": 42,
          "resources": [{"path": "a.csv", "licenses": [true, {"name": "MIT"}, {"url": "x"}]}],
          "publisher": "Ville"
        }
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .datapackageResource, document: "datapackage.json", line: 3, statement: .identifier("MIT"), files: ["a.csv"]),
        ])
        XCTAssertEqual(read.unreadableReasons, [
            "datapackage.json: licenses is a number, expected a list of {name, path, title} (line 2)",
            "datapackage.json: resources[0].licenses[0] is a boolean, expected an object with name, path or title (line 3)",
            "datapackage.json: resources[0].licenses[2] has no name, title or path (line 3)",
        ])
        XCTAssertEqual(read.attributions, [AttributionData(publisher: "Ville", document: "datapackage.json")])

        try folder.write("datapackage.json", "[1, 2]")
        XCTAssertEqual(try readLicenceDocuments(folder).unreadableReasons, ["datapackage.json is not a JSON object (it is a list)"])
    }

    func testHugeNestingIsRefusedNotACrash() throws {
        let folder = try TemporaryFolder()
        try folder.write("datapackage.json", String(repeating: "[", count: 200_000))
        try folder.write("deep.json", String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000))
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.unreadableReasons, ["datapackage.json is not valid JSON (line 1: nested more than 200 levels deep)"])
        XCTAssertTrue(read.declarations.isEmpty)
    }

    /// The deepest document accepted is read safely on a thread with a small stack (a debug build,
    /// 256 KB), as a worker thread of the engine may have.
    func testDeepestAcceptedNestingFitsASmallStack() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[{\"licenses\":", count: depth / 2) + "1" + String(repeating: "}]", count: depth / 2)
        let done = expectation(description: "parsed")
        let thread = Thread {
            XCTAssertNotNil(try? JSONParser.parse(text))
            var result = LicenceDocuments()
            if let root = try? JSONParser.parse(text) {
                LicenceDocumentReader.PortalJSON.read(root, document: "deep.json", dataFiles: [], into: &result)
                LicenceDocumentReader.DCAT.read(root, document: "deep.json", dataFiles: [], into: &result)
            }
            done.fulfill()
        }
        // A sanitizer's frames are larger: the same margin takes a larger stack.
        thread.stackSize = (runsUnderSanitizer ? 4 : 1) * 256 * 1024
        thread.start()
        wait(for: [done], timeout: 30)
    }

    func testFileLargerThanFourMegabytesIsNotRead() throws {
        let folder = try TemporaryFolder()
        let padding = String(repeating: " ", count: 5 * 1024 * 1024)
        try folder.write("datapackage.json", "{\"license\": \"MIT\"" + padding + "}")
        try folder.write("LICENSE", "Licence Ouverte" + padding)
        try folder.write("big.json", "{\"license_id\": \"cc-by\"" + padding + "}")
        let read = try readLicenceDocuments(folder)
        XCTAssertTrue(read.declarations.isEmpty)
        // big.json is not a candidate by name: a large JSON file is usually data, it is skipped silently.
        XCTAssertEqual(read.unreadable.map(\.document), ["LICENSE", "datapackage.json"])
        XCTAssertEqual(read.unreadableReasons.last, "datapackage.json is larger than 4 MB (5.0 MB); not read")
    }

    func testTableSchemaLicences() throws {
        let folder = try TemporaryFolder()
        try folder.write("schema-lieux.json", """
        {
          "$schema": "https://frictionlessdata.io/schemas/table-schema.json",
          "licenses": [
            {
              "title": "Licence Ouverte",
              "name": "etalab-2.0",
              "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence"
            }
          ],
          "contributors": [{"title": "Etalab", "role": "author"}],
          "fields": [{"name": "id", "type": "string"}]
        }
        """)
        try folder.write("autre.json", """
        {"fields": [{"name": "a"}], "licenses": [{"title": "Licence Ouverte"}]}
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .tableSchema, document: "autre.json", line: 1, statement: .name("Licence Ouverte")),
            LicenceDeclaration(source: .tableSchema, document: "schema-lieux.json", line: 6, statement: .identifier("etalab-2.0"),
                               url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence"),
        ])
        XCTAssertTrue(read.attributions.isEmpty)
    }

    func testUdataExport() throws {
        let folder = try TemporaryFolder()
        try folder.write("dataset.json", """
        {
          "id": "5de8f397634f4164071119c5",
          "title": "Prénoms déclarés à l'état civil",
          "license": "lov2",
          "organization": {"name": "Ville de Digne-les-Bains", "slug": "ville-de-digne"},
          "last_update": "2023-01-15T10:00:00",
          "last_modified": "2022-01-01T00:00:00",
          "resources": [{"title": "prenoms.csv", "url": "https://example.org/prenoms.csv"}]
        }
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [LicenceDeclaration(source: .udata, document: "dataset.json", line: 4, statement: .identifier("lov2"))])
        XCTAssertEqual(read.attributions, [AttributionData(publisher: "Ville de Digne-les-Bains", lastUpdate: "2023-01-15T10:00:00",
                                                           document: "dataset.json")])
    }

    func testCKANPackageAndPackageShowResponse() throws {
        let folder = try TemporaryFolder()
        try folder.write("package.json", """
        {"help": "https://demo.ckan.org/api/3/action/help_show?name=package_show",
         "success": true,
         "result": {
           "name": "stationnement",
           "license_id": "odc-odbl",
           "license_title": "Open Data Commons Open Database License (ODbL)",
           "license_url": "http://www.opendefinition.org/licenses/odc-odbl",
           "metadata_modified": "2024-02-02T08:00:00",
           "organization": {"name": "metropole", "title": "Métropole de Lyon"}
         }
        }
        """)
        try folder.write("ckan-titre.json", """
        {"name": "x",
         "license_id": "",
         "license_title": "Licence Ouverte v2.0"}
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .ckan, document: "ckan-titre.json", line: 3, statement: .name("Licence Ouverte v2.0")),
            LicenceDeclaration(source: .ckan, document: "package.json", line: 5, statement: .identifier("odc-odbl"),
                               url: "http://www.opendefinition.org/licenses/odc-odbl"),
        ])
        XCTAssertEqual(read.attributions, [AttributionData(publisher: "Métropole de Lyon", lastUpdate: "2024-02-02T08:00:00",
                                                           document: "package.json")])
    }

    func testDCATJSONLDWithGraphAndDistributions() throws {
        let folder = try TemporaryFolder()
        try folder.write("dcat.jsonld", """
        {
          "@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/"},
          "@graph": [
            {"@id": "https://data.example.fr/catalog", "@type": "dcat:Catalog",
             "dct:license": {"@id": "https://creativecommons.org/publicdomain/zero/1.0/"}},
            {
              "@id": "https://data.example.fr/dataset/irve",
              "@type": "dcat:Dataset",
              "dct:license": {"@id": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"},
              "dct:publisher": {"@id": "_:org"},
              "dct:modified": {"@value": "2024-05-01", "@type": "xsd:date"},
              "dcat:distribution": [
                {"@type": "dcat:Distribution",
                 "dcat:downloadURL": {"@id": "https://data.example.fr/files/irve.csv?format=csv"},
                 "dct:license": "http://opendatacommons.org/licenses/odbl/"}
              ]
            },
            {"@id": "_:org", "@type": "foaf:Organization", "foaf:name": "Ville Exemple"}
          ]
        }
        """)
        try folder.write("irve.csv", "a\n1\n")
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .dcat, document: "dcat.jsonld", line: 9, statement: .identifier("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
                               url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
            LicenceDeclaration(source: .dcat, document: "dcat.jsonld", line: 15, statement: .identifier("http://opendatacommons.org/licenses/odbl/"),
                               files: ["irve.csv"], url: "http://opendatacommons.org/licenses/odbl/"),
        ])
        XCTAssertEqual(read.attributions, [AttributionData(publisher: "Ville Exemple", lastUpdate: "2024-05-01", document: "dcat.jsonld")])
    }

    func testDCATUnprefixedKeysLiteralsAndRights() throws {
        let folder = try TemporaryFolder()
        try folder.write("metadata.json", """
        {
          "@context": "https://www.w3.org/ns/dcat.jsonld",
          "@type": "Dataset",
          "rights": "Licence Ouverte / Open Licence version 2.0",
          "publisher": {"@type": "Organization", "name": "Région"},
          "http://purl.org/dc/terms/modified": "2021-12-31",
          "distribution": [{"@type": "Distribution", "license": "etalab-2.0", "accessURL": "https://x/y/other.csv"},
                           {"license": {"@id": "_:lic", "title": "Licence Ouverte"}}]
        }
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .dcat, document: "metadata.json", line: 4, statement: .name("Licence Ouverte / Open Licence version 2.0")),
            LicenceDeclaration(source: .dcat, document: "metadata.json", line: 7, statement: .identifier("etalab-2.0")),
            LicenceDeclaration(source: .dcat, document: "metadata.json", line: 8, statement: .name("Licence Ouverte")),
        ])
        XCTAssertEqual(read.attributions, [AttributionData(publisher: "Région", lastUpdate: "2021-12-31", document: "metadata.json")])
    }

    func testOpenDataSoftMetas() throws {
        let folder = try TemporaryFolder()
        try folder.write("ods-v2.json", """
        {
          "dataset_id": "arrets-circulation",
          "metas": {
            "default": {
              "title": "Arrêtés",
              "license": "Licence Ouverte v2.0 (Etalab)",
              "license_url": "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf",
              "publisher": "Ville de Paris",
              "modified": "2024-06-01T12:00:00+00:00"
            }
          }
        }
        """)
        try folder.write("ods-v1.json", """
        {"datasetid": "budget", "metas": {"license": "Open Database License (ODbL)", "publisher": "Montpellier"}}
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .opendatasoft, document: "ods-v1.json", line: 1, statement: .name("Open Database License (ODbL)")),
            LicenceDeclaration(source: .opendatasoft, document: "ods-v2.json", line: 6, statement: .name("Licence Ouverte v2.0 (Etalab)"),
                               url: "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf"),
        ])
        XCTAssertEqual(read.attributions, [
            AttributionData(publisher: "Montpellier", document: "ods-v1.json"),
            AttributionData(publisher: "Ville de Paris", lastUpdate: "2024-06-01T12:00:00+00:00", document: "ods-v2.json"),
        ])
    }

    func testUnknownOrBrokenJSONDocumentsAreIgnoredSilently() throws {
        let folder = try TemporaryFolder()
        try folder.write("zones.json", #"{"type": "FeatureCollection", "features": []}"#)
        try folder.write("package.json", #"{"name": "tool", "license": "MIT", "version": "1.0.0"}"#)
        try folder.write("broken.json", "{not json")
        try folder.write("notes.pdf", "%PDF-1.4 binary")
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read, LicenceDocuments())
        XCTAssertTrue(read.unreadable.isEmpty)
    }

    func testJSONEscapesAndLinesWithCRLF() throws {
        let folder = try TemporaryFolder()
        try folder.write("datapackage.json", "{\r\n\"licenses\": [\r\n{\"name\": \"etalab-2.0\", \"path\": \"https:\\/\\/www.etalab.gouv.fr\\/licence\", \"title\": \"x\"},\r\n{\"title\": \"Licence \\u00e9\\ud83d\\ude00 \\\"LO\\\"\"}\r\n]}")
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .datapackage, document: "datapackage.json", line: 3, statement: .identifier("etalab-2.0"),
                               url: "https://www.etalab.gouv.fr/licence"),
            LicenceDeclaration(source: .datapackage, document: "datapackage.json", line: 4, statement: .name("Licence é😀 \"LO\"")),
        ])
    }
}
