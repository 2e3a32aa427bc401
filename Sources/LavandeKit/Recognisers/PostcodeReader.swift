/// Reads French postcodes (codes postaux): five digits whose first two or three name a département
/// or territory La Poste serves — 01–95 (20 for both Corsican départements), 971–976 for the
/// overseas départements and Saint-Pierre-et-Miquelon (975; Saint-Barthélemy and Saint-Martin use
/// 971), 980 for Monaco, 986–988 for Wallis-et-Futuna, French Polynesia and New Caledonia. Other
/// codes (00…, 96…, 99…, 970…) are unknown. A postcode that lost its leading zero (`1000`) does
/// not have the shape: the caller deals with lost zeros.
enum PostcodeReader {
    /// Bytes of a postcode.
    static let length = 5

    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count == length, let code = CellBytes.number(cell, at: 0, count: 5) else { return nil }
        let territory = code / 100
        let known = switch code / 1000 {
        case 1...95: true
        case 97: (971...976).contains(territory)
        case 98: territory == 980 || (986...988).contains(territory)
        default: false
        }
        return ValueReading(problem: known ? nil : .unknownCode)
    }
}
