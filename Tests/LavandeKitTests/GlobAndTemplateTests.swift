import XCTest
@testable import LavandeKit

final class GlobTests: XCTestCase {
    func testNameOnlyPatterns() {
        XCTAssertTrue(Glob("*.csv").matches("budget/2024/budget.csv"))
        XCTAssertFalse(Glob("*.csv").matches("budget/notes.txt"))
        XCTAssertTrue(Glob("*.{csv,tsv}").matches("a.tsv"))
        XCTAssertTrue(Glob("budget-20[0-9][0-9].csv").matches("budget-2024.csv"))
        XCTAssertFalse(Glob("budget-20[!0-9]?.csv").matches("budget-2024.csv"))
    }

    func testPathPatterns() {
        XCTAssertTrue(Glob("**/*.csv").matches("a.csv"))
        XCTAssertTrue(Glob("**/*.csv").matches("x/y/a.csv"))
        XCTAssertTrue(Glob("budget/*.csv").matches("budget/a.csv"))
        XCTAssertFalse(Glob("budget/*.csv").matches("budget/2024/a.csv"))
        XCTAssertTrue(Glob("budget/**").matches("budget/2024/a.csv"))
        XCTAssertFalse(Glob("budget/?.csv").matches("budget/ab.csv"))
    }

    func testRuleIDPatterns() {
        XCTAssertTrue(Glob("encoding.*").matches("encoding.bom"))
        XCTAssertFalse(Glob("encoding.*").matches("structure.blank-rows"))
    }
}

final class MessageTemplateTests: XCTestCase {
    func testRenderAndPlaceholders() {
        let template = "{file} n'est pas en UTF-8 ({detected}) {{littéral}}"
        XCTAssertEqual(MessageTemplate.placeholders(in: template), ["file", "detected"])
        XCTAssertEqual(MessageTemplate.render(template, values: ["file": "a.csv", "detected": "windows-1252"]),
                       "a.csv n'est pas en UTF-8 (windows-1252) {littéral}")
        XCTAssertEqual(MessageTemplate.render("{unknown} stays", values: [:]), "{unknown} stays")
        XCTAssertEqual(MessageTemplate.placeholders(in: "no { placeholder } here"), [])
    }

    func testPlaceholderNamesBracesAndAccents() {
        XCTAssertEqual(MessageTemplate.placeholders(in: "{année} {max-share} {col_2} {} {a b} {é.} {x"), ["année", "max-share", "col_2"])
        XCTAssertEqual(MessageTemplate.render("« {valeur} » {{x}} }} {{{n}}} {", values: ["valeur": "été", "n": "3"]),
                       "« été » {x} } {3} {")
        XCTAssertEqual(MessageTemplate.render("{} {{}} {-}", values: ["-": "tiret"]), "{} {} tiret")
        XCTAssertEqual(MessageTemplate.render("", values: [:]), "")
    }

    func testLanguageFromEnvironment() {
        XCTAssertEqual(Language.fromEnvironment(["LANG": "fr_FR.UTF-8"]), .fr)
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "C.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment([:]), .en)
    }

    func testJSONValueIsStableAndEscaped() {
        let value = JSONValue.object([("b", .int(1)), ("a", .string("é\"\n\u{1}")), ("c", .array([])), ("d", .double(0.5))])
        XCTAssertEqual(value.serialized(pretty: false), "{\"b\":1,\"a\":\"é\\\"\\n\\u0001\",\"c\":[],\"d\":0.5}")
    }
}
