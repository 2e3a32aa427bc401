import Foundation
import XCTest
@testable import LavandeKit
import LavandeTestSupport

/// Scores the personal-data rules on a labelled evaluation set (`Evaluation/`, described by
/// `Evaluation/labels.json`): invented municipal tables where every column is labelled with the
/// one `personal-data.*` rule expected on it, or `none`. The score is at column level — a rule
/// reports a column or it does not — per rule and overall.
final class PersonalDataEvaluationTests: XCTestCase {
    /// The score the default rules must reach on the evaluation set.
    static let minimumPrecision = 0.95
    static let minimumRecall = 0.95

    func testPersonalDataRulesOnTheEvaluationSet() async throws {
        let book = try RuleBookLoader().load([.defaultBook])
        let loaded = Set(book.rules.map(\.id).filter { $0.hasPrefix(PersonalDataEvaluation.family) })
        guard !loaded.isEmpty else { throw XCTSkip("personal-data rules not loaded yet") }

        let labels = try PersonalDataEvaluation.labels()
        let rules = try ActiveRules(book, config: nil)
        var verdicts: [ColumnVerdict] = []
        for table in labels.tables {
            verdicts += try await PersonalDataEvaluation.run(table, rules: rules).verdicts
        }
        let score = EvaluationScore(verdicts)
        var text = "Personal-data rules on \(labels.tables.count) tables, \(verdicts.count) columns:\n\n" + score.markdown()
        if !score.mistakes.isEmpty {
            text += "\nMistakes:\n" + score.mistakes.map { "- \($0)" }.joined(separator: "\n") + "\n"
        }
        let missing = Set(labels.tables.flatMap(\.columns).compactMap(\.rule)).subtracting(loaded).sorted()
        if !missing.isEmpty {
            text += "\nLabelled rules absent from the default book: \(missing.joined(separator: ", "))\n"
        }
        print(text)

        let precision = score.overall.precision ?? 1
        let recall = score.overall.recall ?? 1
        XCTAssertGreaterThanOrEqual(precision, Self.minimumPrecision, "overall precision\n\(text)")
        XCTAssertGreaterThanOrEqual(recall, Self.minimumRecall, "overall recall\n\(text)")
    }

    /// The evaluation set itself: every table is read as labelled, every column has a label.
    func testLabelsCoverEveryColumnOfEveryTable() async throws {
        let labels = try PersonalDataEvaluation.labels()
        XCTAssertTrue((12...20).contains(labels.tables.count), "\(labels.tables.count) tables")
        XCTAssertEqual(Set(labels.tables.map(\.file)).count, labels.tables.count, "a table is labelled twice")
        let csvFiles = try FileManager.default.contentsOfDirectory(atPath: PersonalDataEvaluation.folder.path)
            .filter { $0.hasSuffix(".csv") }
        XCTAssertEqual(Set(csvFiles), Set(labels.tables.map(\.file)), "every table of Evaluation/ is labelled, and only those")

        let columns = labels.tables.flatMap(\.columns)
        let personal = columns.filter { $0.rule != nil }
        XCTAssertGreaterThanOrEqual(columns.count, 150)
        XCTAssertGreaterThanOrEqual(personal.count, 40)
        for column in columns where column.expected != EvaluationLabels.none {
            XCTAssertTrue(PersonalDataEvaluation.ruleIDs.contains(column.expected), "unknown rule \(column.expected) for \(column.column)")
        }
        XCTAssertEqual(Set(personal.compactMap(\.rule)), PersonalDataEvaluation.ruleIDs, "every rule has a positive column")

        let rules = try ActiveRules(RuleBookLoader().load([.defaultBook]), config: nil)
        for table in labels.tables {
            let run = try await PersonalDataEvaluation.run(table, rules: rules)
            XCTAssertEqual(run.file.header ?? [], table.columns.map(\.column), "\(table.file): labels follow the header")
            XCTAssertEqual(run.file.delimiter, table.delimiter, table.file)
            XCTAssertEqual(run.file.status, .checked, table.file)
            let rows = (run.file.rows ?? 0) - 1
            XCTAssertEqual(rows, table.rows, "\(table.file): data rows")
            XCTAssertTrue((20...60).contains(rows), "\(table.file): \(rows) data rows")
            let unreadable = run.report.findings.filter { ["encoding", "structure"].contains($0.family) }
            XCTAssertEqual(unreadable.map(\.ruleID), [], "\(table.file) is a well-formed UTF-8 table")
        }
    }

