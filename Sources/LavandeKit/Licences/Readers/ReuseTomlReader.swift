import Foundation

extension LicenceDocumentReader {
    /// `REUSE.toml` (REUSE 3.3): each `[[annotations]]` table's `SPDX-License-Identifier` (a
    /// string, split as `SPDXHeader` does; a list of strings tolerated) → `.reuseToml`
    /// declarations on the key's line. `path` (a string or a list) holds REUSE globs (`*` within a
    /// folder, `**` across folders, `\*` a literal star); `files` = the data files they match. A
    /// path that is absolute or holds `..` is ignored (never a file outside the folder); an
    /// annotation left with no path, or whose paths match no data file, gives nothing; a path of
    /// `**` covers the whole folder (`files` empty). `precedence` is not read.
    enum ReuseToml {
        static func isCandidate(_ name: String) -> Bool { name.lowercased() == "reuse.toml" }

        static func read(_ text: String, document: String, dataFiles: [String], into result: inout LicenceDocuments) {
            let parsed = MiniTOML.annotations(in: text)
            if let failure = parsed.failure {
                result.unreadable.append((document, "\(document) is not valid TOML (line \(failure.line): \(failure.message)); annotations after it are not read"))
            }
            for annotation in parsed.annotations {
                let patterns = annotation.paths.compactMap(cleanPattern)
                guard !patterns.isEmpty else { continue }
                var files: [String] = []
                if !patterns.contains("**") {
                    files = dataFiles.filter { file in patterns.contains { Glob.matches(pattern: $0, path: file) } }
                    guard !files.isEmpty else { continue }
                }
                for licence in annotation.licences {
                    for identifier in SPDXHeader.split(licence.expression) {
                        result.declarations.append(LicenceDeclaration(source: .reuseToml, document: document, line: licence.line,
                                                                      statement: .identifier(identifier), files: files))
                    }
                }
            }
        }

        /// The pattern, `./` removed, or nil when it leaves the folder.
        private static func cleanPattern(_ pattern: String) -> String? {
            var cleaned = pattern.trimmingCharacters(in: .whitespaces)
            while cleaned.hasPrefix("./") { cleaned.removeFirst(2) }
            return FolderAccess.isSafe(cleaned) ? cleaned : nil
        }
    }

    /// REUSE.toml globs: `**` matches anything, `*` anything but `/`, `\*` and `\\` are literal.
    enum Glob {
        private enum Token: Equatable {
            case literal(Character)
            case star
            case doubleStar
        }

        static func matches(pattern: String, path: String) -> Bool {
            var tokens: [Token] = []
            var characters = Array(pattern)[...]
            while let character = characters.popFirst() {
                switch character {
                case "\\": tokens.append(.literal(characters.popFirst() ?? "\\"))
                case "*":
                    if characters.first == "*" {
                        characters.removeFirst()
                        tokens.append(.doubleStar)
                    } else {
                        tokens.append(.star)
                    }
                default: tokens.append(.literal(character))
                }
            }
            let name = Array(path)
            // reachable[j]: the tokens read so far can match name[..<j].
            var reachable = [Bool](repeating: false, count: name.count + 1)
            reachable[0] = true
            for token in tokens {
                var next = [Bool](repeating: false, count: name.count + 1)
                switch token {
                case let .literal(character):
                    for j in 0..<name.count where reachable[j] && name[j] == character { next[j + 1] = true }
                case .star:
                    for j in 0...name.count where reachable[j] {
                        next[j] = true
                        var k = j
                        while k < name.count, name[k] != "/" { k += 1; next[k] = true }
                    }
                case .doubleStar:
                    if let first = reachable.firstIndex(of: true) { for k in first...name.count { next[k] = true } }
                }
                reachable = next
            }
            return reachable[name.count]
        }
    }

