import Foundation

/// Turns a path a client sent (a multipart file name, a zip entry) into a safe path inside the
/// dataset folder, or refuses it. No path from a request reaches the filesystem otherwise.
public enum UploadPath {
    /// Longest path component, in UTF-8 bytes (ext4's limit).
    static let maxComponentBytes = 255
    static let maxPathBytes = 1_024

    /// The path, `/`-separated and in Unicode NFC, or `UploadError.unsafePath`. Backslashes are
    /// read as separators (zips made by some Windows tools), so `..\x` is refused like `../x`.
    public static func sanitise(_ raw: String) throws(UploadError) -> String {
        let normalised = raw.replacingOccurrences(of: "\\", with: "/").precomposedStringWithCanonicalMapping
        guard !normalised.hasPrefix("/") else { throw .unsafePath("absolute path refused: \(shown(raw))") }
        if normalised.count >= 2, normalised.dropFirst().first == ":", normalised.first!.isLetter {
            throw .unsafePath("absolute path refused: \(shown(raw))")
        }
        let components = normalised.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.isEmpty else { throw .unsafePath("empty file name: \(shown(raw))") }
        for component in components {
            try checkComponent(component, in: raw)
        }
        let path = components.joined(separator: "/")
        guard path.utf8.count <= maxPathBytes else { throw .unsafePath("path longer than \(maxPathBytes) bytes: \(shown(raw))") }
        return path
    }

    /// A dataset or publisher name, used as a folder name: one safe component.
    public static func name(_ raw: String, field: String) throws(UploadError) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        guard !trimmed.isEmpty else { throw .invalidField("\(field) is empty") }
        guard !trimmed.contains("/"), !trimmed.contains("\\") else { throw .invalidField("\(field) must not hold / or \\: \(shown(raw))") }
        guard trimmed.count <= 200 else { throw .invalidField("\(field) is longer than 200 characters") }
        do {
            try checkComponent(trimmed, in: raw)
        } catch {
            throw .invalidField("\(field) is not a valid name: \(shown(raw))")
        }
        guard !trimmed.hasPrefix(".") else { throw .invalidField("\(field) must not start with a dot: \(shown(raw))") }
        return trimmed
    }

    private static func checkComponent(_ component: String, in raw: String) throws(UploadError) {
        guard component != ".", component != ".." else { throw .unsafePath("path leaving the dataset folder refused: \(shown(raw))") }
        guard component.utf8.count <= maxComponentBytes else { throw .unsafePath("file name longer than \(maxComponentBytes) bytes: \(shown(raw))") }
        guard !component.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .unsafePath("control character in a file name: \(shown(raw))")
        }
    }

    /// The name as it may be echoed in a message: quoted, control characters escaped, cut.
    static func shown(_ raw: String) -> String {
        let escaped = raw.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        return "\"" + (escaped.count > 120 ? String(escaped.prefix(120)) + "…" : escaped) + "\""
    }
}
