import Foundation

/// Splits a text into the words `LicenceEntry.normalise` would give (lower case, accents removed,
/// anything but letters and digits a separator), without building the normalised string: one pass over
/// the UTF-8 bytes, ASCII and accented Latin letters folded from a table, and only the words holding
/// other letters (Greek, "œ", a decomposed accent) sent through `LicenceEntry.normalise`, so that a 1 MB
/// file costs a few milliseconds.
enum LicenceTextTokeniser {
    /// The normalised words, as strings.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        scan(text) { folded in
            result.append(String(decoding: folded, as: UTF8.self))
        } other: { word in
            result.append(contentsOf: LicenceEntry.normalise(word).split(separator: " ").map(String.init))
        }
        return result
    }

    /// The normalised words, as 64-bit FNV-1a hashes of their UTF-8 bytes (what the matcher indexes).
    static func forEachWordHash(in text: String, _ body: (UInt64) -> Void) {
        scan(text) { folded in
            body(hash(folded))
        } other: { word in
            for part in LicenceEntry.normalise(word).utf8.split(separator: UInt8(ascii: " ")) {
                body(hash(part))
            }
        }
    }

    static func hash(_ word: String) -> UInt64 { hash(word.utf8) }

    @inline(__always)
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash = fnvOffset
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* fnvPrime }
        return hash
    }

    /// What `LicenceEntry.normalise` makes of each letter of U+0080–U+024F (Latin-1 and Latin
    /// Extended: "é" → "e", "É" → "e"), when it is lower-case ASCII letters; nil for the others ("æ",
    /// "ø", "ß" as folding leaves them), which take the slow path. Computed once, with the function itself.
    private static let latinFolding: [[UInt8]?] = (0x80 ..< 0x250).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
        let folded = Array(LicenceEntry.normalise(String(Character(scalar))).utf8)
        guard !folded.isEmpty, folded.allSatisfy({ ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) }) else { return nil }
        return folded
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// Calls `word` with each word whose normalised form is known here (ASCII letters and digits, and
    /// Latin letters `latinFolding` knows), already lowered and folded, and `other` with each word holding
    /// another letter, digit or mark (as written, for `LicenceEntry.normalise`).
    private static func scan(_ text: String, word: (UnsafeBufferPointer<UInt8>) -> Void, other: (String) -> Void) {
        var text = text
        let latinFolding = Self.latinFolding
        text.withUTF8 { bytes in
            // The folded word; a word longer than the buffer takes the slow path.
            let capacity = 128
            let folded = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity + 8)
            defer { folded.deallocate() }
            var length = 0
            var start = -1
            var slow = false
            var index = 0
            let count = bytes.count

            func flush(at end: Int) {
                guard start >= 0 else { return }
                if slow {
                    other(String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< end]), as: UTF8.self))
                } else {
                    word(UnsafeBufferPointer(rebasing: folded[0 ..< length]))
                }
                length = 0
                start = -1
                slow = false
            }

            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                        if start < 0 { start = index }
                        if length < capacity { folded[length] = byte; length += 1 } else { slow = true }
                    } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                        if start < 0 { start = index }
                        if length < capacity { folded[length] = byte + 32; length += 1 } else { slow = true }
                    } else {
                        flush(at: index)
                    }
                    index += 1
                    continue
                }
                // A scalar of 2 to 4 bytes (the string is valid UTF-8).
                let size = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (size == 2 ? 0x1F : size == 3 ? 0x0F : 0x07)
                for offset in 1 ..< size where index + offset < count {
                    value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
                }
                let partOfWord: Bool
                if let scalar = Unicode.Scalar(value) {
                    let properties = scalar.properties
                    if properties.isAlphabetic || properties.numericType != nil {
                        partOfWord = true
                    } else {
                        // Marks, joiners and variation selectors extend the grapheme they follow (a
                        // decomposed "é" is one letter for `Character.isLetter`); alone they separate words.
                        switch properties.generalCategory {
                        case .nonspacingMark, .spacingMark, .enclosingMark: partOfWord = start >= 0
                        default: partOfWord = start >= 0 && (value == 0x200D || (0xFE00 ... 0xFE0F).contains(value))
                        }
                    }
                } else {
                    partOfWord = false
                }
                if partOfWord {
                    if start < 0 { start = index }
                    if !slow, value < 0x250, let latin = latinFolding[Int(value) - 0x80], length + latin.count <= capacity {
                        for byte in latin { folded[length] = byte; length += 1 }
                    } else {
                        slow = true
                    }
                } else {
                    flush(at: index)
                }
                index += size
            }
            flush(at: count)
        }
    }
}
