/// Spots UTF-8 text that was decoded as Windows-1252 and encoded to UTF-8 again (`Ã©` for `é`,
/// `â‚¬` for `€`, `â€™` for `’`), from the valid scalars of the stream and their offsets.
///
/// A hit is a lead character `Ã` (U+00C3) or `Â` (U+00C2) immediately followed by a character
/// U+0080–U+00BF or by a Windows-1252 punctuation character as it reads once re-encoded (U+2000–
/// U+203F, €, ™, Œ œ Š š Ÿ Ž ž and the other U+0140–U+017F letters, ƒ, ˆ, ˜); or `â` (U+00E2)
/// immediately followed by U+2000–U+203F or `€`. Genuine French text (é, è, à, ç, œ, €, ’, «,
/// NBSP) never produces these pairs.
struct MojibakeDetector {
    /// `Ã` or `Â`; `â`.
    private enum Lead { case none, capitalA, smallACircumflex }
    private var lead = Lead.none
    private var leadStart = 0
    private var leadEnd = 0

    /// Notes one non-ASCII scalar spanning `start..<end`; returns the offset of the mojibake pair it
    /// completes, if any.
    @inline(__always)
    mutating func note(_ scalar: UInt32, start: Int, end: Int) -> Int? {
        var hit: Int?
        if lead != .none && start == leadEnd && Self.follows(lead, scalar) { hit = leadStart }
        switch scalar {
        case 0xC2, 0xC3: lead = .capitalA
        case 0xE2: lead = .smallACircumflex
        default: lead = .none
        }
        leadStart = start
        leadEnd = end
        return hit
    }

    @inline(__always)
    private static func follows(_ lead: Lead, _ scalar: UInt32) -> Bool {
        let punctuation = (0x2000...0x203F).contains(scalar) || scalar == 0x20AC
        switch lead {
        case .none: return false
        case .smallACircumflex: return punctuation
        case .capitalA:
            return (0x80...0xBF).contains(scalar) || punctuation || scalar == 0x2122
                || (0x140...0x17F).contains(scalar) || scalar == 0x192 || scalar == 0x2C6 || scalar == 0x2DC
        }
    }
}
