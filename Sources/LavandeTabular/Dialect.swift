/// How a delimited file is written: the delimiter, the quote character, and where the header is.
public struct Dialect: Sendable, Equatable {
    /// One of `,` `;` tab `|`.
    public var delimiter: UInt8
    /// `"` (RFC 4180) or `'`.
    public var quote: UInt8
    /// Whether the first record after `titleRows` is a header.
    public var hasHeader: Bool
    /// How many records above the header look like a title (fewer non-empty cells than the table).
    public var titleRows: Int
    /// The modal number of cells per record in the sample.
    public var columnCount: Int
    /// 0…1: the share of sampled records that have `columnCount` cells (1 when every record agrees).
    public var confidence: Double

    public init(delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\""), hasHeader: Bool = true,
                titleRows: Int = 0, columnCount: Int = 1, confidence: Double = 0) {
        self.delimiter = delimiter
        self.quote = quote
        self.hasHeader = hasHeader
        self.titleRows = titleRows
        self.columnCount = columnCount
        self.confidence = confidence
    }

    /// The delimiter as people write it: `,` `;` `tab` `|`.
    public var delimiterName: String {
        delimiter == 0x09 ? "tab" : String(UnicodeScalar(delimiter))
    }
}