    /// The metric on a hand-made case.
    func testScoreCountsTruePositivesFalsePositivesAndFalseNegatives() {
        let email = "personal-data.email", mobile = "personal-data.mobile-phone", name = "personal-data.person-name"
        let address = "personal-data.address", iban = "personal-data.iban", nir = "personal-data.nir"
        let score = EvaluationScore([
            ColumnVerdict(table: "a.csv", column: "courriel", expected: email, found: [email]),           // TP email
            ColumnVerdict(table: "a.csv", column: "mel", expected: email, found: []),                     // FN email
            ColumnVerdict(table: "a.csv", column: "standard", expected: nil, found: [mobile]),            // FP mobile
            ColumnVerdict(table: "b.csv", column: "demandeur", expected: name, found: [name, address]),   // TP name, FP address
            ColumnVerdict(table: "b.csv", column: "rib", expected: iban, found: [nir]),                   // FN iban, FP nir
            ColumnVerdict(table: "b.csv", column: "objet", expected: nil, found: []),                     // nothing
        ])
        XCTAssertEqual(score.rules[email], RuleTally(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        XCTAssertEqual(score.rules[mobile], RuleTally(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        XCTAssertEqual(score.rules[name], RuleTally(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        XCTAssertEqual(score.rules[address], RuleTally(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        XCTAssertEqual(score.rules[iban], RuleTally(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        XCTAssertEqual(score.rules[nir], RuleTally(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        XCTAssertEqual(score.overall, RuleTally(truePositives: 2, falsePositives: 3, falseNegatives: 2))
        XCTAssertEqual(score.overall.precision, 0.4)
        XCTAssertEqual(score.overall.recall, 0.5)
        XCTAssertEqual(score.rules[email]?.precision, 1)
        XCTAssertEqual(score.rules[email]?.recall, 0.5)
        XCTAssertNil(score.rules[iban]?.precision, "nothing claimed: no precision")
        XCTAssertNil(score.rules[mobile]?.recall, "nothing to find: no recall")
        XCTAssertEqual(score.mistakes, [
            "FN personal-data.email: a.csv › mel",
            "FP personal-data.mobile-phone: a.csv › standard (labelled none)",
            "FP personal-data.address: b.csv › demandeur (labelled personal-data.person-name)",
            "FN personal-data.iban: b.csv › rib",
            "FP personal-data.nir: b.csv › rib (labelled personal-data.iban)",
        ])

        XCTAssertEqual(score.markdown(), """
            | rule | TP | FP | FN | precision | recall |
            |---|---:|---:|---:|---:|---:|
            | personal-data.address | 0 | 1 | 0 | 0.00 | — |
            | personal-data.email | 1 | 0 | 1 | 1.00 | 0.50 |
            | personal-data.iban | 0 | 0 | 1 | — | 0.00 |
            | personal-data.mobile-phone | 0 | 1 | 0 | 0.00 | — |
            | personal-data.nir | 0 | 1 | 0 | 0.00 | — |
            | personal-data.person-name | 1 | 0 | 0 | 1.00 | 1.00 |
            | **overall** | 2 | 3 | 2 | 0.40 | 0.50 |

            """)
    }

    /// The way from findings to verdicts, with stand-in `personal-data.*` rules (column-type
    /// checks renamed) until the real ones exist.
    func testFindingsArePairedWithTheirColumns() async throws {
        let folder = try TemporaryFolder()
        let rule = { (id: String, type: String) in """
              - id: \(id)
                kind: column-type
                severity: warning
                with: {type: \(type)}
                columns: '^\(type == "email" ? "courriel" : "standard")$'
                title: {fr: "Essai", en: "Test"}
                message: {fr: "{column}", en: "{column}"}
                help: {fr: "Essai.", en: "Test."}
                examples:
                  fail: [{file: "\(type == "email" ? "courriel" : "standard")\\nx\\n"}]
                  pass: [{file: "autre\\nx\\n"}]
            """ }
        let set = try loadBook("""
            lavande: 1
            id: essai
            title: {fr: "Essai", en: "Test"}
            types:
              - id: email
                title: {fr: "Courriel", en: "E-mail"}
                validate: email
              - id: phone-fr
                title: {fr: "Téléphone", en: "Phone"}
                validate: phone-fr
            checks:
            \(rule("personal-data.email", "email"))
            \(rule("personal-data.landline-phone", "phone-fr"))
            """, in: folder)
        try folder.write("tables/t.csv", "id;courriel;standard;objet\n1;à demander;texte;x\n2;b@example.org;04 75 00 00 00;y\n")
        let table = EvaluationLabels.Table(file: "t.csv", delimiter: ";", rows: 2, description: "", columns: [
            .init(column: "id", expected: "none"), .init(column: "courriel", expected: "personal-data.email"),
            .init(column: "standard", expected: "none"), .init(column: "objet", expected: "personal-data.person-name"),
        ])
        let run = try await PersonalDataEvaluation.run(table, from: URL(fileURLWithPath: folder.path).appendingPathComponent("tables"),
                                                       rules: ActiveRules(set, config: nil))
        XCTAssertEqual(run.verdicts, [
            ColumnVerdict(table: "t.csv", column: "id", expected: nil, found: []),
            ColumnVerdict(table: "t.csv", column: "courriel", expected: "personal-data.email", found: ["personal-data.email"]),
            ColumnVerdict(table: "t.csv", column: "standard", expected: nil, found: ["personal-data.landline-phone"]),
            ColumnVerdict(table: "t.csv", column: "objet", expected: "personal-data.person-name", found: []),
        ])
        let score = EvaluationScore(run.verdicts)
        XCTAssertEqual(score.overall, RuleTally(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    }

    func testEmptyScoreHasNoPrecisionNorRecall() {
        let score = EvaluationScore([ColumnVerdict(table: "a.csv", column: "objet", expected: nil, found: [])])
        XCTAssertEqual(score.overall, RuleTally())
        XCTAssertNil(score.overall.precision)
        XCTAssertNil(score.overall.recall)
        XCTAssertTrue(score.rules.isEmpty)
        XCTAssertTrue(score.mistakes.isEmpty)
    }
}

// MARK: - The labelled set

/// `Evaluation/labels.json`: for each table, its delimiter, its number of data rows and, for
/// each column in header order, the rule expected on it (`none` when no personal-data rule should
/// report it), with the reason for the tricky ones.
struct EvaluationLabels: Decodable {
    static let none = "none"

    struct Table: Decodable {
        var file: String
        var delimiter: String
        var rows: Int
        var description: String
        var columns: [Column]
    }

    struct Column: Decodable {
        var column: String
        var expected: String
        var reason: String? = nil

        /// The expected rule id, nil for `none`.
        var rule: String? { expected == EvaluationLabels.none ? nil : expected }
    }

    var tables: [Table]
}

enum PersonalDataEvaluation {
    static let family = "personal-data."

    /// The rule ids a column can be labelled with.
    static let ruleIDs: Set<String> = Set([
        "nir", "iban", "card", "email", "mobile-phone", "landline-phone", "person-name", "birth-date", "address",
        "plate", "ip", "passport", "tax-id", "gps-precise", "free-text", "small-counts",
    ].map { family + $0 })

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Evaluation")

    static func labels() throws -> EvaluationLabels {
        try JSONDecoder().decode(EvaluationLabels.self, from: Data(contentsOf: folder.appendingPathComponent("labels.json")))
    }

    struct TableRun {
        var report: Report
        var file: FileSummary
        var verdicts: [ColumnVerdict]
    }

    /// Checks one table, alone in a temporary folder, with the default rules (or `rules`), and pairs each of
    /// its columns with the personal-data rules found on it. A personal-data finding on no known
    /// column is a verdict of its own, on the column `(file)` or `#index`, labelled `none`.
    static func run(_ table: EvaluationLabels.Table, from source: URL = folder, rules: ActiveRules? = nil) async throws -> TableRun {
        let temporary = try TemporaryFolder()
        let bytes = try Data(contentsOf: source.appendingPathComponent(table.file))
        try temporary.write(table.file, bytes: Array(bytes))
        let report = try await check(temporary.path, rules: rules)
        let file = try XCTUnwrap(report.datasets.first?.files.first { $0.path == table.file }, "\(table.file) was not checked")
        let header = file.header ?? []

        var found: [String: Set<String>] = [:]
        for finding in report.findings where finding.ruleID.hasPrefix(family) && finding.file == table.file {
            let column: String
            if let ref = finding.location?.column {
                column = header.indices.contains(ref.index - 1) ? header[ref.index - 1] : (ref.name ?? "#\(ref.index)")
            } else {
                column = "(file)"
            }
            found[column, default: []].insert(finding.ruleID)
        }
        var verdicts = table.columns.map {
            ColumnVerdict(table: table.file, column: $0.column, expected: $0.rule, found: found.removeValue(forKey: $0.column) ?? [])
        }
        verdicts += found.keys.sorted().map { ColumnVerdict(table: table.file, column: $0, expected: nil, found: found[$0] ?? []) }
        return TableRun(report: report, file: file, verdicts: verdicts)
    }
}

// MARK: - The metric

/// One labelled column: the rule expected on it (nil: none) and the personal-data rules found on it.
struct ColumnVerdict: Equatable {
    var table: String
    var column: String
    var expected: String?
    var found: Set<String>
}

/// Column counts for one rule (or all of them).
struct RuleTally: Equatable {
    /// Columns labelled with the rule that the rule reported.
    var truePositives = 0
    /// Columns the rule reported that are labelled `none` or with another rule.
    var falsePositives = 0
    /// Columns labelled with the rule that the rule did not report.
    var falseNegatives = 0

    /// Share of the reported columns that were right; nil when the rule reported nothing.
    var precision: Double? {
        let claimed = truePositives + falsePositives
        return claimed == 0 ? nil : Double(truePositives) / Double(claimed)
    }

    /// Share of the labelled columns that were reported; nil when no column is labelled with the rule.
    var recall: Double? {
        let expected = truePositives + falseNegatives
        return expected == 0 ? nil : Double(truePositives) / Double(expected)
    }

    static func + (lhs: RuleTally, rhs: RuleTally) -> RuleTally {
        RuleTally(truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
                  falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }
}

/// Precision and recall at column level, per rule and overall.
struct EvaluationScore {
    var rules: [String: RuleTally] = [:]
    var overall = RuleTally()
    /// One line per false positive and false negative, in the order of the verdicts.
    var mistakes: [String] = []

    init(_ verdicts: [ColumnVerdict]) {
        for verdict in verdicts {
            let place = "\(verdict.table) › \(verdict.column)"
            if let expected = verdict.expected {
                if verdict.found.contains(expected) {
                    rules[expected, default: RuleTally()].truePositives += 1
                } else {
                    rules[expected, default: RuleTally()].falseNegatives += 1
                    mistakes.append("FN \(expected): \(place)")
                }
            }
            for rule in verdict.found.sorted() where rule != verdict.expected {
                rules[rule, default: RuleTally()].falsePositives += 1
                mistakes.append("FP \(rule): \(place) (labelled \(verdict.expected ?? EvaluationLabels.none))")
            }
        }
        overall = rules.values.reduce(RuleTally(), +)
    }

    /// A Markdown table: one row per rule, sorted, then the overall row.
    func markdown() -> String {
        func ratio(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "—" }
        func row(_ name: String, _ tally: RuleTally) -> String {
            "| \(name) | \(tally.truePositives) | \(tally.falsePositives) | \(tally.falseNegatives) | \(ratio(tally.precision)) | \(ratio(tally.recall)) |\n"
        }
        var text = "| rule | TP | FP | FN | precision | recall |\n|---|---:|---:|---:|---:|---:|\n"
        for rule in rules.keys.sorted() { text += row(rule, rules[rule]!) }
        return text + row("**overall**", overall)
    }
}
