/// The character encodings Lavande can tell apart. Eastern-European and other code pages are
/// deliberately absent: French open data is UTF-8, Windows-1252 or ISO-8859-1, and guessing a
/// Central-European code page for French text only produces nonsense.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    /// Only bytes below 0x80: valid in every encoding Lavande knows.
    case ascii = "ascii"
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    /// Single-byte, with printable characters (€, ’, œ, …) in 0x80–0x9F.
    case windows1252 = "windows-1252"
    /// Single-byte, no byte in 0x80–0x9F.
    case iso88591 = "iso-8859-1"

    /// The name `iconv` knows the encoding by.
    public var iconvName: String {
        switch self {
        case .ascii: return "ASCII"
        case .utf8: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .windows1252: return "WINDOWS-1252"
        case .iso88591: return "ISO-8859-1"
        }
    }
}

/// A byte-order mark found at the very start of a file.
public enum ByteOrderMark: String, Sendable, Equatable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"

    public var length: Int { self == .utf8 ? 3 : 2 }
}
