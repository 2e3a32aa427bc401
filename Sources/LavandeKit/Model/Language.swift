/// The languages Lavande speaks. Every message, help text and title exists in both.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr
    case en

    /// French when `LC_ALL`, `LC_MESSAGES` or `LANG` (in that order, the first one set) starts
    /// with `fr`, English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("fr") ? .fr : .en
            }
        }
        return .en
    }
}

/// A text in French and English.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public subscript(language: Language) -> String {
        language == .fr ? fr : en
    }

    /// Applies `transform` to both languages.
    public func map(_ transform: (String) -> String) -> LocalizedText {
        LocalizedText(fr: transform(fr), en: transform(en))
    }
}
