/// What one pass over a file's bytes learned, independent of any rule: the raw material of the
/// `encoding.` and `structure.` checks. Every collection in it is bounded (`EventTally`).
public struct ByteFacts: Sendable, Equatable {
    /// File size in bytes.
    public var size: Int = 0
    public var byteOrderMark: ByteOrderMark?
    /// The encoding decided at the end of the pass (over the whole file, not only the sample).
    public var encoding: TextEncoding = .ascii
    /// Set when the content is not text; the records were then not read.
    public var binary: BinaryContent?

    /// Invalid UTF-8 sequences (maximal invalid subparts, one event each). In a UTF-16 file: lone
    /// surrogates (and U+FFFD characters), at their place in the transcoded stream.
    public var invalidUTF8 = EventTally()
    /// Bytes 0x80–0x9F outside valid UTF-8: present means Windows-1252 rather than ISO-8859-1.
    public var c1Bytes = 0
    /// Bytes 0x80–0xFF outside valid UTF-8.
    public var highBytesOutsideUTF8 = 0
    /// A byte 0x80 or above was seen (valid UTF-8 or not).
    public var sawHighBytes = false

    // Line endings that end records, by kind (line breaks inside quoted cells are counted apart).
    public var crlfLineEndings = EventTally()
    public var lfLineEndings = EventTally()
    public var crLineEndings = EventTally()
    /// The file ends without a line ending after its last record.
    /// Line breaks inside quoted cells (legal RFC 4180; not a line-ending inconsistency).
    public var lineBreaksInCells = 0
    public var missingFinalNewline = false

    public var nulBytes = EventTally()
    /// C0 control characters other than tab, CR and LF, and DEL (0x7F). NUL is counted apart.
    public var controlCharacters = EventTally()
    /// Valid UTF-8 that reads as text decoded twice (`Ã©`, `â‚¬`, `â€™`…).
    public var mojibake = EventTally()

    /// Quote characters inside an unquoted cell, or text right after a closing quote.
    public var strayQuotes = EventTally()
    /// A quoted cell still open at the end of the file: where its opening quote is.
    public var unclosedQuote: Position?
    /// Cells longer than the reader's limit (kept truncated).
    public var oversizedFields = EventTally()

    public var recordCount = 0
    public var lineCount = 0

    public init() {}

    /// Every tally of events.
    static var eventTallies: [WritableKeyPath<ByteFacts, EventTally>] { [
        \.invalidUTF8, \.crlfLineEndings, \.lfLineEndings, \.crLineEndings, \.nulBytes, \.controlCharacters, \.mojibake,
        \.strayQuotes, \.oversizedFields,
    ] }

    /// Empty facts whose tallies keep up to `exampleLimit` example positions each.
    public init(exampleLimit: Int) {
        for tally in ByteFacts.eventTallies {
            self[keyPath: tally] = EventTally(limit: exampleLimit)
        }
    }
}

extension ByteFacts {
    /// The encoding these facts show: UTF-8 unless some sequence is invalid, then Windows-1252 or
    /// ISO-8859-1 (UTF-16 stays what its probe found).
    func decidedEncoding(isUTF16: Bool, probed: TextEncoding) -> TextEncoding {
        isUTF16 ? probed : EncodingProbe.decide(invalidSequences: invalidUTF8.count, c1Bytes: c1Bytes, sawHighBytes: sawHighBytes,
                                                utf8BOM: byteOrderMark == .utf8)
    }

    /// Adds the facts of a later part of the same file, read by a pass that began where this one
    /// ended, between two records (`TabularPass.init(resuming:…)`), whose lines were numbered
    /// `lineShift` too low. What holds at the end of the file (a missing final newline, an
    /// unclosed quote) is the later part's.
    public mutating func absorb(_ later: ByteFacts, lineShift: Int) {
        size += later.size
        for tally in ByteFacts.eventTallies {
            self[keyPath: tally].absorb(later[keyPath: tally], lineShift: lineShift)
        }
        c1Bytes += later.c1Bytes
        highBytesOutsideUTF8 += later.highBytesOutsideUTF8
        sawHighBytes = sawHighBytes || later.sawHighBytes
        lineBreaksInCells += later.lineBreaksInCells
        missingFinalNewline = later.missingFinalNewline
        unclosedQuote = later.unclosedQuote.map { Position(offset: $0.offset, line: $0.line + lineShift, column: $0.column) }
        recordCount += later.recordCount
        lineCount += later.lineCount
        encoding = decidedEncoding(isUTF16: false, probed: encoding)
    }
}

/// Why a file was judged not to be text.
public struct BinaryContent: Sendable, Equatable {
    /// A known format recognised by its signature (`pdf`, `zip`, `xlsx/ods (zip)`, `xls`, `gzip`,
    /// `png`, `jpeg`…), or nil when the bytes are merely not text.
    public var format: String?
    /// Share of control and NUL bytes in the sample (0…1).
    public var controlShare: Double

    public init(format: String?, controlShare: Double) {
        self.format = format
        self.controlShare = controlShare
    }
}

/// What the reader decided from the sample at the start of the file, before the first record.
public struct StreamInfo: Sendable, Equatable {
    /// The encoding guessed from the sample; records' bytes are in this encoding (UTF-16 is
    /// transcoded to UTF-8 before splitting, so records are then in UTF-8).
    public var encoding: TextEncoding
    public var byteOrderMark: ByteOrderMark?
    public var dialect: Dialect

    public init(encoding: TextEncoding, byteOrderMark: ByteOrderMark?, dialect: Dialect) {
        self.encoding = encoding
        self.byteOrderMark = byteOrderMark
        self.dialect = dialect
    }

    /// The encoding the record bytes are in.
    public var recordEncoding: TextEncoding {
        switch encoding {
        case .utf16LE, .utf16BE: return .utf8
        default: return encoding
        }
    }
}

/// Receives the records of one pass, in order.
public protocol RecordSink: AnyObject {
    /// Called once, after sniffing and before the first record. Not called for binary content.
    func begin(_ info: StreamInfo)
    /// Called for every record, header and title rows included.
    func record(_ record: Record)
}

/// Limits that keep memory bounded whatever the input.
public struct ReaderLimits: Sendable {
    /// Size of the fixed read buffer.
    public var chunkSize = 1 << 20
    /// Bytes looked at to guess encoding and dialect.
    public var sampleSize = 64 << 10
    /// Bytes kept of one cell; the rest is counted, not kept.
    public var maxFieldBytes = 1 << 20
    /// Cells kept of one record; further cells are counted (`Record.fieldCount`), not kept.
    /// 16,384 is the widest sheet Excel and LibreOffice write; each cell kept costs a column
    /// profile to the checks (about 10 KB), so this also bounds their memory on wider files.
    public var maxFields = 1 << 14
    /// Bytes kept of one record; cells past it are kept empty and marked truncated.
    public var maxRecordBytes = 16 << 20
    /// How many example positions each tally keeps.
    public var examples = 10

    public init() {}
}
