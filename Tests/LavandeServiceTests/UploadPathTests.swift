@testable import LavandeService
import XCTest

final class UploadPathTests: XCTestCase {
    func testRelativePathsAreKeptNormalised() throws {
        XCTAssertEqual(try UploadPath.sanitise("data.csv"), "data.csv")
        XCTAssertEqual(try UploadPath.sanitise("sub//dir/x.csv"), "sub/dir/x.csv")
        XCTAssertEqual(try UploadPath.sanitise("dossier\\données.csv"), "dossier/données.csv")
        // A decomposed é (e + U+0301) becomes the precomposed one.
        XCTAssertEqual(try UploadPath.sanitise("e\u{301}quipements.csv"), "équipements.csv")
        XCTAssertEqual(try UploadPath.sanitise(".lavande.yaml"), ".lavande.yaml")
    }

    func testPathsLeavingTheFolderAreRefused() {
        for path in ["../etc/passwd", "a/../../b.csv", "..\\..\\windows\\win.ini", "a/..", "..", "."] {
            XCTAssertThrowsError(try UploadPath.sanitise(path), path) { error in
                guard case UploadError.unsafePath = error else { return XCTFail("\(path): \(error)") }
            }
        }
    }

    func testAbsolutePathsAreRefused() {
        for path in ["/etc/passwd", "\\\\server\\share\\x.csv", "C:\\Users\\x.csv", "c:x.csv"] {
            XCTAssertThrowsError(try UploadPath.sanitise(path), path)
        }
    }

    func testControlCharactersAndOverlongNamesAreRefused() {
        XCTAssertThrowsError(try UploadPath.sanitise("a\u{0}b.csv"))
        XCTAssertThrowsError(try UploadPath.sanitise("a\nb.csv"))
        XCTAssertThrowsError(try UploadPath.sanitise(String(repeating: "x", count: 256)))
        XCTAssertNoThrow(try UploadPath.sanitise(String(repeating: "x", count: 255)))
        XCTAssertThrowsError(try UploadPath.sanitise(Array(repeating: String(repeating: "d", count: 200), count: 6).joined(separator: "/")))
        XCTAssertThrowsError(try UploadPath.sanitise(""))
        XCTAssertThrowsError(try UploadPath.sanitise("///"))
    }

    func testNamesAreOneSafeComponent() throws {
        XCTAssertEqual(try UploadPath.name("  Budget primitif 2026 ", field: "dataset"), "Budget primitif 2026")
        for bad in ["", "   ", "a/b", "a\\b", "..", ".cache", "x\u{7}", String(repeating: "n", count: 201)] {
            XCTAssertThrowsError(try UploadPath.name(bad, field: "dataset"), bad) { error in
                guard case UploadError.invalidField = error else { return XCTFail("\(bad): \(error)") }
            }
        }
    }

    func testShownNamesEscapeControlCharactersAndAreCut() {
        XCTAssertEqual(UploadPath.shown("a\u{1B}[31m"), "\"a\\u{1b}[31m\"")
        XCTAssertEqual(UploadPath.shown(String(repeating: "x", count: 200)).count, 123)
    }
}
