/// Recognises content that is not text: known file signatures, or a high share of NUL and control
/// bytes in the sample.
enum BinarySignatures {
    /// Share of NUL and control bytes (tab, CR, LF and form feed excepted) above which a sample
    /// that is not UTF-16 is judged binary.
    static let controlShareThreshold = 0.10

    private static let signatures: [(bytes: [UInt8], format: String)] = [
        (Array("%PDF".utf8), "pdf"),
        ([0x50, 0x4B, 0x03, 0x04], "zip (xlsx, ods, docx…)"),
        ([0x50, 0x4B, 0x05, 0x06], "zip (xlsx, ods, docx…)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "xls (OLE2)"),
        ([0x1F, 0x8B], "gzip"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "png"),
        ([0xFF, 0xD8, 0xFF], "jpeg"),
        (Array("GIF87a".utf8), "gif"),
        (Array("GIF89a".utf8), "gif"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z"),
        (Array("Rar!\u{1A}\u{07}".utf8), "rar"),
        ([0x42, 0x5A, 0x68], "bzip2"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd"),
        (Array("PAR1".utf8), "parquet"),
        (Array("SQLite format 3\u{0}".utf8), "sqlite"),
        ([0x7F, 0x45, 0x4C, 0x46], "elf executable"),
    ]

    /// The format whose signature starts `bytes`, if any.
    static func format(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        signatures.first { signature in
            signature.bytes.count <= bytes.count && zip(signature.bytes, bytes).allSatisfy { $0 == $1 }
        }?.format
    }

    /// Share (0…1) of NUL and control bytes in `bytes`.
    static func controlShare(of bytes: UnsafeBufferPointer<UInt8>) -> Double {
        guard !bytes.isEmpty else { return 0 }
        var controls = 0
        for byte in bytes where (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D) || byte == 0x7F {
            controls += 1
        }
        return Double(controls) / Double(bytes.count)
    }
}
