/// The formats of `string` fields.
enum StringFormat: String, Sendable {
    case plain = "default"
    case email, uri, uuid, binary

    func accepts(_ text: String) -> Bool {
        switch self {
        case .plain: true
        case .email: StringFormat.isEmail(text)
        case .uri: StringFormat.isURI(text)
        case .uuid: StringFormat.isUUID(text)
        case .binary: StringFormat.isBase64(text)
        }
    }

    /// One `@`, a local part without spaces or brackets, a domain of dotted labels ending in at least two letters.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, local.count <= 64,
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        let forbidden = Set(" \t\r\n<>()[]\\,;:\"")
        guard !local.contains(where: forbidden.contains) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }

    /// A scheme (`https:`, `mailto:`) followed by text without spaces or characters URIs never hold.
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isASCII, first.isLetter else { return false }
        let scheme = text[..<colon]
        guard scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return false }
        let rest = text[text.index(after: colon)...]
        return !rest.isEmpty && !rest.contains { $0.isWhitespace || "<>\"{}|\\^`".contains($0) }
    }

    /// `8-4-4-4-12` hexadecimal digits, or 32 in a row, optionally in braces or after `urn:uuid:`.
    static func isUUID(_ text: String) -> Bool {
        var body = Substring(text)
        if body.lowercased().hasPrefix("urn:uuid:") { body = body.dropFirst(9) }
        if body.hasPrefix("{") && body.hasSuffix("}") { body = body.dropFirst().dropLast() }
        let groups = body.split(separator: "-", omittingEmptySubsequences: false)
        let lengths = groups.map(\.count)
        guard lengths == [8, 4, 4, 4, 12] || lengths == [32] else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// Base64: the alphabet, a length that is a multiple of 4 with `=` padding at the end only.
    static func isBase64(_ text: String) -> Bool {
        let body = text.filter { !$0.isWhitespace }
        guard body.count % 4 == 0 else { return false }
        let padding = body.reversed().prefix { $0 == "=" }.count
        guard padding <= 2 else { return false }
        return body.dropLast(padding).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "/") }
    }
}
