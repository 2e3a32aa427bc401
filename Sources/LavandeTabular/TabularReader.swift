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
        let pass = try start(source, sink: sink)
        try pass.read()
        return pass.finish()
    }

    /// Starts a pass over `source` (sample read, encoding and dialect decided, `sink.begin`
    /// called) to be read in steps (`TabularPass.read(upTo:)`).
    public func start<S: ByteSource>(_ source: S, sink: RecordSink?) throws -> TabularPass<S> {
        try TabularPass(reader: self, source: source, sink: sink)
    }

    /// The dialect of the sample's text, transcoded first when the file is UTF-16.
    func sniffDialect(_ text: UnsafeBufferPointer<UInt8>, transcoder: UTF16Transcoder?, isWholeFile: Bool) -> Dialect {
        let sniffer = DialectSniffer(limits: limits, declaredDelimiter: declaredDelimiter)
        guard var transcoder else { return sniffer.sniff(text, isWholeFile: isWholeFile) }
        let utf8 = UnsafeMutablePointer<UInt8>.allocate(capacity: UTF16Transcoder.maxOutput(forInput: text.count))
        defer { utf8.deallocate() }
        var count = transcoder.transcode(text, into: utf8)
        if isWholeFile { count += transcoder.finish(into: utf8 + count) }
        return sniffer.sniff(UnsafeBufferPointer(start: utf8, count: count), isWholeFile: isWholeFile)
    }
}
