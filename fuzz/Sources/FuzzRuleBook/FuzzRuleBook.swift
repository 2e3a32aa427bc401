import Foundation
import LavandeKit

/// Fuzz target of the rule-book loader: any bytes are a rule book.
///
/// The text goes through YAML (Yams and libyaml), the loader's checks of every key, kind,
/// parameter, placeholder and example, the column types' pattern compiler, and the includes: the
/// book is loaded as the built-in `rules/fuzz.yaml`, so `include:` reaches the default books and
/// nothing on disk. The outcome must be a rule set or errors that are all located (line and column
/// from 1, a message); anything else — a crash, another error type, an error without a place — is
/// a finding. A book that loads is then used as `lavande` uses one: its rules are activated and
/// turned into checks by the engine, the checks catalogue and each rule's explanation are written,
/// and the patterns of its column types are run over pieces of the book's own text, where their
/// answers must be NSRegularExpression's (the promise of `CellPattern`).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // Rule books that are not UTF-8 are refused before the loader (RuleBookSource.read).
    guard let text = String(bytes: bytes, encoding: .utf8) else { return 0 }
    let set: RuleSet
    do {
        set = try RuleBookLoader().load(text: text, as: source)
    } catch let failure as RuleFileErrors {
        require(!failure.errors.isEmpty, "RuleFileErrors without an error")
        for error in failure.errors {
            require(error.location.line >= 1 && error.location.column >= 1 && !error.location.file.isEmpty,
                    "error not located: \(error)")
            require(!error.message.isEmpty, "error without a message at \(error.location)")
        }
        return 0
    } catch {
        fatalError("the loader threw \(type(of: error)), not RuleFileErrors: \(error)")
    }
    use(set, text: text)
    return 0
}

/// Where the fuzzed book claims to come from.
private let source = RuleBookSource.embedded("fuzz.yaml")

/// Uses a loaded book the way the `lavande` commands do, as far as its own rules and types go
/// (the default books it may include are tested by the test suite).
private func use(_ set: RuleSet, text: String) {
    let active: ActiveRules
    do {
        active = try ActiveRules(set, config: nil)
    } catch {
        fatalError("a loaded rule set is refused without a configuration: \(error)")
    }
    _ = Engine(rules: active)
    let own = set.rules.filter { $0.location.file == source.description }
    for language in [Language.fr, .en] {
        _ = RuleCatalogue(rules: own, books: set.books, types: set.types, language: language).markdown
        for rule in own {
            _ = RuleExplanation(rule: rule, kind: CheckRegistry.builtIn.kind(named: rule.kind), language: language).text
        }
    }
    // Cells to match: the ASCII of the book's text cut at line ends, commas and semicolons (the
    // fuzzer shapes them as it shapes the patterns; the examples' tables are among them), and the
    // pieces of the text itself of at most 16 bytes that hold other characters.
    let isCut: (UInt8) -> Bool = { [0x0A, 0x0D, 0x2C, 0x3B].contains($0) }
    let ascii = text.utf8.filter { $0 < 0x80 }.split(omittingEmptySubsequences: false, whereSeparator: isCut)
    let short = text.utf8.split(omittingEmptySubsequences: false, whereSeparator: isCut).filter { $0.count <= 16 && $0.contains { $0 >= 0x80 } }
    let cells = ascii.map { String(decoding: $0, as: UTF8.self) } + short.map { String(decoding: $0, as: UTF8.self) }
    // Where ICU's `$` also matches, besides the end of the cell.
    let lineTerminators: Set<UInt32> = [0x0B, 0x0C, 0x85, 0x2028, 0x2029]
    for type in set.types.types where type.location.file == source.description {
        // Only linear patterns: a linear pattern sends to NSRegularExpression only the non-ASCII
        // cells of a Unicode-sensitive pattern, short ones here. Its backtracking on patterns such as
        // `^(a+)+$` over long cells is a known limit (see CellPattern), not a finding.
        guard let pattern = type.pattern, pattern.isLinear else { continue }
        let reference = try? NSRegularExpression(pattern: pattern.source)
        for cell in cells {
            let matches = pattern.matches(cell)
            // A matching cell is within the pattern's lengths, the pre-filters of the profiler.
            let length = cell.utf8.count
            require(!matches || (length >= pattern.minLength && length <= pattern.maxLength ?? .max),
                    "pattern \(String(reflecting: pattern.source)) matches \(String(reflecting: cell)) outside its lengths \(pattern.minLength)...\(pattern.maxLength.map(String.init) ?? "")")
            // CellPattern answers as NSRegularExpression would (but for `$` before a final line
            // terminator: cells hold none), checked on short cells, where ICU's backtracking stays
            // cheap.
            guard let reference, length <= 16, !cell.unicodeScalars.contains(where: { lineTerminators.contains($0.value) }) else { continue }
            let expected = reference.firstMatch(in: cell, range: NSRange(location: 0, length: cell.utf16.count)) != nil
            require(matches == expected, "pattern \(String(reflecting: pattern.source)) on \(String(reflecting: cell)): \(matches), NSRegularExpression: \(expected)")
        }
    }
}

/// Stops the run (a crash for libFuzzer) when a promise is broken.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
