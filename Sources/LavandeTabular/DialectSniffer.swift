/// Guesses the dialect of a delimited file from the sample at its start.
///
/// Each candidate delimiter splits the sample's complete records (quote-aware, with the same
/// `RecordSplitter` as the full pass); the winner is the candidate whose column count is the most
/// consistent (the share of records having the modal count), not the most frequent character: a
/// tab-separated file whose text is full of `;` comes out as tab. Among equally consistent
/// candidates the one with more columns wins; a candidate that splits nothing (one column
/// everywhere) is a last resort.
struct DialectSniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    /// At most this many leading records are taken for title rows.
    static let maxTitleRows = 5

    let limits: ReaderLimits
    let declaredDelimiter: UInt8?

    /// - Parameters:
    ///   - sample: the sample's text bytes (after the BOM, transcoded to UTF-8 if UTF-16).
    ///   - isWholeFile: the sample is the whole file, so its last record is complete.
    func sniff(_ sample: UnsafeBufferPointer<UInt8>, isWholeFile: Bool) -> Dialect {
        let scored = (declaredDelimiter.map { [$0] } ?? Self.candidates).map { delimiter in
            Split(shapes: shapes(sample, delimiter: delimiter, quote: Self.doubleQuote, isWholeFile: isWholeFile),
                  delimiter: delimiter, quote: Self.doubleQuote)
        }
        let splitting = scored.filter { $0.modalCount >= 2 }
        var best: Split
        var confidenceScale = 1.0
        if let winner = splitting.max(by: { $0.isWorse(than: $1) }) {
            best = winner
        } else {
            best = scored.first { $0.delimiter == (declaredDelimiter ?? Self.candidates[0]) } ?? scored[0]
            if declaredDelimiter == nil { confidenceScale = 0.5 }  // nothing split: say so
        }
        if !sample.contains(Self.doubleQuote) && best.singleQuotesWrapCells {
            best = Split(shapes: shapes(sample, delimiter: best.delimiter, quote: Self.singleQuote, isWholeFile: isWholeFile),
                         delimiter: best.delimiter, quote: Self.singleQuote)
        }
        let titleRows = best.titleRows
        return Dialect(delimiter: best.delimiter, quote: best.quote, hasHeader: best.hasHeader(after: titleRows),
                       titleRows: titleRows, columnCount: best.modalCount, confidence: best.share * confidenceScale)
    }

    private func shapes(_ sample: UnsafeBufferPointer<UInt8>, delimiter: UInt8, quote: UInt8, isWholeFile: Bool) -> [RecordShape] {
        let collector = ShapeCollector(detailed: Self.maxTitleRows + 2, quote: Self.singleQuote)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, min(limits.maxRecordBytes, sample.count)))
        defer { buffer.deallocate() }
        var splitter = RecordSplitter(dialect: Dialect(delimiter: delimiter, quote: quote), limits: limits, buffer: buffer,
                                      startOffset: 0, replacementIsInvalid: false, sink: collector)
        splitter.consume(sample)
        // Only complete records count, unless the first record is longer than the whole sample.
        if isWholeFile || collector.shapes.isEmpty { splitter.finish() }
        return collector.shapes
    }
}

/// What the sniffer keeps of one sampled record.
struct RecordShape {
    var fieldCount: Int
    var nonEmptyCount: Int
    var isBlankLine: Bool
    /// The kind of each cell, for the first few records only (title and header detection).
    var kinds: [CellKind]
    /// Cells written between single quotes (`'abc'`) while `"` was the quote.
    var singleQuotedCells: Int
}

/// One candidate reading of the sample and its consistency.
private struct Split {
    let shapes: [RecordShape]
    let delimiter: UInt8
    let quote: UInt8
    /// The most frequent cell count among non-blank records (the larger on a tie).
    let modalCount: Int
    /// Share of non-blank records that have `modalCount` cells.
    let share: Double

    init(shapes: [RecordShape], delimiter: UInt8, quote: UInt8) {
        self.shapes = shapes
        self.delimiter = delimiter
        self.quote = quote
        var frequencies: [Int: Int] = [:]
        var total = 0
        for shape in shapes where !shape.isBlankLine {
            frequencies[shape.fieldCount, default: 0] += 1
            total += 1
        }
        let modal = frequencies.max { ($0.value, $0.key) < ($1.value, $1.key) }
        modalCount = modal?.key ?? 0
        share = total == 0 ? 0 : Double(modal?.value ?? 0) / Double(total)
    }

