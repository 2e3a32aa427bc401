/// The byte-level state machine of the reader: splits a stream of ASCII-compatible bytes (UTF-8 or
/// a single-byte code page; UTF-16 arrives already transcoded) into RFC 4180 records, and in the
/// same loop tallies line endings, NUL and control bytes, invalid UTF-8 and mojibake.
///
/// Fed in chunks of any size: every state (a CR waiting for its LF, a UTF-8 sequence, a quoted
/// cell) carries over from one chunk to the next, so the outcome does not depend on where the
/// chunks are cut. Tolerant like Python's `csv` module: a quote inside an unquoted cell is
/// literal, text after a closing quote is appended to the cell, and a quote never closed makes the
/// rest of the input one cell. Cell bytes are copied into a record buffer owned by the caller,
/// except those of plain records, which stay where they are in the chunk (`readPlainRecords`);
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
    /// The longest plain record read apart from the byte loop (`readPlainRecords`): within the
    /// limits on a cell's and a record's bytes, which the loop truncates at.
    private let plainRecordLimit: Int
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
    ///   - buffer: where the bytes of records that are not plain are kept (its size is the record
    ///     limit); owned by the caller and left untouched between records.
    ///   - startOffset: the stream offset of the first byte fed (after a UTF-8 BOM: 3).
    ///   - firstLine, firstRecord: the numbers of the first line and record fed (not 1 for a
    ///     later part of a split file).
    init(dialect: Dialect, limits: ReaderLimits, buffer: UnsafeMutableBufferPointer<UInt8>, startOffset: Int,
         firstLine: Int = 1, firstRecord: Int = 1, replacementIsInvalid: Bool, sink: RecordSink?) {
        self.dialect = dialect
        self.maxFieldBytes = max(0, limits.maxFieldBytes)
        self.maxFields = max(1, limits.maxFields)
        self.plainRecordLimit = min(maxFieldBytes, buffer.count)
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
        // Made once per chunk from the words, not kept as vectors: a `SIMD16` property was read
        // lane by lane.
        let delimiterVector = SWAR.vector(delimiterWord), quoteVector = SWAR.vector(quoteWord)
        var index = isAtRecordStart ? readPlainRecords(base, from: 0, to: count, classes, delimiterVector, quoteVector) : 0
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
                if isAtRecordStart { index = readPlainRecords(base, from: index, to: count, classes, delimiterVector, quoteVector) }
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
                if isAtRecordStart {
                    index = readPlainRecords(base, from: index + 1, to: count, classes, delimiterVector, quoteVector)
                    continue
                }
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

    // MARK: - Plain records

    /// Reads the records from `start`, a record start with nothing under way (`isAtRecordStart`),
    /// while each is plain and ends in the chunk; returns where it stopped: the start of the first
    /// record left to the byte loop, or where the chunk ends.
    ///
    /// **Plain** records are most records of a file: unquoted cells of ASCII bytes (no control
    /// byte but tab), valid UTF-8 characters, and bytes 0x80 and above before an ASCII byte (the
    /// letters of a single-byte code page), ended by LF or CRLF, within the limits on cells and
    /// bytes. Read here as the loop reads them (the same records, facts and state after them),
    /// but a vector test per sixteen bytes and a look at each delimiter, where the loop went
    /// through its state machine for every cell and copied it: their cells point into the chunk,
    /// which outlives the sink's call. A record that is not plain is found so before anything is
    /// changed, and left to the loop. (Quoted cells were tried too: more instructions in all.)
    @inline(never)
    private mutating func readPlainRecords(_ base: UnsafePointer<UInt8>, from start: Int, to count: Int,
                                           _ classes: UnsafeBufferPointer<UInt8>, _ delimiterVector: SIMD16<UInt8>,
                                           _ quoteVector: SIMD16<UInt8>) -> Int {
        var index = start
        while let next = readPlainRecord(base, from: index, to: count, classes, delimiterVector, quoteVector) { index = next }
        return index
    }

    /// Reads the record at `start` if it is plain (`readPlainRecords`) and its line ends before the
    /// last sixteen bytes of the chunk; returns the index after its line end, or nil (and nothing
    /// changed but the cells stored past the record's count) when it is left to the byte loop.
    @inline(__always)
    private mutating func readPlainRecord(_ base: UnsafePointer<UInt8>, from start: Int, to count: Int,
                                          _ classes: UnsafeBufferPointer<UInt8>, _ delimiterVector: SIMD16<UInt8>,
                                          _ quoteVector: SIMD16<UInt8>) -> Int? {
        let delimiter = dialect.delimiter
        var cells = 0
        var cellStart = start
        // The first byte not yet read: the second byte of a two-byte character is skipped.
        var next = start
        // Two-byte characters that cannot take part in mojibake need no more; the other high bytes
        // are noted once the record is known to be plain: counted (lone bytes, once the examples
        // of invalid sequences are all taken) or read again in order (`noteHighBytes`).
        var sawTwoByteCharacters = false, sawSequences = false
        var lone = LoneHighBytes()
        var lineEnd = -1, isCRLF = false
        var block = start
        // Indices stay below `count`: wrapping arithmetic, without the checks for overflow.
        blocks: while block &+ 16 <= count {
            guard block &- start <= plainRecordLimit else { return nil }
            var special = SWAR.specialMask(in: UnsafeRawPointer(base + block), delimiters: delimiterVector, quotes: quoteVector)
            while special != 0 {
                let index = block &+ special.trailingZeroBitCount
                special &= special &- 1
                guard index >= next else { continue }
                let byte = base[index]
                if byte == delimiter {
                    guard cells &+ 2 <= maxFields else { return nil }
                    fields.store(Field(bytes: UnsafeBufferPointer(start: base + cellStart, count: index &- cellStart), wasQuoted: false,
                                       isTruncated: false, fullLength: index &- cellStart), at: cells)
                    cells &+= 1
                    cellStart = index &+ 1
                } else if byte == Self.lf {
                    lineEnd = index
                    break blocks
                } else if byte >= 0x80 {
                    // The byte after it is in the chunk: the line end is still to come.
                    guard index &+ 1 < count else { return nil }
                    if Self.isPlainTwoByteCharacter(byte, base[index &+ 1]) {
                        sawTwoByteCharacters = true
                        next = index &+ 2
                    } else if base[index &+ 1] < 0x80 {
                        lone.add(UTF8Validator.lone(byte))
                    } else if let sequence = Self.sequence(base, at: index, before: count) {
                        sawSequences = true
                        next = index &+ sequence.length
                    } else {
                        return nil
                    }
                } else if byte == Self.cr {
                    guard index &+ 1 < count, base[index &+ 1] == Self.lf else { return nil }
                    lineEnd = index
                    isCRLF = true
                    break blocks
                } else if classes[Int(byte)] != ByteClass.boring {
                    return nil  // a quote, a control byte, NUL or DEL
                }
            }
            block &+= 16
        }
        guard lineEnd >= 0, lineEnd &- start <= plainRecordLimit else { return nil }
        fields.store(Field(bytes: UnsafeBufferPointer(start: base + cellStart, count: lineEnd &- cellStart), wasQuoted: false,
                           isTruncated: false, fullLength: lineEnd &- cellStart), at: cells)
        cells &+= 1
        if sawTwoByteCharacters || sawSequences || lone.sequences > 0 { sawHighBytes = true }
        if sawSequences || (lone.sequences > 0 && !facts.invalidUTF8.hasAllExamples) {
            noteHighBytes(base, from: start, to: lineEnd)
        } else if lone.sequences > 0 {
            facts.invalidUTF8.recordUnplaced(lone.sequences)
            facts.highBytesOutsideUTF8 += lone.bytes
            facts.c1Bytes += lone.c1Bytes
        }
        let lineEndPosition = position(offset + lineEnd)
        if isCRLF { facts.crlfLineEndings.record(lineEndPosition) } else { facts.lfLineEndings.record(lineEndPosition) }
        recordNumber += 1
        facts.recordCount += 1
        sink?.record(Record(number: recordNumber, line: line, offset: offset + start, lineSpan: 1,
                            fields: UnsafeBufferPointer(start: fields.base, count: cells), fieldCount: cells))
        let end = isCRLF ? lineEnd &+ 2 : lineEnd &+ 1
        line += 1
        lineStart = offset + end
        return end
    }

    /// The lone high bytes of a plain record (`UTF8Validator.lone`), counted while it is read: in
    /// a Windows-1252 file, its accented letters. Once the examples of invalid sequences are all
    /// taken, these counts are all that is left to note of them.
    private struct LoneHighBytes {
        var sequences = 0
        var bytes = 0
        var c1Bytes = 0

        @inline(__always)
        mutating func add(_ sequence: UTF8Validator.InvalidSequence) {
            sequences &+= 1
            bytes &+= sequence.length
            c1Bytes &+= sequence.c1Count
        }
    }

    /// Notes the high bytes of a plain record (`readPlainRecord`) in order, as the byte loop does:
    /// a byte 0x80 and above before an ASCII byte as the invalid sequence it is (as the loop's runs
    /// do), a valid sequence as its scalar, for mojibake (as the loop's validator does); two-byte
    /// characters that cannot take part in mojibake, which the runs pass over, are passed over.
    private mutating func noteHighBytes(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) {
        var index = start
        while index < end {
            // ASCII eight bytes at a time.
            if index + 8 <= end, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & SWAR.highs == 0 {
                index += 8
            } else if base[index] < 0x80 || Self.isPlainTwoByteCharacter(base[index], base[index + 1]) {
                index += base[index] < 0x80 ? 1 : 2
            } else if base[index + 1] < 0x80 {
                noteLoneHighByte(base[index], at: offset + index)
                index += 1
            } else {
                let sequence = Self.sequence(base, at: index, before: end)!
                sequenceStart = position(offset + index)
                noteScalar(sequence.scalar, end: offset + index + sequence.length)
                index += sequence.length
            }
        }
    }

    /// The valid UTF-8 sequence of two to four bytes at `index`, all before `end`: its scalar and
    /// length, as the validator reads them; nil when the bytes there are not one.
    @inline(__always)
    private static func sequence(_ base: UnsafePointer<UInt8>, at index: Int, before end: Int) -> (scalar: UInt32, length: Int)? {
        var validator = UTF8Validator()
        var next = index
        while next < end {
            switch validator.feed(base[next]) {
            case .pending: next += 1
            case .scalar(let scalar): return (scalar, next + 1 - index)
            case .invalid: return nil
            }
        }
        return nil
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
            // The buffer holds at least one byte: its base is never nil.
            let bytes = UnsafeBufferPointer(start: buffer.baseAddress.unsafelyUnwrapped + fieldStart, count: fieldKept)
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
        // Comparisons, not `min`: the three-argument one takes a variadic rest, and the two-argument
        // one was a call per run once the loop took in `readPlainRecords`.
        let roomInCell = maxFieldBytes - fieldKept, roomInRecord = buffer.count - recordLength
        let room = roomInCell < roomInRecord ? roomInCell : roomInRecord
        let kept = count < room ? count : room
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
