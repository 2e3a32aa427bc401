/// The value tests of Validata's custom checks. Each says why a value fails (nil when it passes),
/// with a small code that keeps the reasons of one check apart in reports.
enum CustomCheckRules {
    /// Why a value fails a custom check.
    struct Failure: Equatable {
        var code: Int
        var reason: LocalizedText
    }

    /// A SIREN: nine digits (spaces between groups allowed) with a Luhn key.
    static func siren(_ text: String) -> Failure? {
        identifier(text, validator: .siren, shape: LocalizedText(fr: "ce n'est pas un SIREN (9 chiffres)",
                                                                en: "this is not a SIREN (9 digits)"))
    }

    /// A SIRET: fourteen digits with a Luhn key, or La Poste's rule (digit sum a multiple of 5) for
    /// its establishments `356000000…` other than the head office `35600000000048`.
    static func siret(_ text: String) -> Failure? {
        identifier(text, validator: .siret, shape: LocalizedText(fr: "ce n'est pas un SIRET (14 chiffres)",
                                                                en: "this is not a SIRET (14 digits)"))
    }

    private static func identifier(_ text: String, validator: BuiltInValidator, shape: LocalizedText) -> Failure? {
        guard let reading = read(text, with: validator) else { return Failure(code: 0, reason: shape) }
        guard let problem = reading.problem else { return nil }
        return Failure(code: problem == .laPosteChecksum ? 2 : 1, reason: problem.text)
    }

    /// A French number (national `0…` or `+33…`, overseas codes included), a French short number
    /// (`15`, `115`, `3949`, `116000`), or another country's number written `+` and 8 to 15 digits.
    static func phone(_ text: String) -> Failure? {
        if let reading = read(text, with: .phoneFR), reading.problem == nil { return nil }
        let digits = text.filter(\.isASCII).filter(\.isNumber)
        let compact = text.filter { !" .-()\u{A0}".contains($0) }
        if compact == digits {
            let short = (digits.count == 2 || digits.count == 3) && digits.hasPrefix("1")
                || digits.count == 4 && (digits.hasPrefix("3") || digits.hasPrefix("10"))
                || digits.count == 6 && digits.hasPrefix("116")
            if short { return nil }
        }
        let international = compact.hasPrefix("+") ? compact.dropFirst() : compact.hasPrefix("00") ? compact.dropFirst(2) : nil
        if let international, international.allSatisfy({ $0.isASCII && $0.isNumber }), (8...15).contains(international.count),
           !international.hasPrefix("33") {
            return nil
        }
        return Failure(code: 0, reason: LocalizedText(fr: "ce n'est pas un numéro de téléphone valide",
                                                      en: "this is not a valid phone number"))
    }

    /// A point in mainland France or an overseas territory; says so when only the swapped point is.
    static func frenchPoint(_ point: GeoPoint) -> Failure? {
        if FrenchTerritory.locate(latitude: point.latitude, longitude: point.longitude) != nil { return nil }
        if FrenchTerritory.locate(latitude: point.longitude, longitude: point.latitude) != nil {
            return Failure(code: 1, reason: LocalizedText(fr: "la longitude et la latitude sont inversées",
                                                          en: "longitude and latitude are swapped"))
        }
        return Failure(code: 2, reason: LocalizedText(fr: "ce point n'est ni en France métropolitaine ni outre-mer",
                                                      en: "this point is neither in mainland France nor overseas"))
    }

    /// `YYYY/YYYY` with the second year after the first, or `YYYY` alone when allowed.
    static func yearInterval(_ text: String, allowYearOnly: Bool) -> Failure? {
        var scanner = TextScanner(text)
        guard let first = scanner.digits(4, 4) else { return yearIntervalShape(allowYearOnly) }
        if scanner.atEnd { return allowYearOnly ? nil : yearIntervalShape(allowYearOnly) }
        guard scanner.skip(UInt8(ascii: "/")), let second = scanner.digits(4, 4), scanner.atEnd else {
            return yearIntervalShape(allowYearOnly)
        }
        if first == second {
            return Failure(code: 1, reason: LocalizedText(fr: "les deux années doivent être différentes",
                                                          en: "the two years must differ"))
        }
        if first > second {
            return Failure(code: 2, reason: LocalizedText(fr: "la seconde année doit être postérieure à la première",
                                                          en: "the second year must come after the first"))
        }
        return nil
    }

    private static func yearIntervalShape(_ allowYearOnly: Bool) -> Failure {
        allowYearOnly
            ? Failure(code: 0, reason: LocalizedText(fr: "format attendu : AAAA ou AAAA/AAAA", en: "expected format: YYYY or YYYY/YYYY"))
            : Failure(code: 0, reason: LocalizedText(fr: "format attendu : AAAA/AAAA", en: "expected format: YYYY/YYYY"))
    }

    /// The comparison operators of `compare-columns-value`.
    enum Comparison: String, CaseIterable {
        case greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<=", equal = "==", different = "!="

        func holds<T: Comparable>(_ left: T, _ right: T) -> Bool {
            switch self {
            case .greater: left > right
            case .greaterOrEqual: left >= right
            case .less: left < right
            case .lessOrEqual: left <= right
            case .equal: left == right
            case .different: left != right
            }
        }
    }

    /// Compares two values: as numbers when both are, as dates when both are ISO dates or
    /// datetimes, as texts when neither is a number (Validata compares texts too).
    static func compare(_ left: String, _ comparison: Comparison, _ right: String) -> Failure? {
        let number = NumberSyntax()
        let date = TemporalSyntax(kind: .date, form: .standard)
        let holds: Bool
        if let a = number.read(left), let b = number.read(right) {
            holds = comparison.holds(a, b)
        } else if let a = date.read(left) ?? TemporalSyntax.isoDatetime(left).map(dayOrder),
                  let b = date.read(right) ?? TemporalSyntax.isoDatetime(right).map(dayOrder) {
            holds = comparison.holds(a, b)
        } else if number.read(left) == nil && number.read(right) == nil {
            holds = comparison.holds(left, right)
        } else {
            return Failure(code: 1, reason: LocalizedText(fr: "un nombre ne se compare pas à un texte",
                                                          en: "a number cannot be compared with a text"))
        }
        return holds ? nil : Failure(code: 0, reason: LocalizedText(fr: "la comparaison \(comparison.rawValue) n'est pas vérifiée",
                                                                    en: "comparison \(comparison.rawValue) does not hold"))
    }

    private static func dayOrder(_ parts: DateParts) -> Double { Double(parts.days) + parts.secondsOfDay / 86_400 }

    /// The reading of a built-in validator on `text` trimmed of spaces, as validators expect it.
    private static func read(_ text: String, with validator: BuiltInValidator) -> ValueReading? {
        var bytes = Array(text.utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed())
        return bytes.withUnsafeMutableBufferPointer { validator.read(UnsafeBufferPointer($0)) }
    }
}
