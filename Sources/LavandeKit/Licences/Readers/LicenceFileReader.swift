import Foundation

extension LicenceDocumentReader {
    /// Licence files: `LICENSE`, `LICENCE`, `COPYING`, `UNLICENSE`, with no extension or `.md`,
    /// `.markdown`, `.txt`, `.text`, `.rst`, and `LICENSE-xxx` / `LICENCE_xxx` / `LICENSE.fr.md`
    /// variants (not `.pdf`, `.html`, office or data files), names compared case-insensitively.
    /// The whole text (decoded, BOM removed) → `.text`, source `.licenceFile`, no line; an empty
    /// file is reported unreadable ("is empty").
    enum LicenceFile {
        static let textExtensions: Set<String> = ["", "md", "markdown", "txt", "text", "rst"]
        private static let stems: Set<String> = ["license", "licence", "copying", "unlicense"]
        private static let notText: Set<String> = ["pdf", "html", "htm", "doc", "docx", "odt", "rtf", "json", "jsonld", "csv",
                                                   "tsv", "xml", "zip", "png", "jpg", "jpeg", "license", "yaml", "yml", "toml"]

        static func isCandidate(_ name: String) -> Bool {
            let lower = name.lowercased()
            let ext = (lower as NSString).pathExtension
            if textExtensions.contains(ext), stems.contains((lower as NSString).deletingPathExtension) { return true }
            if stems.contains(lower) { return true }
            guard !notText.contains(ext) else { return false }
            return stems.contains { stem in ["-", "_", "."].contains { lower.hasPrefix(stem + $0) } }
        }

        static func read(_ text: String, document: String, into result: inout LicenceDocuments) {
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                result.unreadable.append((document, "\(document) is empty"))
                return
            }
            result.declarations.append(LicenceDeclaration(source: .licenceFile, document: document, statement: .text(text)))
        }
    }
}
