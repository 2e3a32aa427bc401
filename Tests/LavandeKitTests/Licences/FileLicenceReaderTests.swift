import Foundation
import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// Licence files, READMEs, symbolic links.
final class FileLicenceReaderTests: XCTestCase {
    func testLicenceFilesGiveTheirText() throws {
        let folder = try TemporaryFolder()
        let text = "LICENCE OUVERTE / OPEN LICENCE\n\nVersion 2.0 – Avril 2017\n"
        try folder.write("LICENSE.md", text)
        try folder.write("licence", "\u{FEFF}Open Database License (ODbL) v1.0\n")
        try folder.write("COPYING.txt", "CC0 1.0 Universal\n")
        try folder.write("LICENSE-fr.md", "Licence Ouverte\n")
        try folder.write("licence-ouverte.pdf", "%PDF")
        try folder.write("data.csv", "a;b\n1;2\n")
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .licenceFile, document: "COPYING.txt", statement: .text("CC0 1.0 Universal\n")),
            LicenceDeclaration(source: .licenceFile, document: "LICENSE-fr.md", statement: .text("Licence Ouverte\n")),
            LicenceDeclaration(source: .licenceFile, document: "LICENSE.md", statement: .text(text)),
            LicenceDeclaration(source: .licenceFile, document: "licence", statement: .text("Open Database License (ODbL) v1.0\n")),
        ])
        XCTAssertTrue(read.unreadable.isEmpty)
    }

    func testLicenceFileNames() {
        for name in ["LICENSE", "LICENCE", "License.md", "LICENSE.txt", "LICENCE.md", "COPYING", "COPYING.txt", "LICENSE-MIT",
                     "LICENSE-CC-BY-4.0", "licence_donnees.md", "LICENSE.fr.md", "UNLICENSE"] {
            XCTAssertTrue(LicenceDocumentReader.LicenceFile.isCandidate(name), name)
        }
        for name in ["LICENSES", "licence.pdf", "LICENSE.license", "data.csv.license", "licenses.json", "mylicense.md", "README.md"] {
            XCTAssertFalse(LicenceDocumentReader.LicenceFile.isCandidate(name), name)
        }
        for name in ["README", "readme.md", "README.txt", "LISEZMOI.md", "README.fr.md"] {
            XCTAssertTrue(LicenceDocumentReader.Readme.isCandidate(name), name)
        }
        XCTAssertFalse(LicenceDocumentReader.Readme.isCandidate("readme.pdf"))
    }

    func testEmptyLicenceFileIsReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("LICENSE", "\n  \n")
        let read = try readLicenceDocuments(folder)
        XCTAssertTrue(read.declarations.isEmpty)
        XCTAssertEqual(read.unreadableReasons, ["LICENSE is empty"])
    }

    func testReadmeLicenceSections() throws {
        let folder = try TemporaryFolder()
        try folder.write("README.md", """
        # Subventions 2023

        Les subventions versées par la ville.

        ```
        ## Licence
        (dans un bloc de code : pas un titre)
        ```

        ## Licence

        Licence Ouverte 2.0 (Etalab).
        Citer « Ville de Poitiers ».

        ### Détail
        Voir le fichier LICENSE.

        ## Contact

        mairie@example.fr
        """)
        try folder.write("LISEZMOI.txt", """
        Données
        =======

        Conditions de réutilisation
        ---------------------------
        Open Database License (ODbL)

        Droits
        ------
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .readme, document: "LISEZMOI.txt", line: 4, statement: .name("Open Database License (ODbL)")),
            LicenceDeclaration(source: .readme, document: "README.md", line: 10, statement: .name("""
            Licence Ouverte 2.0 (Etalab).
            Citer « Ville de Poitiers ».

            ### Détail
            Voir le fichier LICENSE.
            """)),
        ])
    }

    func testReadmeSectionIsCutAt500Characters() throws {
        let folder = try TemporaryFolder()
        try folder.write("README", "Titre\n\nLicense:\n--------\n\n" + String(repeating: "abcdefghij", count: 100) + "\n")
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations.map(\.line), [3])
        guard case let .name(body)? = read.declarations.first?.statement else { return XCTFail("no section") }
        XCTAssertEqual(body.count, 500)
        XCTAssertTrue(LicenceDocumentReader.Readme.isLicenceHeading("Licence des données"))
        XCTAssertTrue(LicenceDocumentReader.Readme.isLicenceHeading("LICENSES ##"))
        XCTAssertTrue(LicenceDocumentReader.Readme.isLicenceHeading("Conditions de Réutilisation :"))
        XCTAssertFalse(LicenceDocumentReader.Readme.isLicenceHeading("Sous licence ?"))
    }

    /// A symbolic link leading outside the dataset folder is never followed: a candidate by name
    /// (here `LICENSE`) is reported unreadable, any other document is skipped silently.
    func testSymlinkOutsideTheFolderIsNotFollowed() throws {
        let outside = try TemporaryFolder()
        let secret = try outside.write("secret.txt", "SPDX-License-Identifier: MIT\nCONFIDENTIAL\n")
        let outsideJSON = try outside.write("dataset.json", #"{"license": "lov2", "organization": {"name": "X"}}"#)
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/LICENSE", withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/meta.json", withDestinationPath: outsideJSON)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/LICENSES", withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/data.csv", withDestinationPath: secret)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [])
        XCTAssertEqual(read.attributions, [])
        XCTAssertEqual(read.unreadableReasons, ["LICENSE is a symbolic link to a file outside the dataset folder; not followed"])
    }

    func testSymlinkInsideTheFolderIsFollowed() throws {
        let folder = try TemporaryFolder()
        try folder.write("docs/LICENCE-ODbL.md", "ODbL\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/LICENSE", withDestinationPath: folder.path + "/docs/LICENCE-ODbL.md")
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [LicenceDeclaration(source: .licenceFile, document: "LICENSE", statement: .text("ODbL\n"))])
    }

    func testPathsLeavingTheFolderAreNeverRead() throws {
        let outside = try TemporaryFolder()
        try outside.write("LICENSE", "secret")
        let folder = try TemporaryFolder()
        let name = "../" + (outside.path as NSString).lastPathComponent + "/LICENSE"
        let read = LicenceDocumentReader.read(directory: folder.path, documents: [name, outside.path + "/LICENSE"],
                                              dataFiles: ["../x.csv", "/etc/passwd"])
        XCTAssertTrue(read.declarations.isEmpty)
        XCTAssertEqual(Set(read.unreadableReasons), [
            "\(outside.path)/LICENSE is not a path inside the dataset folder; not read",
            "\(name) is not a path inside the dataset folder; not read",
        ])
    }

    func testLatin1TextIsDecoded() throws {
        let folder = try TemporaryFolder()
        try folder.write("LICENCE.txt", bytes: Array("R\u{E9}utilisation libre".data(using: .isoLatin1)!))
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [LicenceDeclaration(source: .licenceFile, document: "LICENCE.txt", statement: .text("Réutilisation libre"))])
    }
}