    /// Just enough TOML for REUSE.toml: `[[annotations]]` tables whose keys are bare or quoted,
    /// values basic or literal strings (one line or `"""`/`'''` multi-line) or lists of them,
    /// possibly over several lines, with `#` comments. Other tables and value kinds are skipped.
    /// No TOML package is available to the project (only Yams, for YAML), hence this reader.
    enum MiniTOML {
        struct Annotation {
            var paths: [String] = []
            var licences: [(expression: String, line: Int)] = []
        }

        struct Failure: Error {
            var line: Int
            var message: String
        }

        private enum Value {
            case string(String)
            case list([Value])
            case other
        }

        private struct Scanner {
            var characters: [Character]
            var index = 0
            var line = 1

            var current: Character? { index < characters.count ? characters[index] : nil }

            func peek(_ text: String) -> Bool {
                let wanted = Array(text)
                return characters.count - index >= wanted.count && Array(characters[index..<index + wanted.count]) == wanted
            }

            mutating func advance(_ count: Int = 1) {
                for _ in 0..<count where index < characters.count {
                    if characters[index] == "\n" || characters[index] == "\r\n" || characters[index] == "\r" { line += 1 }
                    index += 1
                }
            }

            mutating func skipSpaces() { while current == " " || current == "\t" { advance() } }

            mutating func skipToLineEnd() { while let character = current, character != "\n", character != "\r\n" { advance() } }

            /// Spaces, newlines and comments.
            mutating func skipBlank() {
                while let character = current {
                    if character == " " || character == "\t" || character == "\n" || character == "\r\n" || character == "\r" {
                        advance()
                    } else if character == "#" {
                        skipToLineEnd()
                    } else {
                        return
                    }
                }
            }
        }

        static func annotations(in text: String) -> (annotations: [Annotation], failure: Failure?) {
            var scanner = Scanner(characters: Array(text))
            var annotations: [Annotation] = []
            var inAnnotation = false
            do {
                while true {
                    scanner.skipBlank()
                    guard let character = scanner.current else { break }
                    if character == "[" {
                        let array = scanner.peek("[[")
                        scanner.advance(array ? 2 : 1)
                        var name = ""
                        while let next = scanner.current, next != "]", next != "\n", next != "\r\n" { name.append(next); scanner.advance() }
                        guard scanner.peek(array ? "]]" : "]") else { throw Failure(line: scanner.line, message: "unclosed table header") }
                        scanner.advance(array ? 2 : 1)
                        inAnnotation = array && name.trimmingCharacters(in: .whitespaces) == "annotations"
                        if inAnnotation { annotations.append(Annotation()) }
                    } else {
                        let line = scanner.line
                        let key = try readKey(&scanner)
                        scanner.skipSpaces()
                        guard scanner.current == "=" else { throw Failure(line: scanner.line, message: "expected '=' after \(key)") }
                        scanner.advance()
                        scanner.skipSpaces()
                        let value = try readValue(&scanner, depth: 0)
                        if inAnnotation, !annotations.isEmpty {
                            let strings = flatten(value)
                            switch key {
                            case "path": annotations[annotations.count - 1].paths += strings
                            case "SPDX-License-Identifier":
                                annotations[annotations.count - 1].licences += strings
                                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { ($0, line) }
                            default: break
                            }
                        }
                    }
                    scanner.skipSpaces()
                    if scanner.current == "#" { scanner.skipToLineEnd() }
                    if let next = scanner.current, next != "\n", next != "\r\n", next != "\r" {
                        throw Failure(line: scanner.line, message: "unexpected \"\(next)\"")
                    }
                }
            } catch let failure as Failure {
                return (annotations, failure)
            } catch {
                return (annotations, Failure(line: scanner.line, message: "\(error)"))
            }
            return (annotations, nil)
        }

        private static func flatten(_ value: Value) -> [String] {
            switch value {
            case let .string(text): return [text]
            case let .list(values): return values.flatMap(flatten)
            case .other: return []
            }
        }

        private static func readKey(_ scanner: inout Scanner) throws -> String {
            if scanner.current == "\"" || scanner.current == "'" {
                guard case let .string(text) = try readValue(&scanner, depth: 0) else { throw Failure(line: scanner.line, message: "bad key") }
                return text
            }
            var key = ""
            while let character = scanner.current, character.isLetter || character.isNumber || "-_.".contains(character) {
                key.append(character)
                scanner.advance()
            }
            guard !key.isEmpty else { throw Failure(line: scanner.line, message: "expected a key") }
            return key
        }

