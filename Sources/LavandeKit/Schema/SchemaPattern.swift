import Foundation

/// A `pattern` constraint: a regular expression the whole value must match (Table Schema
/// patterns are implicitly anchored, as in XML Schema). Python's named groups `(?P<name>…)` and
/// back-references `(?P=name)`, which schemas written for frictionless sometimes use, are read as
/// ICU's `(?<name>…)` and `\k<name>`.
///
/// Loading a schema only checks that the pattern compiles (ICU is quick at that); the matcher, a
/// `CellPattern` (a byte automaton when the syntax allows, slower to build), is built the first
/// time a value is matched — so the schema rules that never match patterns do not pay for it.
final class SchemaPattern: @unchecked Sendable {
    // `matcher` is built once under `lock`; everything else is immutable.
    /// The pattern as the schema wrote it.
    let written: String
    private let anchored: String
    /// ICU's reading, used when `CellPattern` cannot build a matcher of its own.
    private let expression: NSRegularExpression
    private let lock = NSLock()
    private var built = false
    private var matcher: CellPattern?

    init(_ written: String) throws {
        self.written = written
        let icu = written.replacingOccurrences(of: "(?P<", with: "(?<")
            .replacingOccurrences(of: #"\(\?P=(\w+)\)"#, with: #"\\k<$1>"#, options: .regularExpression)
        anchored = "^(?:" + icu + ")$"
        expression = try NSRegularExpression(pattern: anchored)
    }

    /// Whether the whole text matches. A pattern only ICU can run is not judged on texts longer
    /// than `CellPattern.fallbackLengthLimit` bytes (hostile patterns could take too long): they pass.
    func matches(_ text: String) -> Bool {
        let matcher = compiled()
        if matcher?.isLinear != true && text.utf8.count > CellPattern.fallbackLengthLimit { return true }
        guard let matcher else { return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil }
        return matcher.matches(text)
    }

    private func compiled() -> CellPattern? {
        lock.lock()
        defer { lock.unlock() }
        if !built {
            matcher = try? CellPattern(anchored)
            built = true
        }
        return matcher
    }
}
