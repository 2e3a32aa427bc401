/// The byte-level state machine of the reader: splits a stream of ASCII-compatible bytes (UTF-8 or
/// a single-byte code page; UTF-16 arrives already transcoded) into RFC 4180 records, and in the
/// same loop tallies line endings, NUL and control bytes, invalid UTF-8 and mojibake.
///
/// Fed in chunks of any size: every state (a CR waiting for its LF, a UTF-8 sequence, a quoted
/// cell) carries over from one chunk to the next, so the outcome does not depend on where the
/// chunks are cut. Tolerant like Python's `csv` module: a quote inside an unquoted cell is
/// literal, text after a closing quote is appended to the cell, and a quote never closed makes the
/// rest of the input one cell. Cell bytes are copied into a record buffer owned by the caller;
/// cells and records beyond the limits are truncated, never grown.
struct RecordSplitter {
    private enum State { case recordStart, fieldStart, unquoted, quoted, quoteInQuoted }

    /// Byte classes of the 256-entry table; `boring` bytes need nothing but copying.
    private enum ByteClass {
        static let boring: UInt8 = 0, delimiter: UInt8 = 1, quote: UInt8 = 2, carriageReturn: UInt8 = 3
        static let lineFeed: UInt8 = 4, nul: UInt8 = 5, control: UInt8 = 6, high: UInt8 = 7
    }

    private static let cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    private let dialect: Dialect
    private let classes: [UInt8]
    private let delimiterWord: UInt64
    private let quoteWord: UInt64
    private let maxFieldBytes: Int
    private let maxFields: Int
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private let sink: RecordSink?
    /// UTF-16 input: a U+FFFD in the transcoded stream stands for a lone surrogate.
    private let replacementIsInvalid: Bool

    /// The facts gathered so far (complete after `finish()`).
    private(set) var facts: ByteFacts
    /// A byte 0x80 or above was seen.
    private(set) var sawHighBytes = false

    // Where the reader is.
    private var offset: Int
    private var line: Int
    private var lineStart: Int
    private var pendingCR = false
    /// The pending CR is inside a quoted cell: a line break in a value, not a record end.
    private var pendingCRInCell = false
    private var crPosition = Position(offset: 0, line: 0, column: 0)
    private var lastByte: UInt8?

    // UTF-8 validation and mojibake.
    private var validator = UTF8Validator()
    private var sequenceStart = Position(offset: 0, line: 0, column: 0)
    private var mojibake = MojibakeDetector()

    // The record being read.
    private var state = State.recordStart
    private var recordNumber: Int
    private var recordOffset = 0
    private var recordLine = 0
    /// The cells of the record being read: `fieldCount` of them (at most `maxFields`) at
    /// `fields.base`, reused from one record to the next.
    private let fields: FieldStorage
    private var fieldCount = 0
    private var recordLength = 0
    private var fieldStart = 0
    private var fieldKept = 0
    private var fieldLength = 0
    private var fieldQuoted = false
    private var fieldPosition = Position(offset: 0, line: 0, column: 0)
    private var openingQuote = Position(offset: 0, line: 0, column: 0)

    /// - Parameters:
    ///   - buffer: where record bytes are kept (its size is the record limit); owned by the caller
    ///     and left untouched between records.
    ///   - startOffset: the stream offset of the first byte fed (after a UTF-8 BOM: 3).
    ///   - firstLine, firstRecord: the numbers of the first line and record fed (not 1 for a
    ///     later part of a split file).
    init(dialect: Dialect, limits: ReaderLimits, buffer: UnsafeMutableBufferPointer<UInt8>, startOffset: Int,
         firstLine: Int = 1, firstRecord: Int = 1, replacementIsInvalid: Bool, sink: RecordSink?) {
        self.dialect = dialect
        self.maxFieldBytes = max(0, limits.maxFieldBytes)
        self.maxFields = max(1, limits.maxFields)
        self.buffer = buffer
        self.sink = sink
        self.replacementIsInvalid = replacementIsInvalid
        self.offset = startOffset
        self.lineStart = startOffset
        self.line = firstLine
        self.recordNumber = firstRecord - 1
        self.facts = ByteFacts(exampleLimit: limits.examples)
        self.fields = FieldStorage()
        var classes = [UInt8](repeating: ByteClass.boring, count: 256)
        for byte in 0..<0x20 { classes[byte] = ByteClass.control }
        classes[0x09] = ByteClass.boring
        classes[0x7F] = ByteClass.control
        for byte in 0x80..<0x100 { classes[byte] = ByteClass.high }
        classes[0x00] = ByteClass.nul
        classes[Int(Self.cr)] = ByteClass.carriageReturn
        classes[Int(Self.lf)] = ByteClass.lineFeed
        classes[Int(dialect.delimiter)] = ByteClass.delimiter
        classes[Int(dialect.quote)] = ByteClass.quote
        self.classes = classes
        self.delimiterWord = UInt64(dialect.delimiter) &* SWAR.ones
        self.quoteWord = UInt64(dialect.quote) &* SWAR.ones
    }

