/// XML 1.0 escaping, also used for HTML; characters XML 1.0 does not allow (most control characters,
/// U+FFFE, U+FFFF) are dropped.
public enum XMLEscaping {
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Element content.
    public static func text(_ value: String) -> String { escape(value, inAttribute: false) }

    /// A double-quoted attribute value; line breaks and tabs kept as character references
    /// (a parser would turn them into spaces otherwise).
    public static func attribute(_ value: String) -> String { escape(value, inAttribute: true) }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        var output = ""
        for scalar in value.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\r": output += "&#13;"
            case "\"" where inAttribute: output += "&quot;"
            case "'" where inAttribute: output += "&apos;"
            case "\n" where inAttribute: output += "&#10;"
            case "\t" where inAttribute: output += "&#9;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