    /// Less consistent, or as consistent with fewer columns. On a full tie `max(by:)` keeps the
    /// first, so candidates are listed in order of preference.
    func isWorse(than other: Split) -> Bool {
        if share != other.share { return share < other.share }
        return modalCount < other.modalCount
    }

    var singleQuotesWrapCells: Bool {
        let wrapped = shapes.reduce(0) { $0 + $1.singleQuotedCells }
        return wrapped >= 2 && wrapped * 5 >= shapes.count
    }

    /// Leading records (at most 5) that hold fewer non-empty cells than the table, typically one
    /// cell of title, when the record after them has the modal count.
    var titleRows: Int {
        guard modalCount >= 2 else { return 0 }
        var count = 0
        while count < DialectSniffer.maxTitleRows && count + 1 < shapes.count {
            let shape = shapes[count]
            let isTitle = shape.nonEmptyCount < modalCount
                && (shape.nonEmptyCount <= 1 || 2 * shape.nonEmptyCount <= modalCount)
            guard isTitle else { break }
            count += 1
        }
        while count > 0 && shapes[count].fieldCount != modalCount { count -= 1 }
        return count
    }

    /// False when the header candidate looks like data: at least half of its non-empty cells are
    /// numbers or dates, and the next record has the same shape.
    func hasHeader(after titleRows: Int) -> Bool {
        guard titleRows + 1 < shapes.count else { return true }
        let header = shapes[titleRows], next = shapes[titleRows + 1]
        let dataLike = header.kinds.filter { $0 == .number || $0 == .date }.count
        guard header.nonEmptyCount > 0, 2 * dataLike >= header.nonEmptyCount, header.fieldCount == next.fieldCount else {
            return true
        }
        let sameShape = zip(header.kinds, next.kinds).allSatisfy { $0 == $1 || $0 == .empty || $1 == .empty }
        return !sameShape
    }
}

/// Collects the shapes of the sampled records.
private final class ShapeCollector: RecordSink {
    private(set) var shapes: [RecordShape] = []
    private let detailed: Int
    private let quote: UInt8

    init(detailed: Int, quote: UInt8) {
        self.detailed = detailed
        self.quote = quote
    }

    func begin(_ info: StreamInfo) {}

    func record(_ record: Record) {
        var nonEmpty = 0, singleQuoted = 0
        for field in record.fields where !field.isEmpty {
            nonEmpty += 1
            let bytes = field.bytes
            if !field.wasQuoted && bytes.count >= 2 && bytes[0] == quote && bytes[bytes.count - 1] == quote {
                singleQuoted += 1
            }
        }
        let kinds = shapes.count < detailed ? record.fields.map { CellKind(of: $0.bytes) } : []
        shapes.append(RecordShape(fieldCount: record.fieldCount, nonEmptyCount: nonEmpty, isBlankLine: record.isBlankLine,
                                  kinds: kinds, singleQuotedCells: singleQuoted))
    }
}

/// A coarse kind of cell, enough to tell a header from a data record.
enum CellKind: Equatable {
    case empty, number, date, text

    /// Numbers: `-12`, `3,5`, `1 234.50`, `12%`. Dates: `31/5/1954`, `2017-09-08`, `08.09.2017`,
    /// with an optional time after a space or `T`.
    init(of bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0, end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end else {
            self = .empty
            return
        }
        let cell = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if Self.isDate(cell) {
            self = .date
        } else if Self.isNumber(cell) {
            self = .number
        } else {
            self = .text
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isNumber(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0, digits = 0
        if cell[0] == UInt8(ascii: "-") || cell[0] == UInt8(ascii: "+") { index = 1 }
        var end = cell.count
        if cell[end - 1] == UInt8(ascii: "%") { end -= 1 }
        var previousWasDigit = false
        while index < end {
            let byte = cell[index]
            if isDigit(byte) {
                digits += 1
                previousWasDigit = true
            } else if previousWasDigit && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == 0x20) {
                previousWasDigit = false
            } else {
                return false
            }
            index += 1
        }
        return digits > 0 && previousWasDigit
    }

    private static func isDate(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        var groups = 0, digits = 0, separator: UInt8 = 0
        for byte in cell {
            if isDigit(byte) {
                digits += 1
                if digits > 4 { return false }
                continue
            }
            if groups == 2 { return digits > 0 && (byte == 0x20 || byte == UInt8(ascii: "T")) }
            let isSeparator = byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard isSeparator, digits > 0, separator == 0 || separator == byte else { return false }
            separator = byte
            groups += 1
            digits = 0
        }
        return groups == 2 && digits > 0
    }
}
