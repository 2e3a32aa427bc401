/// One pass of a `TabularReader` over a file, read in steps: up to a byte offset, then on.
///
/// What lets one file be read by several threads: the pass over the start of the file stops
/// where a later part begins and says whether it stopped between two records
/// (`isAtRecordStart`); a pass over the later part (`init(resuming:…)`) starts there with the
/// dialect already known, numbering its records and lines from numbers it is given; the facts of
/// the parts then add up (`ByteFacts.absorb`). A plain pass reads everything: `read(upTo: nil)`.
public final class TabularPass<Source: ByteSource> {
    /// What the sample decided; nil for binary content (records are then not read).
    public let info: StreamInfo?
    /// Bytes of the file read so far (the offset of the next byte).
    public private(set) var offset: Int
    /// Every byte of the file has been read.
    public var isAtEnd: Bool { sourceIsExhausted && sampleRange.isEmpty }

    private var source: Source
    private var sourceIsExhausted = false
    private let chunkSize: Int
    private let startOffset: Int
    private var splitter: RecordSplitter?
    private var transcoder: UTF16Transcoder?
    /// The sample read to sniff the dialect, fed to the splitter before the rest of the source.
    private var sample: UnsafeMutableRawBufferPointer?
    private var sampleRange: Range<Int> = 0..<0
    private let chunk: UnsafeMutableRawBufferPointer
    private var record: UnsafeMutableBufferPointer<UInt8>?
    private var transcoded: UnsafeMutablePointer<UInt8>?
    private var binaryFacts: ByteFacts?

    /// A pass from the start of the file: reads the sample, decides encoding and dialect, and
    /// calls `sink.begin` (not for binary content).
    init(reader: TabularReader, source: Source, sink: RecordSink?) throws {
        self.source = source
        let limits = reader.limits
        chunkSize = max(1, limits.chunkSize)
        startOffset = 0
        chunk = .allocate(byteCount: chunkSize, alignment: 8)
        let sampleSize = max(8, limits.sampleSize)
        let sample = UnsafeMutableRawBufferPointer.allocate(byteCount: sampleSize, alignment: 8)
        self.sample = sample
        var sampled = 0
        while sampled < sampleSize {
            let count = try self.source.read(into: UnsafeMutableRawBufferPointer(rebasing: sample[sampled..<min(sampleSize, sampled + chunkSize)]))
            if count == 0 {
                sourceIsExhausted = true
                break
            }
            sampled += count
        }
        let sampleBytes = UnsafeBufferPointer(rebasing: sample.bindMemory(to: UInt8.self)[..<sampled])
        let probe = EncodingProbe(sample: sampleBytes, isWholeFile: sourceIsExhausted)
        offset = 0
        if let binary = probe.binary {
            var facts = ByteFacts(exampleLimit: limits.examples)
            facts.byteOrderMark = probe.byteOrderMark
            facts.binary = binary
            binaryFacts = facts
            info = nil
            sampleRange = 0..<sampled
            return
        }
        let textStart = probe.byteOrderMark?.length ?? 0
        sampleRange = textStart..<sampled
        offset = textStart
        let text = UnsafeBufferPointer(rebasing: sampleBytes[textStart...])
        transcoder = probe.isUTF16 ? UTF16Transcoder(bigEndian: probe.encoding == .utf16BE) : nil
        let dialect = reader.sniffDialect(text, transcoder: transcoder, isWholeFile: sourceIsExhausted)
        let info = StreamInfo(encoding: probe.encoding, byteOrderMark: probe.byteOrderMark, dialect: dialect)
        self.info = info
        sink?.begin(info)
        setUpSplitter(info: info, limits: limits, startOffset: probe.byteOrderMark == .utf8 ? 3 : 0, firstLine: 1, firstRecord: 1,
                      sink: sink)
    }

