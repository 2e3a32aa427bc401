import Foundation
import XCTest
@testable import LavandeKit

/// Real dataset folders of the shared corpus, read through the scanner as the engine will.
final class CorpusLicenceReaderTests: XCTestCase {
    static let corpus = "/work/shared/corpus"

    private func read(_ name: String) throws -> LicenceDocuments {
        let path = "\(CorpusLicenceReaderTests.corpus)/\(name)"
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("corpus folder \(name) is absent") }
        let catalogue = try DatasetScanner().scan(paths: [path])
        let dataset = try XCTUnwrap(catalogue.datasets.first)
        return LicenceDocumentReader.read(directory: dataset.directory, documents: dataset.documents,
                                          dataFiles: dataset.resources.map(\.pathInDataset))
    }

    func testLieuxCovoiturage() throws {
        let read = try read("lieux-covoiturage")
        XCTAssertEqual(read.declarations.map(\.source), [.licenceFile, .tableSchema])
        XCTAssertEqual(read.declarations.map(\.document), ["LICENSE.md", "schema.json"])
        guard case let .text(text) = read.declarations[0].statement else { return XCTFail("LICENSE.md not read as text") }
        XCTAssertTrue(text.hasPrefix("# LICENCE OUVERTE / OPEN LICENCE"))
        XCTAssertEqual(read.declarations[1].statement, .identifier("etalab-2.0"))
        XCTAssertEqual(read.declarations[1].line, 14)
        XCTAssertEqual(read.declarations[1].url, "https://www.etalab.gouv.fr/licence-ouverte-open-licence")
        XCTAssertTrue(read.unreadable.isEmpty)
        XCTAssertTrue(read.attributions.isEmpty)
    }

    func testScdlSubventions() throws {
        let read = try read("scdl-subventions")
        XCTAssertEqual(read.declarations.map(\.source), [.licenceFile])
        XCTAssertEqual(read.declarations.map(\.document), ["LICENSE"])
        guard case let .text(text) = read.declarations[0].statement else { return XCTFail("LICENSE not read as text") }
        XCTAssertTrue(text.contains("public domain"))
        XCTAssertTrue(read.unreadable.isEmpty)
    }

    func testIrveStatiqueHasNoDeclaration() throws {
        let read = try read("irve-statique")
        XCTAssertEqual(read, LicenceDocuments())
        XCTAssertTrue(read.unreadable.isEmpty)
    }
}
