import Foundation

/// A point on Earth, in decimal degrees.
struct GeoPoint: Sendable, Equatable {
    var longitude: Double
    var latitude: Double
}

/// The formats of `geopoint` fields: `"lon, lat"` text, a `[lon, lat]` JSON array, or a
/// `{"lon": …, "lat": …}` JSON object. Longitude must be within ±180, latitude within ±90.
enum GeoPointFormat: String, Sendable {
    case text = "default"
    case array
    case object

    func read(_ text: String) -> GeoPoint? {
        let point: GeoPoint?
        switch self {
        case .text:
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            let number = NumberSyntax()
            guard let longitude = number.read(String(parts[0])), let latitude = number.read(String(parts[1])) else { return nil }
            point = GeoPoint(longitude: longitude, latitude: latitude)
        case .array:
            guard let items = JSONShape.parse(text) as? [Any], items.count == 2,
                  let longitude = GeoPointFormat.number(items[0]), let latitude = GeoPointFormat.number(items[1]) else { return nil }
            point = GeoPoint(longitude: longitude, latitude: latitude)
        case .object:
            guard let object = JSONShape.parse(text) as? [String: Any], let longitude = object["lon"].flatMap(GeoPointFormat.number),
                  let latitude = object["lat"].flatMap(GeoPointFormat.number) else { return nil }
            point = GeoPoint(longitude: longitude, latitude: latitude)
        }
        guard let point, abs(point.longitude) <= 180, abs(point.latitude) <= 90 else { return nil }
        return point
    }

    /// A JSON number, or a string holding one (frictionless accepts both).
    private static func number(_ value: Any) -> Double? {
        if let text = value as? String { return NumberSyntax().read(text) }
        guard let number = value as? NSNumber, !JSONShape.isBoolean(number) else { return nil }
        return number.doubleValue
    }
}
