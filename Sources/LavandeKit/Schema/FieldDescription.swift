import Foundation

/// How messages describe what a field expects, and a value to show as a fix: the value found
/// rewritten when Lavande can tell what was meant (`05/12/2016` → `2016-12-05`, `100000,1` →
/// `100000.1`), else a made-up valid value.
enum FieldDescription {
    /// Schema texts quoted in messages (patterns, formats, bounds) are cut to this many characters.
    static let quotedLength = 80

    /// `text`, cut with "…" when longer than `limit` characters: a hostile schema cannot make messages huge.
    static func shortened(_ text: String, limit: Int = quotedLength) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    /// "date as YYYY-MM-DD", "number, decimal separator \".\""…
    static func expectation(_ field: SchemaField) -> LocalizedText {
        switch field.reader.syntax {
        case let .string(format):
            switch format {
            case .plain: return LocalizedText(fr: "texte", en: "text")
            case .email: return LocalizedText(fr: "adresse e-mail", en: "e-mail address")
            case .uri: return LocalizedText(fr: "URI complète, avec son schéma (https://…)", en: "full URI, with its scheme (https://…)")
            case .uuid: return LocalizedText(fr: "UUID (8-4-4-4-12 chiffres hexadécimaux)", en: "UUID (8-4-4-4-12 hexadecimal digits)")
            case .binary: return LocalizedText(fr: "données en base64", en: "base64 data")
            }
        case let .number(number) where number.integer:
            return LocalizedText(fr: "nombre entier", en: "whole number")
        case let .number(number):
            var text = LocalizedText(fr: "nombre, séparateur décimal « \(number.decimalChar) »",
                                     en: "number, decimal separator \"\(number.decimalChar)\"")
            if !number.groupChar.isEmpty {
                text.fr += ", séparateur de milliers « \(number.groupChar) »"
                text.en += ", thousands separator \"\(number.groupChar)\""
            }
            return text
        case let .boolean(trueValues, falseValues):
            let yes = trueValues.sorted().joined(separator: " / ")
            let no = falseValues.sorted().joined(separator: " / ")
            return LocalizedText(fr: "booléen (vrai : \(yes) ; faux : \(no))", en: "boolean (true: \(yes); false: \(no))")
        case let .temporal(temporal):
            return temporalExpectation(temporal)
        case .year: return LocalizedText(fr: "année sur quatre chiffres", en: "four-digit year")
        case .yearmonth: return LocalizedText(fr: "année et mois AAAA-MM", en: "year and month YYYY-MM")
        case .duration: return LocalizedText(fr: "durée ISO 8601 (P1Y2M3DT4H)", en: "ISO 8601 duration (P1Y2M3DT4H)")
        case let .geopoint(format):
            switch format {
            case .text: return LocalizedText(fr: "point « longitude, latitude »", en: "point \"longitude, latitude\"")
            case .array: return LocalizedText(fr: "point [longitude, latitude]", en: "point [longitude, latitude]")
            case .object: return LocalizedText(fr: "point {\"lon\": …, \"lat\": …}", en: "point {\"lon\": …, \"lat\": …}")
            }
        case let .json(shape):
            switch shape {
            case .object: return LocalizedText(fr: "objet JSON", en: "JSON object")
            case .array: return LocalizedText(fr: "tableau JSON", en: "JSON array")
            case .geojson: return LocalizedText(fr: "objet GeoJSON", en: "GeoJSON object")
            case .topojson: return LocalizedText(fr: "objet TopoJSON", en: "TopoJSON object")
            }
        case .any: return LocalizedText(fr: "toute valeur", en: "any value")
        }
    }

    private static func temporalExpectation(_ temporal: TemporalSyntax) -> LocalizedText {
        switch (temporal.form, temporal.kind) {
        case let (.pattern(pattern), kind):
            let noun: LocalizedText = switch kind {
            case .date: LocalizedText(fr: "date", en: "date")
            case .datetime: LocalizedText(fr: "date et heure", en: "date and time")
            case .time: LocalizedText(fr: "heure", en: "time")
            }
            let written = shortened(pattern.written)
            return LocalizedText(fr: "\(noun.fr) au format \(written)", en: "\(noun.en) in the format \(written)")
        case (.standard, .date): return LocalizedText(fr: "date AAAA-MM-JJ", en: "date YYYY-MM-DD")
        case (.standard, .datetime):
            return LocalizedText(fr: "date et heure AAAA-MM-JJThh:mm:ss", en: "date and time YYYY-MM-DDThh:mm:ss")
        case (.standard, .time): return LocalizedText(fr: "heure hh:mm:ss", en: "time hh:mm:ss")
        case (.any, .date): return LocalizedText(fr: "date", en: "date")
        case (.any, .datetime): return LocalizedText(fr: "date et heure", en: "date and time")
        case (.any, .time): return LocalizedText(fr: "heure hh:mm", en: "time hh:mm")
        }
    }

