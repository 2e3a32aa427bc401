import Foundation
import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// Whether the tests run under the address or the thread sanitizer (`swift test --sanitize=…`),
/// whose instrumentation makes stack frames several times larger.
let runsUnderSanitizer = ["__asan_init", "__tsan_init"].contains { (name: String) in
    dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) != nil
}

/// Loads a rule book written inline, as a file of its own.
func loadBook(_ yaml: String, in folder: TemporaryFolder, name: String = "book.yaml") throws -> RuleSet {
    let path = try folder.write(name, yaml)
    return try RuleBookLoader().load([.file(path)])
}

/// The errors loading a rule book gives (fails the test if it loads).
func loadErrors(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) throws -> [RuleFileError] {
    let folder = try TemporaryFolder()
    do {
        _ = try loadBook(yaml, in: folder)
        XCTFail("the rule book loaded", file: file, line: line)
        return []
    } catch let errors as RuleFileErrors {
        return errors.errors
    }
}

/// Runs the default rules (or `rules`) over the folder and returns the report. The default rules
/// leave out the `licence.` family, which judges folders rather than files: the tests of files
/// would otherwise all find that their temporary folder declares no licence (LicenceChecksTests
/// test that family).
func check(_ folder: String, rules: ActiveRules? = nil, maxExamples: Int = 5) async throws -> Report {
    var active = try rules ?? ActiveRules(RuleBookLoader().load([.defaultBook]), config: nil)
    if rules == nil { active.rules.removeAll { $0.family == "licence" } }
    let catalogue = try DatasetScanner().scan(paths: [folder])
    return await Engine(rules: active, options: EngineOptions(maxExamples: maxExamples, jobs: 2)).run(catalogue)
}

extension Report {
    func rules(in file: String) -> [String] { findings.filter { $0.file == file }.map(\.ruleID).sorted() }
    func finding(_ rule: String) -> Finding? { findings.first { $0.ruleID == rule } }
}

/// A minimal valid check, to build invalid variants from.
let validCheck = """
      - id: structure.blank-rows
        kind: blank-rows
        severity: warning
        title: {fr: "Lignes vides", en: "Blank rows"}
        message: {fr: "{file} : {count} lignes vides", en: "{file}: {count} blank rows"}
        help: {fr: "Supprimez-les.", en: "Delete them."}
        examples:
          fail: [{file: "a;b\\n\\n1;2\\n"}]
          pass: [{file: "a;b\\n1;2\\n"}]
    """

func book(checks: String = validCheck, extra: String = "") -> String {
    """
    lavande: 1
    id: test
    title: {fr: "Essai", en: "Test"}
    \(extra)
    checks:
    \(checks)
    """
}
