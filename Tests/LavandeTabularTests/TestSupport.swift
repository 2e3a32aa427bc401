import LavandeTabular
import XCTest

/// A record copied out of the reader's buffers, comparable across runs.
struct CopiedRecord: Equatable {
    var number: Int
    var line: Int
    var offset: Int
    var lineSpan: Int
    var fieldCount: Int
    var cells: [[UInt8]]
    var quoted: [Bool]
    var truncated: [Bool]
    var fullLengths: [Int]

    /// The cells decoded as UTF-8 (or Latin-1 fallback), for readable assertions.
    var strings: [String] { cells.map { $0.withUnsafeBufferPointer { TextDecoding.string($0, encoding: .utf8) } } }
}

final class CollectingSink: RecordSink {
    var info: StreamInfo?
    var records: [CopiedRecord] = []
    var beginCalls = 0

    func begin(_ info: StreamInfo) {
        self.info = info
        beginCalls += 1
    }

    func record(_ record: Record) {
        records.append(CopiedRecord(
            number: record.number, line: record.line, offset: record.offset, lineSpan: record.lineSpan,
            fieldCount: record.fieldCount, cells: record.fields.map { Array($0.bytes) },
            quoted: record.fields.map(\.wasQuoted), truncated: record.fields.map(\.isTruncated),
            fullLengths: record.fields.map(\.fullLength)))
    }
}

struct ReadResult {
    var facts: ByteFacts
    var sink: CollectingSink
    var info: StreamInfo? { sink.info }
    var dialect: Dialect? { sink.info?.dialect }
    var records: [CopiedRecord] { sink.records }
    var rows: [[String]] { sink.records.map(\.strings) }
}

func read(_ bytes: [UInt8], limits: ReaderLimits = ReaderLimits(), delimiter: UInt8? = nil) throws -> ReadResult {
    var source = MemoryByteSource(bytes)
    let sink = CollectingSink()
    let facts = try TabularReader(limits: limits, declaredDelimiter: delimiter).read(&source, into: sink)
    return ReadResult(facts: facts, sink: sink)
}

func read(_ text: String, limits: ReaderLimits = ReaderLimits(), delimiter: UInt8? = nil) throws -> ReadResult {
    try read(Array(text.utf8), limits: limits, delimiter: delimiter)
}

func limits(chunk: Int = 1 << 20, sample: Int = 64 << 10, maxField: Int = 1 << 20, maxFields: Int = 1 << 14) -> ReaderLimits {
    var limits = ReaderLimits()
    limits.chunkSize = chunk
    limits.sampleSize = sample
    limits.maxFieldBytes = maxField
    limits.maxFields = maxFields
    return limits
}

/// `/work/shared/corpus`, found from this file: Tests/LavandeTabularTests/ → repository → ../shared/corpus.
func corpusFile(_ relativePath: String, file: StaticString = #filePath) throws -> String {
    let repository = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let path = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/\(relativePath)").path
    guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("corpus file missing: \(path)") }
    return path
}

func readFile(_ path: String, limits: ReaderLimits = ReaderLimits()) throws -> ReadResult {
    var source = try FileByteSource(path: path)
    let sink = CollectingSink()
    let facts = try TabularReader(limits: limits).read(&source, into: sink)
    return ReadResult(facts: facts, sink: sink)
}

func position(_ offset: Int, _ line: Int, _ column: Int) -> Position {
    Position(offset: offset, line: line, column: column)
}