    /// A pass over a later part of a file whose dialect is known: `source` is positioned at
    /// `offset`, the first byte of a record, whose number (and line) are taken to be
    /// `firstRecord` (and `firstLine`). Not for UTF-16 files (their offsets are the transcoded
    /// stream's).
    public init(resuming source: Source, at offset: Int, info: StreamInfo, firstRecord: Int, firstLine: Int,
                limits: ReaderLimits, sink: RecordSink?) {
        precondition(info.encoding != .utf16LE && info.encoding != .utf16BE, "a UTF-16 file is not read in parts")
        self.source = source
        self.info = info
        self.offset = offset
        startOffset = offset
        chunkSize = max(1, limits.chunkSize)
        chunk = .allocate(byteCount: chunkSize, alignment: 8)
        setUpSplitter(info: info, limits: limits, startOffset: offset, firstLine: firstLine, firstRecord: firstRecord, sink: sink)
    }

    private func setUpSplitter(info: StreamInfo, limits: ReaderLimits, startOffset: Int, firstLine: Int, firstRecord: Int,
                               sink: RecordSink?) {
        let record = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, limits.maxRecordBytes))
        self.record = record
        if transcoder != nil { transcoded = .allocate(capacity: UTF16Transcoder.maxOutput(forInput: chunkSize)) }
        splitter = RecordSplitter(dialect: info.dialect, limits: limits, buffer: record, startOffset: startOffset,
                                  firstLine: firstLine, firstRecord: firstRecord,
                                  replacementIsInvalid: info.encoding == .utf16LE || info.encoding == .utf16BE, sink: sink)
    }

    deinit {
        sample?.deallocate()
        chunk.deallocate()
        record?.deallocate()
        transcoded?.deallocate()
    }

    /// Between two records: a later part may begin here.
    public var isAtRecordStart: Bool { splitter?.isAtRecordStart ?? false }

    /// The number of the next record, and the line of the next byte.
    public var next: (record: Int, line: Int) { splitter?.next ?? (1, 1) }

    /// Reads on until `end` bytes of the file have been read (or to the end of the file when nil,
    /// or when the file is shorter). Records are handed to the sink as they end.
    public func read(upTo end: Int? = nil) throws {
        let end = end ?? Int.max
        while offset < end, sampleRange.lowerBound < sampleRange.upperBound {
            let stop = min(sampleRange.upperBound, sampleRange.lowerBound + chunkSize, sampleRange.lowerBound + (end - offset))
            let piece = UnsafeRawBufferPointer(rebasing: sample![sampleRange.lowerBound..<stop])
            feed(piece.bindMemory(to: UInt8.self))
            offset += piece.count
            sampleRange = stop..<sampleRange.upperBound
        }
        while offset < end, !sourceIsExhausted {
            let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: chunk[..<min(chunkSize, end - offset)]))
            if count == 0 {
                sourceIsExhausted = true
                break
            }
            feed(UnsafeRawBufferPointer(rebasing: chunk[..<count]).bindMemory(to: UInt8.self))
            offset += count
        }
    }

    private func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard splitter != nil else { return }
        if transcoder != nil {
            let count = transcoder!.transcode(bytes, into: transcoded!)
            splitter!.consume(UnsafeBufferPointer(start: transcoded!, count: count))
        } else {
            splitter!.consume(bytes)
        }
    }

    /// Ends the pass where it stopped (the last record closed, even without a final newline) and
    /// returns its facts, `size` being the bytes this pass read. At a record start, ending a
    /// part is harmless: the next part's facts are added after (`ByteFacts.absorb`).
    public func finish() -> ByteFacts {
        if var facts = binaryFacts {
            facts.size = offset
            return facts
        }
        if transcoder != nil {
            splitter!.consume(UnsafeBufferPointer(start: transcoded!, count: transcoder!.finish(into: transcoded!)))
        }
        splitter!.finish()
        var facts = splitter!.facts
        facts.size = offset - startOffset
        facts.byteOrderMark = info!.byteOrderMark
        facts.sawHighBytes = splitter!.sawHighBytes
        facts.encoding = facts.decidedEncoding(isUTF16: transcoder != nil, probed: info!.encoding)
        return facts
    }
}
