import Foundation
@testable import LavandeKit
import XCTest

/// Strings are written whole when nothing in them is escaped, and escaped scalar by scalar
/// otherwise: both ways give JSON that reads back as the string.
final class JSONValueTests: XCTestCase {
    func testOnlyStringsWithACharacterToEscapeAreEscaped() throws {
        let plain = ["", "Valence", "Crème brûlée – 12 €", "😀 ok", "\u{A0}no-break", "\u{2027}\u{202A}", "\u{A0}\u{C2}"]
        let escaped = ["say \"hi\"", "a\\b", "line\nbreak", "tab\t", "\u{7F}", "\u{85}next line", "\u{9F}", "x\u{2028}y",
                       "x\u{2029}", "\u{1B}[0m"]
        for text in plain { XCTAssertFalse(JSONValue.needsEscaping(text), text.debugDescription) }
        for text in escaped { XCTAssertTrue(JSONValue.needsEscaping(text), text.debugDescription) }
        for text in plain + escaped {
            let json = JSONValue.array([.string(text)]).serialized(pretty: false)
            let read = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
            XCTAssertEqual(read, [text], json)
        }
        XCTAssertEqual(JSONValue.string("x\u{2028}\u{85}\"").serialized(), "\"x\\u2028\\u0085\\\"\"")
    }
}
