import LavandeTabular

/// Fuzz target of the streaming reader: any bytes are a file to check.
///
/// Each input is read four times by `TabularReader` from memory, with a sink that copies every
/// field (so the address sanitizer sees every byte the reader hands out) and checks what `Record`
/// and `Field` promise: with the limits the engine uses, then with tight limits that make fields,
/// records and the sniffing sample overflow; each time with one chunk per read and again with
/// chunks of 1 to 7 bytes, which must give the same records, stream info and facts (the reader's
/// promise that the outcome does not depend on where reads are cut). Then the whole engine checks
/// the bytes as a file with the default rules (`EngineRun`).
///
/// A broken promise stops the run with `fatalError`, which libFuzzer reports as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // The choices below depend on the input only, so that every crash replays.
    let smallChunk = 1 + size % 7
    // The engine's limits, but for a record buffer cut to what the input can fill (UTF-16 grows by
    // half when transcoded, a dangling byte becomes a 3-byte U+FFFD): the same outcome, without
    // allocating (and poisoning) 16 MiB per read.
    var engineLimits = ReaderLimits()
    engineLimits.examples = 5
    engineLimits.maxRecordBytes = min(engineLimits.maxRecordBytes, 2 * size + 8)
    readTwice(bytes, limits: engineLimits, delimiter: nil, smallChunk: smallChunk)

    var tight = ReaderLimits()
    tight.sampleSize = 8 + size % 97
    tight.maxFieldBytes = size % 11
    tight.maxFields = 1 + size % 6
    tight.maxRecordBytes = 1 + size % 43
    tight.examples = size % 3
    let delimiters: [UInt8?] = [nil, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
    readTwice(bytes, limits: tight, delimiter: delimiters[size % delimiters.count], smallChunk: smallChunk)

    EngineRun.check(bytes, variant: size)
    return 0
}

/// Reads `bytes` in one chunk, then in chunks of `smallChunk` bytes, and requires the same outcome.
private func readTwice(_ bytes: [UInt8], limits: ReaderLimits, delimiter: UInt8?, smallChunk: Int) {
    var whole = limits
    whole.chunkSize = max(1, bytes.count)
    var cut = limits
    cut.chunkSize = smallChunk
    let reference = read(bytes, limits: whole, delimiter: delimiter)
    let chunked = read(bytes, limits: cut, delimiter: delimiter)
    guard chunked == reference else {
        fatalError("chunks of \(smallChunk) bytes change the outcome:\n\(chunked)\nagainst one chunk:\n\(reference)")
    }
}

/// What one read gave, comparable across reads.
private struct Outcome: Equatable {
    var facts: ByteFacts
    var info: StreamInfo?
    var records: [CopiedRecord]
}

private func read(_ bytes: [UInt8], limits: ReaderLimits, delimiter: UInt8?) -> Outcome {
    var source = MemoryByteSource(bytes)
    let sink = CheckingSink(limits: limits)
    let facts: ByteFacts
    do {
        facts = try TabularReader(limits: limits, declaredDelimiter: delimiter).read(&source, into: sink)
    } catch {
        fatalError("reading from memory threw \(error)")
    }
    require(facts.size == bytes.count, "facts.size \(facts.size) for \(bytes.count) bytes")
    if facts.binary != nil {
        require(sink.info == nil && sink.records.isEmpty, "binary content was handed to the sink")
    } else {
        require(sink.info != nil, "sink.begin was not called")
        require(facts.recordCount == sink.records.count, "facts.recordCount \(facts.recordCount), \(sink.records.count) records")
    }
    return Outcome(facts: facts, info: sink.info, records: sink.records)
}

/// A record copied out of the reader's buffers.
private struct CopiedRecord: Equatable {
    var number: Int
    var line: Int
    var offset: Int
    var lineSpan: Int
    var fieldCount: Int
    var cells: [[UInt8]]
    var quoted: [Bool]
    var truncated: [Bool]
    var fullLengths: [Int]
}

/// Copies every field of every record (and decodes it, as the engine does for headers and
/// examples), checking the promises of `RecordSink`, `Record` and `Field` on the way.
private final class CheckingSink: RecordSink {
    let limits: ReaderLimits
    private(set) var info: StreamInfo?
    private(set) var records: [CopiedRecord] = []

    init(limits: ReaderLimits) { self.limits = limits }

    func begin(_ info: StreamInfo) {
        require(self.info == nil, "sink.begin called twice")
        self.info = info
    }

    func record(_ record: Record) {
        guard let info else { fatalError("a record before sink.begin") }
        require(record.number == records.count + 1, "record \(record.number) after \(records.count) records")
        if let previous = records.last {
            require(record.offset > previous.offset, "record offset \(record.offset) after \(previous.offset)")
            require(record.line >= previous.line + previous.lineSpan - 1, "record line \(record.line) inside the previous record")
        }
        require(record.line >= 1 && record.lineSpan >= 1 && record.offset >= 0, "record position \(record.line)/\(record.lineSpan)/\(record.offset)")
        require(record.fields.count == min(record.fieldCount, max(1, limits.maxFields)),
                "\(record.fields.count) fields kept of \(record.fieldCount) (limit \(limits.maxFields))")
        var kept = 0
        for field in record.fields {
            require(field.bytes.count <= max(0, limits.maxFieldBytes), "field of \(field.bytes.count) bytes kept")
            require(field.isTruncated == (field.fullLength > field.bytes.count),
                    "field truncated: \(field.isTruncated), \(field.bytes.count) of \(field.fullLength) bytes kept")
            kept += field.bytes.count
            _ = TextDecoding.string(field, encoding: info.recordEncoding)
        }
        require(kept <= max(1, limits.maxRecordBytes), "record of \(kept) bytes kept")
        records.append(CopiedRecord(number: record.number, line: record.line, offset: record.offset, lineSpan: record.lineSpan,
                                    fieldCount: record.fieldCount, cells: record.fields.map { Array($0.bytes) },
                                    quoted: record.fields.map(\.wasQuoted), truncated: record.fields.map(\.isTruncated),
                                    fullLengths: record.fields.map(\.fullLength)))
    }
}

/// Stops the run (a crash for libFuzzer) when a promise is broken.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
