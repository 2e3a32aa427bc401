import Foundation

/// Folds text for comparisons people expect to ignore case and accents: `Département` and
/// `departement` fold to the same text.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
