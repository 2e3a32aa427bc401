/// The value types of a Table Schema field (frictionless Table Schema v1).
public enum FieldType: String, Sendable, CaseIterable {
    case string, number, integer, boolean, date, datetime, time, year, yearmonth, duration, geopoint, geojson, object, array, any

    /// The formats the type knows besides `default` (date and time types also take `any` and
    /// `strptime` patterns such as `%d/%m/%Y`).
    var namedFormats: Set<String> {
        switch self {
        case .string: ["email", "uri", "uuid", "binary"]
        case .date, .datetime, .time: ["any"]
        case .geopoint: ["array", "object"]
        case .geojson: ["topojson"]
        default: []
        }
    }

    /// Whether the type accepts `strptime` patterns as format.
    var takesDatePatterns: Bool { self == .date || self == .datetime || self == .time }
}
