/// Compares cells with the spellings of "missing" of the catalogue without allocating, ignoring
/// case (ASCII and the Latin-1 letters of French: `NÉANT` is `néant`).
struct MissingValueMatcher {
    /// Folded tokens, grouped by byte length.
    private let tokensByLength: [[[UInt8]]]
    /// The bytes a cell that spells a token may start with, in either case: most cells (numbers,
    /// codes) are told apart by their first byte.
    private let firstBytes: ByteSet

    init(tokens: [String]) {
        let folded = tokens.map { MissingValueMatcher.fold(Array($0.utf8)) }
        var groups = [[[UInt8]]](repeating: [], count: (folded.map(\.count).max() ?? 0) + 1)
        for token in folded where !token.isEmpty { groups[token.count].append(token) }
        tokensByLength = groups
        // A token's first byte is a single-byte character or a lead byte, the same in both cases.
        firstBytes = ByteSet(folded.compactMap(\.first).flatMap { byte in
            byte >= 0x61 && byte <= 0x7A ? [byte, byte - 0x20] : [byte]
        })
    }

    /// Whether the cell spells one of the tokens.
    func matches(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cell.count < tokensByLength.count, let first = cell.first, firstBytes.contains(first) else { return false }
        return tokensByLength[cell.count].contains { token in
            var index = 0
            while index < token.count {
                var byte = cell[index]
                if byte >= 0x41 && byte <= 0x5A {
                    byte += 0x20
                } else if index > 0, cell[index - 1] == 0xC3, MissingValueMatcher.isLatinCapitalContinuation(byte) {
                    byte += 0x20
                }
                if byte != token[index] { return false }
                index += 1
            }
            return true
        }
    }

    /// Lower case for ASCII letters and for the two-byte UTF-8 capitals U+00C0–U+00DE (except ×).
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for index in result.indices {
            if result[index] >= 0x41 && result[index] <= 0x5A {
                result[index] += 0x20
            } else if index > 0, result[index - 1] == 0xC3, isLatinCapitalContinuation(result[index]) {
                result[index] += 0x20
            }
        }
        return result
    }

    private static func isLatinCapitalContinuation(_ byte: UInt8) -> Bool {
        byte >= 0x80 && byte <= 0x9E && byte != 0x97
    }
}
