import Foundation

/// The JSON types of cells: `object`, `array`, `geojson` (and its `topojson` format).
enum JSONShape: Sendable {
    case object
    case array
    case geojson
    case topojson

    static let geoJSONTypes: Set<String> = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
                                            "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection"]

    /// Items of the array or members of the object, or nil when the text is not of the shape.
    func itemCount(_ text: String) -> Int? {
        switch (self, JSONShape.parse(text)) {
        case let (.array, items as [Any]): return items.count
        case let (.object, object as [String: Any]): return object.count
        case let (.geojson, object as [String: Any]):
            return (object["type"] as? String).map(JSONShape.geoJSONTypes.contains) == true ? object.count : nil
        case let (.topojson, object as [String: Any]):
            return object["type"] as? String == "Topology" ? object.count : nil
        default: return nil
        }
    }

    /// The JSON value of a cell, or nil when it is not JSON.
    static func parse(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// Whether a number of `JSONSerialization` is in fact `true` or `false`.
    static func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }
}
