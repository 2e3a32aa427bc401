/// Reads the characters of names in UTF-8, in place, and folds letters for comparison: lower case
/// and without accents, so `René`, `RENÉ`, `Rene` and `rené` meet on `rene`. Folding covers ASCII,
/// Latin-1 (À–ÿ; `æ` → `ae`, `ß` → `ss`, `þ` → `th`) and Latin Extended-A (Ā–ſ, `œ` → `oe`,
/// `ĳ` → `ij`); letters of Latin Extended-B and Latin Extended Additional (Vietnamese) are kept as
/// they are; combining accents (text in NFD form) are dropped. The right single quote `’` and
/// the modifier apostrophe `ʼ` read as `'`, the Unicode hyphens `‐` `‑` as `-`, the no-break and
/// narrow no-break spaces as spaces. Any other byte, and malformed UTF-8, reads as `.invalid`.
enum NameFolding {
    enum Kind: UInt8 {
        case letter, hyphen, apostrophe, period, space, comma, mark, invalid
    }

    enum LetterCase: UInt8 {
        case none, upper, lower
    }

    /// One character: its kind, its length in bytes, and for letters the folded bytes (1–3) and
    /// the case it was written in.
    struct Character {
        var kind: Kind
        var length: Int
        var folded: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var foldedCount = 0
        var letterCase = LetterCase.none

        @inline(__always)
        init(_ kind: Kind, _ length: Int) {
            self.kind = kind
            self.length = length
        }

        @inline(__always)
        init(letter first: UInt8, _ second: UInt8 = 0, _ third: UInt8 = 0, count: Int, length: Int, letterCase: LetterCase) {
            kind = .letter
            self.length = length
            folded = (first, second, third)
            foldedCount = count
            self.letterCase = letterCase
        }

        static let invalid = Character(.invalid, 1)
    }

    /// Base letters of U+00C0…U+00FF; `*` marks × and ÷, which are not letters.
    private static var latin1: StaticString { "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty" }
    /// Base letters of U+0100…U+017F.
    private static var latinExtendedA: StaticString {
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    }

    /// The character that starts at `index` (which must be inside the cell).
    @inline(__always)
    static func character(_ cell: UnsafeBufferPointer<UInt8>, at index: Int) -> Character {
        let byte = cell[index]
        if byte < 0x80 {
            if byte &- 0x61 < 26 { return Character(letter: byte, count: 1, length: 1, letterCase: .lower) }
            if byte &- 0x41 < 26 { return Character(letter: byte | 0x20, count: 1, length: 1, letterCase: .upper) }
            switch byte {
            case 0x20: return Character(.space, 1)
            case 0x27: return Character(.apostrophe, 1)
            case 0x2C: return Character(.comma, 1)
            case 0x2D: return Character(.hyphen, 1)
            case 0x2E: return Character(.period, 1)
            default: return .invalid
            }
        }
        let remaining = cell.count - index
        if byte >= 0xC2, byte <= 0xDF {
            guard remaining >= 2 else { return .invalid }
            let next = cell[index + 1]
            guard next & 0xC0 == 0x80 else { return .invalid }
            switch byte {
            case 0xC2:
                return next == 0xA0 ? Character(.space, 2) : .invalid
            case 0xC3:
                let offset = Int(next &- 0x80)
                let base = latin1.utf8Start[offset]
                guard base != 0x2A else { return .invalid }
                let letterCase: LetterCase = offset < 0x1F ? .upper : .lower
                switch offset & 0x1F {
                case 0x06: return Character(letter: 0x61, 0x65, count: 2, length: 2, letterCase: letterCase)  // æ → ae
                case 0x1E: return Character(letter: 0x74, 0x68, count: 2, length: 2, letterCase: letterCase)  // þ → th
                case 0x1F where offset == 0x1F:
                    return Character(letter: 0x73, 0x73, count: 2, length: 2, letterCase: .lower)  // ß → ss
                default: return Character(letter: base, count: 1, length: 2, letterCase: letterCase)
                }
            case 0xC4, 0xC5:
                let offset = Int(byte &- 0xC4) << 6 | Int(next &- 0x80)
                let base = latinExtendedA.utf8Start[offset]
                let letterCase = latinExtendedACase(offset)
                switch offset {
                case 0x32, 0x33: return Character(letter: 0x69, 0x6A, count: 2, length: 2, letterCase: letterCase)  // ĳ → ij
                case 0x52, 0x53: return Character(letter: 0x6F, 0x65, count: 2, length: 2, letterCase: letterCase)  // œ → oe
                default: return Character(letter: base, count: 1, length: 2, letterCase: letterCase)
                }
            case 0xC6...0xC9:
                return Character(letter: byte, next, count: 2, length: 2, letterCase: .none)
            case 0xCA:
                return next == 0xBC ? Character(.apostrophe, 2) : .invalid  // ʼ
            case 0xCC:
                return Character(.mark, 2)
            case 0xCD:
                return next < 0xB0 ? Character(.mark, 2) : .invalid
            default:
                return .invalid
            }
        }
        if byte == 0xE2 {
            guard remaining >= 3, cell[index + 1] == 0x80 else { return .invalid }
            switch cell[index + 2] {
            case 0x90, 0x91: return Character(.hyphen, 3)
            case 0x98, 0x99: return Character(.apostrophe, 3)
            case 0xAF: return Character(.space, 3)
            default: return .invalid
            }
        }
        if byte == 0xE1 {
            guard remaining >= 3 else { return .invalid }
            let second = cell[index + 1]
            let third = cell[index + 2]
            guard second >= 0xB8, second <= 0xBB, third & 0xC0 == 0x80 else { return .invalid }
            return Character(letter: byte, second, third, count: 3, length: 3, letterCase: .none)
        }
        return .invalid
    }

    /// Upper or lower case of a letter of U+0100…U+017F, by the block's alternation.
    @inline(__always)
    private static func latinExtendedACase(_ offset: Int) -> LetterCase {
        let even = offset & 1 == 0
        switch offset {
        case 0x00...0x37: return even ? .upper : .lower
        case 0x38: return .lower
        case 0x39...0x48: return even ? .lower : .upper
        case 0x49: return .lower
        case 0x4A...0x77: return even ? .upper : .lower
        case 0x78: return .upper
        case 0x79...0x7E: return even ? .lower : .upper
        default: return .lower
        }
    }

    /// Folds a word of a list (letters, hyphens, apostrophes) into `output`: its length, or nil when
    /// the word holds anything else.
    static func fold(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int? {
        var index = 0
        var count = 0
        while index < word.count {
            let character = character(word, at: index)
            guard count + 3 <= output.count else { return nil }
            switch character.kind {
            case .letter:
                output[count] = character.folded.0
                if character.foldedCount > 1 { output[count + 1] = character.folded.1 }
                if character.foldedCount > 2 { output[count + 2] = character.folded.2 }
                count += character.foldedCount
            case .hyphen:
                output[count] = 0x2D
                count += 1
            case .apostrophe:
                output[count] = 0x27
                count += 1
            case .mark:
                break
            case .period, .space, .comma, .invalid:
                return nil
            }
            index += character.length
        }
        return count > 0 ? count : nil
    }
}
