import Foundation
import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// REUSE 3.3: `LICENSES/`, SPDX headers, `.license` sidecars, `REUSE.toml`.
final class REUSELicenceReaderTests: XCTestCase {
    func testLicensesFolderGivesIdentifiersFromFileNames() throws {
        let folder = try TemporaryFolder()
        try folder.write("LICENSES/etalab-2.0.md", "Licence Ouverte")
        try folder.write("LICENSES/CC-BY-4.0.txt", "Attribution 4.0 International")
        try folder.write("LICENSES/ODbL-1.0", "ODbL")
        try folder.write("LICENSES/.DS_Store", "x")
        try folder.write("LICENSES/sub/MIT.txt", "MIT")
        try folder.write("data.csv", "a\n1\n")
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .reuseLicenseFile, document: "LICENSES/CC-BY-4.0.txt", statement: .identifier("CC-BY-4.0")),
            LicenceDeclaration(source: .reuseLicenseFile, document: "LICENSES/ODbL-1.0", statement: .identifier("ODbL-1.0")),
            LicenceDeclaration(source: .reuseLicenseFile, document: "LICENSES/etalab-2.0.md", statement: .identifier("etalab-2.0")),
        ])
    }

    func testSPDXHeadersInDocumentsAndDataFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("README.md", """
        <!-- SPDX-FileCopyrightText: 2024 Ville -->
        <!-- SPDX-License-Identifier: CC-BY-4.0 -->
        # Données
        """)
        try folder.write("data.csv", "# SPDX-License-Identifier: etalab-2.0 OR ODbL-1.0\nid;nom\n1;a\n")
        try folder.write("late.csv", String(repeating: "1;2\n", count: 10) + "# SPDX-License-Identifier: MIT\n")
        try folder.write("mixed.tsv", "\"SPDX-License-Identifier: (MIT OR Apache-2.0) AND CC0-1.0\";x\n")
        try folder.write("with.csv", "// spdx-license-identifier: GPL-2.0-or-later WITH Classpath-exception-2.0 */\n")
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .spdxHeader, document: "README.md", line: 2, statement: .identifier("CC-BY-4.0"), files: ["README.md"]),
            LicenceDeclaration(source: .spdxHeader, document: "data.csv", line: 1, statement: .identifier("etalab-2.0"), files: ["data.csv"]),
            LicenceDeclaration(source: .spdxHeader, document: "data.csv", line: 1, statement: .identifier("ODbL-1.0"), files: ["data.csv"]),
            LicenceDeclaration(source: .spdxHeader, document: "mixed.tsv", line: 1, statement: .identifier("(MIT OR Apache-2.0) AND CC0-1.0"),
                               files: ["mixed.tsv"]),
            LicenceDeclaration(source: .spdxHeader, document: "with.csv", line: 1,
                               statement: .identifier("GPL-2.0-or-later WITH Classpath-exception-2.0"), files: ["with.csv"]),
        ])
    }

    func testExpressionSplitting() {
        let split = LicenceDocumentReader.SPDXHeader.split
        XCTAssertEqual(split("MIT"), ["MIT"])
        XCTAssertEqual(split("MIT AND  CC-BY-4.0"), ["MIT", "CC-BY-4.0"])
        XCTAssertEqual(split("MIT OR Apache-2.0 AND BSD-3-Clause"), ["MIT OR Apache-2.0 AND BSD-3-Clause"])
        XCTAssertEqual(LicenceDocumentReader.SPDXHeader.expression(in: " LicenseRef-Ville-1 -->"), "LicenseRef-Ville-1")
        XCTAssertNil(LicenceDocumentReader.SPDXHeader.expression(in: " ;"))
    }

    func testSidecarCoversItsFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("data.csv", "a\n1\n")
        try folder.write("data.csv.license", """
        SPDX-FileCopyrightText: 2024 Ville de Lyon

        SPDX-License-Identifier: ODbL-1.0
        """)
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .reuseSidecar, document: "data.csv.license", line: 3, statement: .identifier("ODbL-1.0"), files: ["data.csv"]),
        ])
    }

    func testReuseTomlAnnotations() throws {
        let folder = try TemporaryFolder()
        try folder.write("REUSE.toml", #"""
        version = 1
        SPDX-PackageName = "subventions"

        [[annotations]]
        path = "2023-*.csv"   # une année
        precedence = "aggregate"
        SPDX-FileCopyrightText = "2024 Ville"
        SPDX-License-Identifier = "etalab-2.0"

        [[annotations]]
        path = [
          "annexe.csv",
          '../voisin/*.csv',
        ]
        SPDX-License-Identifier = "CC-BY-4.0 OR ODbL-1.0"

        [[annotations]]
        path = ["../*.csv", "/etc/passwd"]
        SPDX-License-Identifier = "MIT"

        [[annotations]]
        path = "docs/**"
        SPDX-License-Identifier = "CC0-1.0"

        [[annotations]]
        "path" = "**"
        SPDX-License-Identifier = 'LicenseRef-Ville'
        """#)
        for name in ["2023-01.csv", "2023-02.csv", "2024-01.csv", "annexe.csv"] { try folder.write(name, "a\n1\n") }
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .reuseToml, document: "REUSE.toml", line: 8, statement: .identifier("etalab-2.0"),
                               files: ["2023-01.csv", "2023-02.csv"]),
            LicenceDeclaration(source: .reuseToml, document: "REUSE.toml", line: 15, statement: .identifier("CC-BY-4.0"), files: ["annexe.csv"]),
            LicenceDeclaration(source: .reuseToml, document: "REUSE.toml", line: 15, statement: .identifier("ODbL-1.0"), files: ["annexe.csv"]),
            LicenceDeclaration(source: .reuseToml, document: "REUSE.toml", line: 27, statement: .identifier("LicenseRef-Ville")),
        ])
        XCTAssertTrue(read.unreadable.isEmpty)
    }

    func testMalformedReuseTomlKeepsWhatCameBefore() throws {
        let folder = try TemporaryFolder()
        try folder.write("REUSE.toml", """
        [[annotations]]
        path = "*.csv"
        SPDX-License-Identifier = "etalab-2.0"

        [[annotations]]
        path = "a.csv
        SPDX-License-Identifier = "MIT"
        """)
        try folder.write("a.csv", "a\n1\n")
        let read = try readLicenceDocuments(folder)
        XCTAssertEqual(read.declarations, [
            LicenceDeclaration(source: .reuseToml, document: "REUSE.toml", line: 3, statement: .identifier("etalab-2.0"), files: ["a.csv"]),
        ])
        XCTAssertEqual(read.unreadableReasons, ["REUSE.toml is not valid TOML (line 6: unterminated string); annotations after it are not read"])
    }

    func testGlobs() {
        let matches = LicenceDocumentReader.Glob.matches
        XCTAssertTrue(matches("*.csv", "a.csv"))
        XCTAssertFalse(matches("*.csv", "sub/a.csv"))
        XCTAssertTrue(matches("**/*.csv", "sub/deep/a.csv"))
        XCTAssertTrue(matches("**", "sub/a.csv"))
        XCTAssertTrue(matches("sub/**", "sub/a.csv"))
        XCTAssertTrue(matches(#"a\*.csv"#, "a*.csv"))
        XCTAssertFalse(matches(#"a\*.csv"#, "ab.csv"))
        XCTAssertTrue(matches("data.csv", "data.csv"))
        XCTAssertFalse(matches("data.csv", "data.csvx"))
    }
}
