import Foundation

/// Reads a JSON document into `JSONNode`s, keeping the order of keys and the line of every value.
struct JSONParser {
    /// Deeper documents are refused: no metadata document or report needs it, and it bounds the
    /// stack of open containers.
    static let maximumDepth = 200

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1

    private init(_ text: String) { bytes = Array(text.utf8) }

    static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(text)
        parser.skipSpace()
        guard parser.index < parser.bytes.count else { throw JSONSyntaxError(line: 1, message: "the document is empty") }
        let node = try parser.parseDocument()
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return node
    }

    private func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(line: line, message: message) }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): index += 1
            case UInt8(ascii: "\n"): line += 1; index += 1
            case UInt8(ascii: "\r"):
                index += 1
                if current != UInt8(ascii: "\n") { line += 1 }
            default: return
            }
        }
    }

    /// An object or list being read.
    private struct Container {
        var isObject: Bool
        var line: Int
        var pairs: [(key: String, node: JSONNode)] = []
        var elements: [JSONNode] = []
        var key = ""

        var node: JSONNode { JSONNode(value: isObject ? .object(pairs) : .array(elements), line: line) }
    }

    /// Reads one value without recursion (an explicit stack of open containers), so that even
    /// the deepest accepted document needs little of the thread's stack.
    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        var stack: [Container] = []
        readValue: while true {
            skipSpace()
            guard let byte = current else { throw error("unexpected end of the document") }
            var completed: JSONNode
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                guard stack.count < JSONParser.maximumDepth else {
                    throw error("nested more than \(JSONParser.maximumDepth) levels deep")
                }
                var container = Container(isObject: byte == UInt8(ascii: "{"), line: line)
                index += 1
                skipSpace()
                if current == (container.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                    completed = container.node
                } else {
                    if container.isObject { container.key = try readKey() }
                    stack.append(container)
                    continue readValue
                }
            } else {
                completed = try parseScalar()
            }
            while var top = stack.popLast() {
                if top.isObject { top.pairs.append((top.key, completed)) } else { top.elements.append(completed) }
                skipSpace()
                let closing = top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                switch current {
                case UInt8(ascii: ","):
                    index += 1
                    if top.isObject { top.key = try readKey() }
                    stack.append(top)
                    continue readValue
                case closing:
                    index += 1
                    completed = top.node
                case nil:
                    throw error("unexpected end of the document, expected ',' or '\(top.isObject ? "}" : "]")'")
                default:
                    throw error("expected ',' or '\(top.isObject ? "}" : "]")'")
                }
            }
            return completed
        }
    }

    /// `"key" :`
    private mutating func readKey() throws(JSONSyntaxError) -> String {
        skipSpace()
        guard current == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
        let key = try parseString()
        skipSpace()
        guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
        index += 1
        return key
    }

    private mutating func parseScalar() throws(JSONSyntaxError) -> JSONNode {
        guard let byte = current else { throw error("unexpected end of the document") }
        let start = line
        switch byte {
        case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), line: start)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(value: .bool(true), line: start)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(value: .bool(false), line: start)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(value: .null, line: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), line: start)
        default: throw error("unexpected character \(describe(byte))")
        }
    }

    private func describe(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : String(format: "0x%02X", byte)
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw error("unexpected character \(describe(bytes[index]))")
        }
        index += expected.count
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        var output: [UInt8] = []
        while true {
            guard let byte = current else { throw error("unterminated string") }
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: output, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = current else { throw error("unterminated string") }
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escaped)
                case UInt8(ascii: "b"): output.append(0x08)
                case UInt8(ascii: "f"): output.append(0x0C)
                case UInt8(ascii: "n"): output.append(0x0A)
                case UInt8(ascii: "r"): output.append(0x0D)
                case UInt8(ascii: "t"): output.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), bytes.count - index >= 6,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        let saved = index
                        index += 2
                        let low = try hex4()
                        if (0xDC00..<0xE000).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            index = saved
                        }
                    }
                    output.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
                default: throw error("invalid escape \\\(describe(escaped))")
                }
            case 0x00..<0x20:
                throw error("unescaped control character in a string")
            default:
                output.append(byte)
            }
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw error("invalid \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        func digits(_ parser: inout JSONParser) -> Int {
            var count = 0
            while let byte = parser.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                parser.index += 1
                count += 1
            }
            return count
        }
        if current == UInt8(ascii: "-") { index += 1 }
        guard digits(&self) > 0 else { throw error("invalid number") }
        if current == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error("invalid number") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw error("invalid number") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }
}
