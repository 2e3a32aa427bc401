/// A file glob as in `.gitignore`-style tools: `*` matches within one path segment, `**` matches
/// any number of segments, `?` one character, `[abc]` / `[!abc]` a class, `{csv,tsv}` alternatives.
/// A pattern without `/` matches the file name alone; with `/`, the whole relative path.
///
/// Hand-written because Glibc's `fnmatch` knows neither `**` nor braces.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let alternatives: [[Character]]
    private let matchesNameOnly: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        alternatives = Glob.expandBraces(pattern).map { Array($0) }
        matchesNameOnly = !pattern.contains("/")
    }

    public var description: String { pattern }

    /// Whether `path` (relative, `/`-separated) matches.
    public func matches(_ path: String) -> Bool {
        let subject = matchesNameOnly ? String(path.split(separator: "/").last ?? "") : path
        let characters = Array(subject)
        return alternatives.contains { Glob.match($0[...], characters[...]) }
    }

    /// Brace-expands `a{b,c}d` into `abd`, `acd` (nested braces included).
    static func expandBraces(_ pattern: String) -> [String] {
        guard let open = pattern.firstIndex(of: "{") else { return [pattern] }
        var depth = 0
        var close: String.Index?
        var commas: [String.Index] = []
        var index = open
        while index < pattern.endIndex {
            let character = pattern[index]
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1; if depth == 0 { close = index; break } }
            if character == ",", depth == 1 { commas.append(index) }
            index = pattern.index(after: index)
        }
        guard let close else { return [pattern] }
        let prefix = pattern[..<open]
        let suffix = String(pattern[pattern.index(after: close)...])
        var parts: [Substring] = []
        var start = pattern.index(after: open)
        for comma in commas {
            parts.append(pattern[start..<comma])
            start = pattern.index(after: comma)
        }
        parts.append(pattern[start..<close])
        return parts.flatMap { part in expandBraces(prefix + part + suffix) }
    }

    private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        var pattern = pattern
        var text = text
        while let head = pattern.first {
            switch head {
            case "*":
                let isDouble = pattern.dropFirst().first == "*"
                if isDouble {
                    var rest = pattern.dropFirst(2)
                    if rest.first == "/" { rest = rest.dropFirst() }
                    // `**/` matches zero or more whole segments.
                    if match(rest, text) { return true }
                    var remaining = text
                    while !remaining.isEmpty {
                        remaining = remaining.dropFirst()
                        if match(rest, remaining) { return true }
                    }
                    return false
                }
                let rest = pattern.dropFirst()
                var remaining = text
                while true {
                    if match(rest, remaining) { return true }
                    guard let next = remaining.first, next != "/" else { return false }
                    remaining = remaining.dropFirst()
                }
            case "?":
                guard let next = text.first, next != "/" else { return false }
                pattern = pattern.dropFirst()
                text = text.dropFirst()
            case "[":
                guard let next = text.first, let end = pattern.dropFirst().firstIndex(of: "]") else { return false }
                var members = pattern[pattern.index(after: pattern.startIndex)..<end]
                let negated = members.first == "!" || members.first == "^"
                if negated { members = members.dropFirst() }
                if classContains(members, next) == negated { return false }
                pattern = pattern[pattern.index(after: end)...]
                text = text.dropFirst()
            default:
                guard text.first == head else { return false }
                pattern = pattern.dropFirst()
                text = text.dropFirst()
            }
        }
        return text.isEmpty
    }

    private static func classContains(_ members: ArraySlice<Character>, _ character: Character) -> Bool {
        var index = members.startIndex
        while index < members.endIndex {
            let low = members[index]
            let dash = members.index(after: index)
            if dash < members.endIndex, members[dash] == "-", members.index(after: dash) < members.endIndex {
                let high = members[members.index(after: dash)]
                if low <= character && character <= high { return true }
                index = members.index(dash, offsetBy: 2)
            } else {
                if low == character { return true }
                index = members.index(after: index)
            }
        }
        return false
    }
}