        /// A one-line string: basic (`"…"`, with escapes) or literal (`'…'`).
        private static func readLine(_ scanner: inout Scanner, quote: Character, escapes: Bool) throws -> String {
            scanner.advance()
            var text = ""
            while true {
                guard let character = scanner.current, character != "\n", character != "\r\n" else {
                    throw Failure(line: scanner.line, message: "unterminated string")
                }
                scanner.advance()
                if character == quote { return text }
                if escapes && character == "\\" { text += try escape(&scanner) } else { text.append(character) }
            }
        }

        private static func readValue(_ scanner: inout Scanner, depth: Int) throws -> Value {
            guard depth < 32 else { throw Failure(line: scanner.line, message: "lists nested too deeply") }
            switch scanner.current {
            case "\"":
                if scanner.peek("\"\"\"") { return .string(try readMultiline(&scanner, quote: "\"\"\"", escapes: true)) }
                return .string(try readLine(&scanner, quote: "\"", escapes: true))
            case "'":
                if scanner.peek("'''") { return .string(try readMultiline(&scanner, quote: "'''", escapes: false)) }
                return .string(try readLine(&scanner, quote: "'", escapes: false))
            case "[":
                scanner.advance()
                var values: [Value] = []
                while true {
                    scanner.skipBlank()
                    guard let character = scanner.current else { throw Failure(line: scanner.line, message: "unclosed list") }
                    if character == "]" { scanner.advance(); return .list(values) }
                    values.append(try readValue(&scanner, depth: depth + 1))
                    scanner.skipBlank()
                    if scanner.current == "," { scanner.advance() } else if scanner.current != "]" {
                        throw Failure(line: scanner.line, message: "expected ',' or ']' in a list")
                    }
                }
            default:
                // Numbers, booleans, dates, inline tables: not needed, skipped.
                var depthOfBraces = 0
                while let character = scanner.current, character != "\n", character != "\r\n" {
                    if character == "{" { depthOfBraces += 1 }
                    if character == "}" { depthOfBraces -= 1 }
                    if depthOfBraces <= 0, character == "," || character == "]" || character == "#" { break }
                    scanner.advance()
                }
                return .other
            }
        }

        private static func readMultiline(_ scanner: inout Scanner, quote: String, escapes: Bool) throws -> String {
            scanner.advance(3)
            if scanner.current == "\n" || scanner.current == "\r\n" { scanner.advance() }
            var text = ""
            while !scanner.peek(quote) {
                guard let character = scanner.current else { throw Failure(line: scanner.line, message: "unterminated string") }
                scanner.advance()
                if escapes, character == "\\" { text += try escape(&scanner) } else { text.append(character) }
            }
            scanner.advance(3)
            return text
        }

        private static func escape(_ scanner: inout Scanner) throws -> String {
            guard let character = scanner.current else { throw Failure(line: scanner.line, message: "unterminated string") }
            scanner.advance()
            switch character {
            case "\"": return "\""
            case "\\": return "\\"
            case "n": return "\n"
            case "t": return "\t"
            case "r": return "\r"
            case "b": return "\u{08}"
            case "f": return "\u{0C}"
            case "u", "U":
                let count = character == "u" ? 4 : 8
                var hex = ""
                for _ in 0..<count {
                    guard let digit = scanner.current, digit.isHexDigit else { throw Failure(line: scanner.line, message: "bad \\u escape") }
                    hex.append(digit)
                    scanner.advance()
                }
                return UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? "\u{FFFD}"
            case "\n", "\r\n", " ", "\t":
                // A line-ending backslash in a multi-line string: drop the following blank.
                scanner.skipBlank()
                return ""
            default: throw Failure(line: scanner.line, message: "bad escape \\\(character)")
            }
        }
    }
}