    /// Between two records: no cell, line ending or UTF-8 sequence is under way.
    var isAtRecordStart: Bool { state == .recordStart && !pendingCR && validator.isIdle }

    /// The number of the next record, and of the line where the next byte is.
    var next: (record: Int, line: Int) { (recordNumber + 1, line) }

    /// Reads the next bytes of the stream.
    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        let table = classes
        table.withUnsafeBufferPointer { classes in scan(base, chunk.count, classes) }
        offset += chunk.count
        lastByte = chunk[chunk.count - 1]
    }

    /// Ends the stream: closes the last record (even without a final newline, even inside an
    /// unclosed quote) and completes the line facts.
    mutating func finish() {
        if let broken = validator.finish() { invalid(broken) }
        if pendingCR {
            pendingCR = false
            recordLineEnding(.cr, at: crPosition, inCell: pendingCRInCell)
            line += 1
        }
        let endsWithNewline = lastByte == Self.cr || lastByte == Self.lf
        if state != .recordStart {
            if state == .quoted { facts.unclosedQuote = openingQuote }
            endRecord(lastLine: endsWithNewline ? line - 1 : line)
        }
        facts.missingFinalNewline = lastByte != nil && !endsWithNewline
        facts.lineCount = facts.crlfLineEndings.count + facts.lfLineEndings.count + facts.crLineEndings.count
            + facts.lineBreaksInCells + (facts.missingFinalNewline ? 1 : 0)
    }

    // MARK: - The loop

    @inline(__always)
    private mutating func scan(_ base: UnsafePointer<UInt8>, _ count: Int, _ classes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        // Made once per chunk from the words, not kept as vectors: a `SIMD16` property was read
        // lane by lane.
        let delimiterVector = SWAR.vector(delimiterWord), quoteVector = SWAR.vector(quoteWord)
        while index < count {
            let byte = base[index]
            let at = offset + index
            if !validator.isIdle {
                switch validator.feed(byte) {
                case .pending:
                    content(byte, at: at)
                    index += 1
                    continue
                case .scalar(let scalar):
                    noteScalar(scalar, end: at + 1)
                    content(byte, at: at)
                    index += 1
                    continue
                case .invalid(let broken, _):
                    invalid(broken)  // the byte broke the sequence: read it afresh below
                }
            }
            if pendingCR && resolveCR(byte, at: at) {
                index += 1
                continue
            }
            switch classes[Int(byte)] {
            case ByteClass.boring:
                // The first byte of a cell starts the run too: a cell of plain bytes is one run.
                enterContent(at: at)
                var start = index
                while true {
                    let end = endOfPlainRun(base, from: start + 1, to: count, classes, delimiterVector, quoteVector)
                    appendRun(base + start, end - start)
                    index = end
                    // A delimiter then a plain byte, as between most cells: both are read here, as
                    // the loop would read them, without its other tests (no UTF-8 sequence and no
                    // CR are pending after a run).
                    guard end + 1 < count, base[end] == dialect.delimiter, classes[Int(base[end + 1])] == ByteClass.boring else { break }
                    delimiter(at: offset + end)
                    enterContent(at: offset + end + 1)
                    start = end + 1
                }
                continue
            case ByteClass.high:
                sawHighBytes = true
                sequenceStart = position(at)
                if case .invalid(let broken, _) = validator.feed(byte) { invalid(broken) }
                content(byte, at: at)
            case ByteClass.delimiter:
                delimiter(at: at)
            case ByteClass.quote:
                quote(at: at)
            case ByteClass.carriageReturn:
                pendingCR = true
                pendingCRInCell = state == .quoted
                crPosition = position(at)
                newline(byte, at: at)
            case ByteClass.lineFeed:
                recordLineEnding(.lf, at: position(at), inCell: state == .quoted)
                newline(byte, at: at)
                line += 1
                lineStart = at + 1
            case ByteClass.nul:
                facts.nulBytes.record(position(at))
                content(byte, at: at)
            default:
                facts.controlCharacters.record(position(at))
                content(byte, at: at)
            }
            index += 1
        }
    }

    /// The end (exclusive) of the run of plain bytes starting at `start`: boring bytes, sixteen at
    /// a time up to the first byte that may not be (`SWAR.firstSpecialByte(in:)`), eight at a time
    /// near the end of the chunk, then one by one; two-byte UTF-8 characters that cannot take
    /// part in mojibake (`é`, `à`, `ç`…), which need no further look; and a byte 0x80 or above
    /// before an ASCII one, a letter of a single-byte code page (`é` in Windows-1252), noted as
    /// the invalid sequence of one byte it is to UTF-8 (`noteLoneHighByte`).
    @inline(__always)
    private mutating func endOfPlainRun(_ base: UnsafePointer<UInt8>, from start: Int, to count: Int,
                                        _ classes: UnsafeBufferPointer<UInt8>, _ delimiterVector: SIMD16<UInt8>,
                                        _ quoteVector: SIMD16<UInt8>) -> Int {
        var end = start
        while true {
            var foundSpecialByte = false
            while end + 16 <= count {
                let first = SWAR.firstSpecialByte(in: UnsafeRawPointer(base + end), delimiters: delimiterVector, quotes: quoteVector)
                end += first
                if first < 16 {
                    foundSpecialByte = true
                    break
                }
            }
            while !foundSpecialByte && end + 8 <= count {
                let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
                let first = SWAR.firstSpecialByte(word, delimiterWord: delimiterWord, quoteWord: quoteWord)
                end += first
                if first < 8 { break }
            }
            while end < count && classes[Int(base[end])] == ByteClass.boring { end += 1 }
            // Most runs end at a delimiter, a quote or a line end: one test.
            guard end + 1 < count, base[end] >= 0x80 else { return end }
            if Self.isPlainTwoByteCharacter(base[end], base[end + 1]) {
                sawHighBytes = true
                end += 2
            } else if base[end + 1] < 0x80 {
                noteLoneHighByte(base[end], at: offset + end)
                end += 1
            } else {
                return end
            }
        }
    }

    /// A byte 0x80 or above followed by one below it, read with no UTF-8 sequence under way: the
    /// invalid sequence of that byte alone (`UTF8Validator.lone`), as the validator tells the loop
    /// that reads it byte by byte.
    @inline(__always)
    private mutating func noteLoneHighByte(_ byte: UInt8, at: Int) {
        sawHighBytes = true
        sequenceStart = position(at)
        invalid(UTF8Validator.lone(byte))
    }

    /// A valid two-byte UTF-8 character that is neither a mojibake lead (`Ã` `Â` `â`) nor a possible
    /// mojibake follower (U+0080–U+00BF, U+0140–U+017F, ƒ, ˆ, ˜).
    @inline(__always)
    private static func isPlainTwoByteCharacter(_ lead: UInt8, _ next: UInt8) -> Bool {
        guard lead >= 0xC3 && lead <= 0xDF && next & 0xC0 == 0x80 else { return false }
        switch lead {
        case 0xC3: return next != 0x82 && next != 0x83 && next != 0xA2
        case 0xC5, 0xC6, 0xCB: return false
        default: return true
        }
    }

    // MARK: - Structure

    private enum LineEnding { case lf, crlf, cr }

    /// Line endings that end records are tallied by kind; those inside quoted cells are only
    /// counted (they are part of a value, whatever their kind). The kind is a case, not a key
    /// path: writing through a key path cost about 90 instructions more per line.
    @inline(__always)
    private mutating func recordLineEnding(_ kind: LineEnding, at position: Position, inCell: Bool) {
        if inCell {
            facts.lineBreaksInCells += 1
            return
        }
        switch kind {
        case .lf: facts.lfLineEndings.record(position)
        case .crlf: facts.crlfLineEndings.record(position)
        case .cr: facts.crLineEndings.record(position)
        }
    }

    /// A byte after a CR: the LF of a CRLF (consumed here, returns true), or the first byte of the
    /// line after a lone CR (returns false: read it as usual).
    @inline(__always)
    private mutating func resolveCR(_ byte: UInt8, at: Int) -> Bool {
        pendingCR = false
        line += 1
        lineStart = at
        guard byte == Self.lf else {
            recordLineEnding(.cr, at: crPosition, inCell: pendingCRInCell)
            return false
        }
        recordLineEnding(.crlf, at: crPosition, inCell: pendingCRInCell)
        lineStart = at + 1
        if state == .quoted { appendByte(byte) }
        return true
    }

    @inline(__always)
    private mutating func content(_ byte: UInt8, at: Int) {
        enterContent(at: at)
        appendByte(byte)
    }

    /// A byte of content at `at`: the state moves into a cell (`.unquoted`, or stays `.quoted`).
    @inline(__always)
    private mutating func enterContent(at: Int) {
        switch state {
        case .recordStart:
            beginRecord(at: at)
            state = .unquoted
        case .fieldStart:
            state = .unquoted
        case .quoteInQuoted:
            facts.strayQuotes.record(position(at))
            state = .unquoted
        case .unquoted, .quoted:
            break
        }
    }

    /// A delimiter: it ends the cell, or is part of a quoted one. Inlined, as `endField`, into the
    /// loop and its reading of a delimiter between two runs: called from both, they were no longer
    /// inlined, and the splitter took more instructions than before that reading.
    @inline(__always)
    private mutating func delimiter(at: Int) {
        switch state {
        case .quoted:
            appendByte(dialect.delimiter)
            return
        case .recordStart:
            beginRecord(at: at)
        case .fieldStart, .unquoted, .quoteInQuoted:
            break
        }
        endField()
        fieldPosition = position(at + 1)
    }

    private mutating func quote(at: Int) {
        switch state {
        case .recordStart, .fieldStart:
            if state == .recordStart { beginRecord(at: at) }
            state = .quoted
            fieldQuoted = true
            openingQuote = position(at)
        case .unquoted:
            facts.strayQuotes.record(position(at))
            appendByte(dialect.quote)
        case .quoted:
            state = .quoteInQuoted
        case .quoteInQuoted:
            appendByte(dialect.quote)
            state = .quoted
        }
    }

    /// A CR or LF not taken by a pending CR: inside quotes it is cell content, elsewhere it ends
    /// the record (an empty line is a record of one empty cell).
    private mutating func newline(_ byte: UInt8, at: Int) {
        switch state {
        case .quoted:
            appendByte(byte)
            return
        case .recordStart:
            beginRecord(at: at)
        case .fieldStart, .unquoted, .quoteInQuoted:
            break
        }
        endRecord(lastLine: line)
    }

    private mutating func beginRecord(at: Int) {
        recordOffset = at
        recordLine = line
        state = .fieldStart
        fieldPosition = position(at)
    }

    @inline(__always)
    private mutating func endField() {
        if fieldCount < maxFields {
            let truncated = fieldLength > fieldKept
            if truncated { facts.oversizedFields.record(fieldPosition) }
            let bytes = UnsafeBufferPointer(start: buffer.baseAddress.map { $0 + fieldStart }, count: fieldKept)
            fields.store(Field(bytes: bytes, wasQuoted: fieldQuoted, isTruncated: truncated, fullLength: fieldLength), at: fieldCount)
        }
        fieldCount += 1
        fieldStart = recordLength
        fieldKept = 0
        fieldLength = 0
        fieldQuoted = false
        state = .fieldStart
    }

    private mutating func endRecord(lastLine: Int) {
        endField()
        recordNumber += 1
        facts.recordCount += 1
        sink?.record(Record(number: recordNumber, line: recordLine, offset: recordOffset, lineSpan: lastLine - recordLine + 1,
                            fields: UnsafeBufferPointer(start: fields.base, count: min(fieldCount, maxFields)),
                            fieldCount: fieldCount))
        fieldCount = 0
        recordLength = 0
        fieldStart = 0
        state = .recordStart
    }

    // MARK: - Cell bytes

    @inline(__always)
    private mutating func appendByte(_ byte: UInt8) {
        fieldLength += 1
        if fieldKept < maxFieldBytes && recordLength < buffer.count && fieldCount < maxFields {
            buffer[recordLength] = byte
            recordLength += 1
            fieldKept += 1
        }
    }

    @inline(__always)
    private mutating func appendRun(_ start: UnsafePointer<UInt8>, _ count: Int) {
        fieldLength += count
        guard fieldCount < maxFields else { return }
        // Two-argument `min`s: the three-argument one takes a variadic rest, and was a call per run.
        let kept = min(min(count, maxFieldBytes - fieldKept), buffer.count - recordLength)
        guard kept > 0, let base = buffer.baseAddress else { return }
        let target = base + recordLength
        if kept <= 32 {
            SWAR.copy(start, to: target, count: kept)  // cheaper than a memmove call
        } else {
            target.update(from: start, count: kept)
        }
        recordLength += kept
        fieldKept += kept
    }

    // MARK: - Encoding facts

    @inline(__always)
    private func position(_ at: Int) -> Position {
        Position(offset: at, line: line, column: at - lineStart + 1)
    }

    private mutating func invalid(_ broken: UTF8Validator.InvalidSequence) {
        facts.invalidUTF8.record(sequenceStart)
        facts.highBytesOutsideUTF8 += broken.length
        facts.c1Bytes += broken.c1Count
    }

    @inline(__always)
    private mutating func noteScalar(_ scalar: UInt32, end: Int) {
        if let start = mojibake.note(scalar, start: sequenceStart.offset, end: end) {
            facts.mojibake.record(Position(offset: start, line: line, column: start - lineStart + 1))
        }
        if replacementIsInvalid && scalar == 0xFFFD { facts.invalidUTF8.record(sequenceStart) }
    }
}