    /// The value found, rewritten as the field expects it when that is clear; else a valid example.
    static func example(for field: SchemaField, found value: String) -> String {
        switch field.reader.syntax {
        case let .string(format):
            switch format {
            case .plain: return value
            case .email: return "nom@exemple.fr"
            case .uri: return value.contains(":") ? "https://www.exemple.fr/" : "https://" + value
            case .uuid: return "123e4567-e89b-12d3-a456-426614174000"
            case .binary: return "TGF2YW5kZQ=="
            }
        case let .number(number):
            return rewrittenNumber(value, number) ?? (number.integer ? "42" : "1234" + number.decimalChar + "5")
        case let .boolean(trueValues, falseValues):
            return [trueValues.sorted().first, falseValues.sorted().first].compactMap { $0 }.joined(separator: " / ")
        case let .temporal(temporal):
            return shortened(rewrittenDate(value, temporal) ?? sampleValue(temporal))
        case .year: return "2024"
        case .yearmonth: return "2024-01"
        case .duration: return "P1DT2H"
        case let .geopoint(format):
            switch format {
            case .text: return "2.3522, 48.8566"
            case .array: return "[2.3522, 48.8566]"
            case .object: return "{\"lon\": 2.3522, \"lat\": 48.8566}"
            }
        case let .json(shape):
            switch shape {
            case .object: return "{\"cle\": \"valeur\"}"
            case .array: return "[\"a\", \"b\"]"
            case .geojson: return "{\"type\": \"Point\", \"coordinates\": [2.3522, 48.8566]}"
            case .topojson: return "{\"type\": \"Topology\", \"objects\": {}, \"arcs\": []}"
            }
        case .any: return value
        }
    }

    /// `100 000,5` → `100000.5`, `12.0` → `12` in an integer field: spaces dropped, the other decimal mark swapped.
    private static func rewrittenNumber(_ value: String, _ number: NumberSyntax) -> String? {
        var text = value.filter { !$0.isWhitespace && $0 != "\u{202F}" }
        if number.integer {
            if let dot = text.firstIndex(where: { $0 == "." || $0 == "," }), text[text.index(after: dot)...].allSatisfy({ $0 == "0" }) {
                text = String(text[..<dot])
            }
        } else {
            let other = number.decimalChar == "," ? "." : ","
            if !text.contains(number.decimalChar) { text = text.replacingOccurrences(of: other, with: number.decimalChar) }
        }
        return text != value && number.read(text) != nil ? text : nil
    }

    /// A date written in another common form (`05/12/2016`), written in the field's form.
    private static func rewrittenDate(_ value: String, _ temporal: TemporalSyntax) -> String? {
        guard temporal.kind == .date,
              let days = TemporalSyntax(kind: .date, form: .any).read(value) else { return nil }
        let iso = CivilCalendar.isoDate(daysSince1970: days)
        switch temporal.form {
        case .standard: return iso
        case let .pattern(pattern):
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            return parts.count == 3 ? format(pattern, year: parts[0], month: parts[1], day: parts[2]) : nil
        case .any: return nil
        }
    }

    private static func sampleValue(_ temporal: TemporalSyntax) -> String {
        switch (temporal.form, temporal.kind) {
        case let (.pattern(pattern), _): return sample(pattern)
        case (_, .date): return "2024-01-31"
        case (_, .datetime): return "2024-01-31T13:45:00"
        case (_, .time): return "13:45:00"
        }
    }

    /// 31 January 2024, 13:45:00, written with `pattern`.
    private static func sample(_ pattern: DatePattern) -> String {
        format(pattern, year: 2024, month: 1, day: 31)
    }

    private static func format(_ pattern: DatePattern, year: Int, month: Int, day: Int) -> String {
        var text = ""
        for token in pattern.tokens {
            switch token {
            case let .literal(byte): text.unicodeScalars.append(UnicodeScalar(byte))
            case .spaces: text += " "
            case let .directive(directive):
                switch UnicodeScalar(directive) {
                case "Y": text += String(format: "%04d", year)
                case "y": text += String(format: "%02d", year % 100)
                case "m": text += String(format: "%02d", month)
                case "d": text += String(format: "%02d", day)
                case "H": text += "13"
                case "I": text += "01"
                case "M": text += "45"
                case "S": text += "00"
                case "f": text += "000000"
                case "j": text += String(format: "%03d", CivilCalendar.daysSince1970(year: year, month: month, day: day)
                                         - CivilCalendar.daysSince1970(year: year, month: 1, day: 1) + 1)
                case "p": text += "PM"
                case "b": text += String(DateParts.monthNames[month - 1].prefix(3)).capitalized
                case "B": text += DateParts.monthNames[month - 1].capitalized
                case "a", "A":
                    let days = CivilCalendar.daysSince1970(year: year, month: month, day: day)
                    let name = DateParts.dayNames[((days + 3) % 7 + 7) % 7].capitalized
                    text += directive == UInt8(ascii: "a") ? String(name.prefix(3)) : name
                case "z": text += "+0100"
                default: text += "UTC"
                }
            }
        }
        return text
    }
}
