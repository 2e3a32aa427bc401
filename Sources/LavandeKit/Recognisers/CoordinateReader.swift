/// Reads coordinates: WGS 84 latitudes and longitudes in decimal degrees, and Lambert-93
/// (RGF93, EPSG:2154) eastings and northings in metres.
///
/// Degrees are plain numbers (`48.8566`, `48,8566`, `-4`), never grouped; the ordinal is the value
/// and the format tag tells the decimal separator. Lambert-93 values may be grouped (`652 345,2`).
enum CoordinateReader {
    /// The Lambert-93 extent of mainland France and Corsica with a margin at sea. Projecting the
    /// extreme points gives eastings from about 99 300 m (Ouessant, 5.14° W) to 1 239 400 m
    /// (east coast of Corsica) and northings from about 6 046 000 m (Lavezzi islands, 41.33° N)
    /// to 7 110 600 m (Bray-Dunes, 51.09° N).
    static let lambert93Eastings = 50_000.0...1_300_000.0
    static let lambert93Northings = 6_000_000.0...7_200_000.0

    /// The latitude reading of a cell read whole as `number` (with grouping allowed, as every
    /// validator shares it): degrees are never grouped (`NumberReader.plain`).
    static func latitude(_ number: WrittenNumber?) -> ValueReading? { reading(of: NumberReader.plain(number), in: -90...90) }

    /// The longitude reading of a cell read whole as `number` (with grouping allowed): degrees
    /// are never grouped.
    static func longitude(_ number: WrittenNumber?) -> ValueReading? { reading(of: NumberReader.plain(number), in: -180...180) }

    /// The Lambert-93 easting reading of a cell read whole as `number` with grouping.
    static func lambert93X(_ number: WrittenNumber?) -> ValueReading? { reading(of: number, in: lambert93Eastings) }

    /// The Lambert-93 northing reading of a cell read whole as `number` with grouping.
    static func lambert93Y(_ number: WrittenNumber?) -> ValueReading? { reading(of: number, in: lambert93Northings) }

    private static func reading(of number: WrittenNumber?, in range: ClosedRange<Double>) -> ValueReading? {
        guard let number else { return nil }
        guard range.contains(number.value) else { return ValueReading(problem: .outOfRange, format: number.formatTag) }
        return ValueReading(format: number.formatTag, ordinal: number.value)
    }
}