/// Tests on eight bytes at once ("SIMD within a register"), and on sixteen in a vector register.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Copies `count` bytes a word at a time, the last word overlapping the one before it (and
    /// likewise with four and two bytes for shorter runs): no byte outside either range is read or
    /// written. The ranges must not overlap.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        @inline(__always) func move<Word: FixedWidthInteger>(_: Word.Type, at offset: Int) {
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: Word.self), toByteOffset: offset, as: Word.self)
        }
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                move(UInt64.self, at: offset)
                offset += 8
            }
            move(UInt64.self, at: count - 8)
        } else if count >= 4 {
            move(UInt32.self, at: 0)
            move(UInt32.self, at: count - 4)
        } else if count >= 2 {
            move(UInt16.self, at: 0)
            move(UInt16.self, at: count - 2)
        } else if count == 1 {
            target[0] = source[0]
        }
    }

    /// The place (0–7, in memory order) of the first byte of `word` that may not be boring: 0x80
    /// or above, below 0x20 (a tab is, though boring), DEL, the delimiter or the quote
    /// (`delimiterWord`/`quoteWord`: that byte repeated eight times); 8 when there is none. Exact:
    /// the borrows that make the zero-byte test give false positives only run towards higher
    /// bytes, so its lowest set bit is a true one (little-endian loads).
    @inline(__always)
    static func firstSpecialByte(_ word: UInt64, delimiterWord: UInt64, quoteWord: UInt64) -> Int {
        let below = (word &- ones &* 0x20) & ~word
        let delimiter = word ^ delimiterWord, quote = word ^ quoteWord, del = word ^ (ones &* 0x7F)
        let zeros = ((delimiter &- ones) & ~delimiter) | ((quote &- ones) & ~quote) | ((del &- ones) & ~del)
        return ((word | below | zeros) & highs).littleEndian.trailingZeroBitCount >> 3
    }

    /// Sixteen bytes: `word` twice.
    @inline(__always)
    static func vector(_ word: UInt64) -> SIMD16<UInt8> {
        unsafeBitCast(SIMD2<UInt64>(repeating: word), to: SIMD16<UInt8>.self)
    }

    /// `firstSpecialByte(_:delimiterWord:quoteWord:)` on the sixteen bytes at `bytes` (0–15, or 16
    /// when none is special), with the delimiter and the quote repeated in `delimiters` and
    /// `quotes`: one SSE2 register on x86-64. Exact without the borrows of a word: lanes do not
    /// borrow from one another.
    ///
    /// **Why arithmetic, not `.==`.** With this toolchain the standard library's lane comparisons
    /// (`.==`, `.<`) compile to a loop over the sixteen lanes, while wrapping arithmetic and
    /// bitwise operations on `SIMD16<UInt8>` compile to one instruction each (`psubb`, `pandn`,
    /// `por`): a lane is zero when subtracting 1 sets a high bit that the lane did not have. The
    /// two halves of the result are then read as words, as in the eight-byte test.
    @inline(__always)
    static func firstSpecialByte(in bytes: UnsafeRawPointer, delimiters: SIMD16<UInt8>, quotes: SIMD16<UInt8>) -> Int {
        let lanes = bytes.loadUnaligned(as: SIMD16<UInt8>.self)
        let one = SIMD16<UInt8>(repeating: 1)
        let delimiter = lanes ^ delimiters, quote = lanes ^ quotes
        // High bit of a lane: the delimiter, the quote, below 0x20 (for lanes below 0x80), DEL
        // and above (0x7F + 1 is 0x80), or 0x80 and above.
        let flags = ((delimiter &- one) & ~delimiter) | ((quote &- one) & ~quote)
            | ((lanes &- SIMD16(repeating: 0x20)) & ~lanes) | (lanes &+ one) | lanes
        let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
        let low = halves[0].littleEndian & highs
        if low != 0 { return low.trailingZeroBitCount >> 3 }
        return 8 + ((halves[1].littleEndian & highs).trailingZeroBitCount >> 3)
    }
}
