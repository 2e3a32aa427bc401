/// Reads a delimited file in one streaming pass: sniffs encoding and dialect from a sample at the
/// start, then splits every record and hands it to a `RecordSink`, while gathering the `ByteFacts`
/// (line endings, invalid UTF-8, NUL and control bytes, mojibake, stray quotes…) with their byte
/// offsets, lines and columns.
///
/// Written by hand rather than on a CSV library: none gives error-tolerant streaming over raw bytes
/// with byte offsets, positions of every irregularity, and memory bounded by `ReaderLimits`
/// whatever the input (a 200 MB line or a never-closed quote included).
///
/// The pipeline, over one fixed-size buffer: `EncodingProbe` (BOM, UTF-16, binary, first guess)
/// → `UTF16Transcoder` when needed → `DialectSniffer` on the sample → `RecordSplitter` over the
/// whole stream, sample first.
public struct TabularReader: Sendable {
    public let limits: ReaderLimits
    /// A delimiter the caller knows; the sniffer then only judges quoting, title rows and header.
    public let declaredDelimiter: UInt8?

    public init(limits: ReaderLimits = ReaderLimits(), declaredDelimiter: UInt8? = nil) {
        self.limits = limits
        self.declaredDelimiter = declaredDelimiter
    }

    /// Reads `source` to its end. Calls `sink.begin` once the dialect is known, then `sink.record`
    /// for every record; for binary content, calls neither and only fills `size` and `binary`.
    public func read<S: ByteSource>(_ source: inout S, into sink: RecordSink?) throws -> ByteFacts {
        let chunkSize = max(1, limits.chunkSize)
        let sampleSize = max(8, limits.sampleSize)
        let sample = UnsafeMutableRawBufferPointer.allocate(byteCount: sampleSize, alignment: 8)
        defer { sample.deallocate() }
        var sampled = 0
        var atEnd = false
        while sampled < sampleSize {
            let room = UnsafeMutableRawBufferPointer(rebasing: sample[sampled..<min(sampleSize, sampled + chunkSize)])
            let count = try source.read(into: room)
            if count == 0 {
                atEnd = true
                break
            }
            sampled += count
        }
        let sampleBytes = UnsafeBufferPointer(rebasing: sample.bindMemory(to: UInt8.self)[..<sampled])
        let probe = EncodingProbe(sample: sampleBytes, isWholeFile: atEnd)

        if let binary = probe.binary {
            var facts = ByteFacts(exampleLimit: limits.examples)
            facts.byteOrderMark = probe.byteOrderMark
            facts.binary = binary
            facts.size = sampled + (atEnd ? 0 : try Self.drain(&source, chunkSize: chunkSize))
            return facts
        }

        let text = UnsafeBufferPointer(rebasing: sampleBytes[(probe.byteOrderMark?.length ?? 0)...])
        var transcoder = probe.isUTF16 ? UTF16Transcoder(bigEndian: probe.encoding == .utf16BE) : nil
        let dialect = sniffDialect(text, transcoder: transcoder, isWholeFile: atEnd)
        sink?.begin(StreamInfo(encoding: probe.encoding, byteOrderMark: probe.byteOrderMark, dialect: dialect))

        let record = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, limits.maxRecordBytes))
        defer { record.deallocate() }
        let transcoded = UnsafeMutablePointer<UInt8>.allocate(capacity: UTF16Transcoder.maxOutput(forInput: chunkSize))
        defer { transcoded.deallocate() }
        var splitter = RecordSplitter(dialect: dialect, limits: limits, buffer: record,
                                      startOffset: probe.byteOrderMark == .utf8 ? 3 : 0,
                                      replacementIsInvalid: probe.isUTF16, sink: sink)
        func split(_ bytes: UnsafeBufferPointer<UInt8>) {
            if transcoder != nil {
                let count = transcoder!.transcode(bytes, into: transcoded)
                splitter.consume(UnsafeBufferPointer(start: transcoded, count: count))
            } else {
                splitter.consume(bytes)
            }
        }

        var start = text.startIndex
        while start < text.endIndex {
            let end = min(text.endIndex, start + chunkSize)
            split(UnsafeBufferPointer(rebasing: text[start..<end]))
            start = end
        }
        var size = sampled
        if !atEnd {
            let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 8)
            defer { chunk.deallocate() }
            while true {
                let count = try source.read(into: chunk)
                if count == 0 { break }
                size += count
                split(UnsafeBufferPointer(rebasing: chunk.bindMemory(to: UInt8.self)[..<count]))
            }
        }
        if transcoder != nil {
            splitter.consume(UnsafeBufferPointer(start: transcoded, count: transcoder!.finish(into: transcoded)))
        }
        splitter.finish()

        var facts = splitter.facts
        facts.size = size
        facts.byteOrderMark = probe.byteOrderMark
        facts.encoding = probe.isUTF16 ? probe.encoding
            : EncodingProbe.decide(invalidSequences: facts.invalidUTF8.count, c1Bytes: facts.c1Bytes,
                                   sawHighBytes: splitter.sawHighBytes, utf8BOM: probe.byteOrderMark == .utf8)
        return facts
    }

    /// The dialect of the sample's text, transcoded first when the file is UTF-16.
    private func sniffDialect(_ text: UnsafeBufferPointer<UInt8>, transcoder: UTF16Transcoder?, isWholeFile: Bool) -> Dialect {
        let sniffer = DialectSniffer(limits: limits, declaredDelimiter: declaredDelimiter)
        guard var transcoder else { return sniffer.sniff(text, isWholeFile: isWholeFile) }
        let utf8 = UnsafeMutablePointer<UInt8>.allocate(capacity: UTF16Transcoder.maxOutput(forInput: text.count))
        defer { utf8.deallocate() }
        var count = transcoder.transcode(text, into: utf8)
        if isWholeFile { count += transcoder.finish(into: utf8 + count) }
        return sniffer.sniff(UnsafeBufferPointer(start: utf8, count: count), isWholeFile: isWholeFile)
    }

    /// Reads the rest of `source` only to learn its size.
    private static func drain<S: ByteSource>(_ source: inout S, chunkSize: Int) throws -> Int {
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 8)
        defer { chunk.deallocate() }
        var size = 0
        while true {
            let count = try source.read(into: chunk)
            if count == 0 { return size }
            size += count
        }
    }
}
