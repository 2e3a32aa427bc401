/// French territories for coordinate checks: mainland France with Corsica, and each overseas
/// territory by bounding box.
///
/// Each box holds the territory's land, its nearby islands and a little sea, and no other
/// territory's box; some hold bits of neighbours too (Sint Maarten, the Spanish and Italian
/// borders). A point outside every box is not in France, or has its latitude and longitude swapped.
public enum FrenchTerritory: String, Sendable, CaseIterable {
    case metropole, guadeloupe, martinique, guyane, reunion, mayotte
    case saintPierreEtMiquelon = "saint-pierre-et-miquelon"
    case saintBarthelemySaintMartin = "saint-barthelemy-saint-martin"
    case polynesie
    case nouvelleCaledonie = "nouvelle-caledonie"
    case wallisEtFutuna = "wallis-et-futuna"

    /// The territory whose box holds the point (WGS 84 degrees), or nil. Asked twice of every
    /// record with coordinates (`CoordinatesCheck`): the boxes are worked out once, not an array
    /// of the cases and a box per case at every call.
    public static func locate(latitude: Double, longitude: Double) -> FrenchTerritory? {
        for (territory, box) in boxes where box.latitudes.contains(latitude) && box.longitudes.contains(longitude) {
            return territory
        }
        return nil
    }

    private static let boxes = allCases.map { ($0, $0.box) }

    /// South, north, west and east limits in degrees, from the territory's extreme points.
    var box: (latitudes: ClosedRange<Double>, longitudes: ClosedRange<Double>) {
        switch self {
        // Lavezzi islands 41.33° N to Bray-Dunes 51.09° N; Ouessant 5.14° W to Corsica 9.56° E.
        case .metropole: (41.3...51.15, -5.2...9.6)
        // Basse-Terre, Grande-Terre, Marie-Galante, Les Saintes, La Désirade.
        case .guadeloupe: (15.8...16.55, -61.85 ... -60.95)
        case .martinique: (14.35...14.9, -61.25 ... -60.78)
        // Saint-Barthélemy (17.9° N) and the French part of Saint-Martin (18.1° N).
        case .saintBarthelemySaintMartin: (17.85...18.15, -63.16 ... -62.77)
        // From the Oyapock to the Maroni, the coast and the Îles du Salut.
        case .guyane: (2.1...5.8, -54.65 ... -51.6)
        case .reunion: (-21.45 ... -20.8, 55.15...55.9)
        case .mayotte: (-13.1 ... -12.55, 44.95...45.35)
        case .saintPierreEtMiquelon: (46.7...47.2, -56.45 ... -56.1)
        // Marquesas (7.8° S) to the Austral islands (27.9° S), Scilly atoll to the Gambier islands.
        case .polynesie: (-28.0 ... -7.7, -154.8 ... -134.3)
        // Grande Terre, the Loyalty islands, Belep and the Chesterfield islands (158.2° E).
        case .nouvelleCaledonie: (-22.9 ... -17.9, 158.0...168.3)
        // Wallis (13.3° S, 176.2° W), Futuna and Alofi (14.3° S, 178.1° W).
        case .wallisEtFutuna: (-14.4 ... -13.15, -178.25 ... -176.1)
        }
    }
}
