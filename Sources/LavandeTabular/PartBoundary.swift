/// Where a later part of a delimited file may begin, for a file read by several threads: the
/// first byte after a line feed near a given offset that seems to be outside quotes.
///
/// Only a guess: a line feed may be inside a quoted cell, and no scan that starts in the middle
/// of a file can know for sure. The pass over the part before checks it (it must end exactly
/// there, between two records: `TabularPass.isAtRecordStart`) and reads on through the part
/// when it was wrong. The guess avoids most wrong ones: from the line feed, the first quote
/// that can only be a closing one (text before it, a delimiter or line end after it) means the
/// line feed was inside a quoted cell, and the next line feed after that quote is tried instead;
/// the first quote that can only be an opening one means it was not.
public enum PartBoundary {
    /// Bytes read around each guess, at most.
    public static let window = 1 << 16

    /// A guessed record start at or after `offset` and before `offset + window`, or nil.
    public static func guess(in file: FileByteSource, near offset: Int, dialect: Dialect) throws -> Int? {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: window, alignment: 8)
        defer { buffer.deallocate() }
        let count = try file.read(at: offset, into: buffer)
        let bytes = UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[..<count])
        return guess(in: bytes, delimiter: dialect.delimiter, quote: dialect.quote).map { offset + $0 }
    }

    /// The index in `bytes` of a guessed record start, or nil.
    static func guess(in bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, quote: UInt8) -> Int? {
        let lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        func lineStart(after index: Int) -> Int? {
            bytes[index...].firstIndex(of: lf).map { $0 + 1 }
        }
        guard var candidate = lineStart(after: 0) else { return nil }
        var index = candidate
        while index < bytes.count {
            guard bytes[index] == quote else {
                index += 1
                continue
            }
            let before = index == candidate ? lf : bytes[index - 1]
            let after = index + 1 < bytes.count ? bytes[index + 1] : nil
            let mayOpen = before == delimiter || before == lf || before == cr
            let mayClose = after == delimiter || after == lf || after == cr
            if mayOpen && !mayClose { return candidate }
            if mayClose && !mayOpen {
                guard let next = lineStart(after: index) else { return nil }
                candidate = next
                index = next
                continue
            }
            // Either (`;";`) or neither (`""` inside a cell): look at the next quote.
            index += after == quote ? 2 : 1
        }
        return candidate < bytes.count ? candidate : nil
    }
}
