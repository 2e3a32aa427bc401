extension StringProtocol {
    /// Whether the text holds `needle`, ASCII letters compared without case, other bytes exactly.
    /// A byte search, far cheaper than Foundation's `range(of:options:)` for the searches run on
    /// every document of every dataset.
    func containsIgnoringASCIICase(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8).map(Self.lowercaseASCII)
        guard let first = pattern.first else { return true }
        let text = Array(utf8)
        guard text.count >= pattern.count else { return false }
        for start in 0...(text.count - pattern.count) where Self.lowercaseASCII(text[start]) == first {
            var index = 1
            while index < pattern.count, Self.lowercaseASCII(text[start + index]) == pattern[index] { index += 1 }
            if index == pattern.count { return true }
        }
        return false
    }

    private static func lowercaseASCII(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
