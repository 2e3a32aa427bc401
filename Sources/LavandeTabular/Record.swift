/// One cell of a record: its bytes as they are in the file (after quote removal and collapsing of
/// doubled quotes), in the file's encoding (see `StreamInfo.encoding`).
///
/// The bytes are only valid during the `RecordSink.record` call that handed them out.
public struct Field {
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The cell was written between quotes.
    public let wasQuoted: Bool
    /// The cell was longer than `ReaderLimits.maxFieldBytes`; `bytes` holds its beginning only.
    public let isTruncated: Bool
    /// The cell's length in the file, even when truncated.
    public let fullLength: Int

    public init(bytes: UnsafeBufferPointer<UInt8>, wasQuoted: Bool, isTruncated: Bool, fullLength: Int) {
        self.bytes = bytes
        self.wasQuoted = wasQuoted
        self.isTruncated = isTruncated
        self.fullLength = fullLength
    }

    @inlinable
    public var isEmpty: Bool { fullLength == 0 }
}

/// One record (logical row) of a delimited file, handed to a `RecordSink` during the pass.
///
/// Views into the reader's buffers, its cells and their bytes: valid only during the call that
/// received it. Plain values: handing a record on counts no reference.
public struct Record {
    /// 1-based record number, counting every record from the top of the file (title rows and the
    /// header included; the header of a file without title rows is record 1, as in frictionless).
    public let number: Int
    /// Physical line (1-based) where the record starts.
    public let line: Int
    /// Byte offset where the record starts.
    public let offset: Int
    /// Number of physical lines the record spans (more than 1 with quoted newlines).
    public let lineSpan: Int
    /// The cells, at most `ReaderLimits.maxFields` of them.
    public let fields: UnsafeBufferPointer<Field>
    /// The real number of cells, even when more than `fields` holds.
    public let fieldCount: Int

    public init(number: Int, line: Int, offset: Int, lineSpan: Int, fields: UnsafeBufferPointer<Field>, fieldCount: Int? = nil) {
        self.number = number
        self.line = line
        self.offset = offset
        self.lineSpan = lineSpan
        self.fields = fields
        self.fieldCount = fieldCount ?? fields.count
    }

    public var count: Int { fieldCount }

    /// An empty line: one empty, unquoted cell. Inlinable: a dozen observers ask it of every
    /// record, from another module.
    @inlinable
    public var isBlankLine: Bool { fields.count == 1 && fields[0].isEmpty && !fields[0].wasQuoted }

    /// Every cell is empty (an empty line, or `;;;`).
    public var isAllEmpty: Bool { fields.allSatisfy { $0.isEmpty } }
}
