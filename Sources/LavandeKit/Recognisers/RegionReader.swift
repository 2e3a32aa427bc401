/// Reads INSEE région codes: two digits, valid when a current région uses them (since 2016):
/// 01 Guadeloupe, 02 Martinique, 03 Guyane, 04 La Réunion, 06 Mayotte, 11 Île-de-France,
/// 24 Centre-Val de Loire, 27 Bourgogne-Franche-Comté, 28 Normandie, 32 Hauts-de-France, 44 Grand
/// Est, 52 Pays de la Loire, 53 Bretagne, 75 Nouvelle-Aquitaine, 76 Occitanie, 84
/// Auvergne-Rhône-Alpes, 93 Provence-Alpes-Côte d'Azur, 94 Corse. Other pairs of digits (including
/// the pre-2016 codes) are unknown.
enum RegionReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count == 2, let code = CellBytes.number(cell, at: 0, count: 2) else { return nil }
        let known = switch code {
        case 1, 2, 3, 4, 6, 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94: true
        default: false
        }
        return ValueReading(problem: known ? nil : .unknownCode)
    }
}
