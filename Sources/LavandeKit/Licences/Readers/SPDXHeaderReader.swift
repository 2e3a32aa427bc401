import Foundation

extension LicenceDocumentReader {
    /// `SPDX-License-Identifier: <expression>` lines (REUSE 3.3), after any comment marker (`#`,
    /// `//`, `<!--`…), tag compared case-insensitively. The expression stops at the first character
    /// an SPDX expression cannot hold (`-->`, `*/`, `;`, `"`…). A simple expression — no
    /// parentheses, only `OR`s or only `AND`s — gives one identifier per operand (`X WITH Y`
    /// stays one); any other expression is one identifier, as written.
    enum SPDXHeader {
        static let tag = "spdx-license-identifier:"

        /// Each identifier found in `lines` with its 1-based line.
        static func identifiers(in lines: some Sequence<Substring>) -> [(identifier: String, line: Int)] {
            var found: [(identifier: String, line: Int)] = []
            for (index, line) in lines.enumerated() {
                guard let range = line.range(of: tag, options: .caseInsensitive) else { continue }
                guard let expression = expression(in: line[range.upperBound...]) else { continue }
                found += split(expression).map { ($0, index + 1) }
            }
            return found
        }

        static func expression(in rest: Substring) -> String? {
            let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-+:() \t")
            var text = String(rest.prefix { allowed.contains($0) })
            text = text.trimmingCharacters(in: .whitespaces)
            while let last = text.last, last == "-" || last == " " { text.removeLast() }
            return text.isEmpty ? nil : text
        }

        static func split(_ expression: String) -> [String] {
            let words = expression.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !expression.contains("("), !expression.contains(")") else { return [words.joined(separator: " ")] }
            let operators = Set(words.map { $0.uppercased() }.filter { $0 == "OR" || $0 == "AND" })
            guard operators.count == 1 else { return [words.joined(separator: " ")] }
            var parts: [String] = []
            var current: [String] = []
            for word in words {
                if operators.contains(word.uppercased()) {
                    if !current.isEmpty { parts.append(current.joined(separator: " ")) }
                    current = []
                } else {
                    current.append(word)
                }
            }
            if !current.isEmpty { parts.append(current.joined(separator: " ")) }
            return parts
        }

        /// A document of the folder: the header covers that document (REUSE's meaning).
        static func read(_ text: String, document: String, into result: inout LicenceDocuments) {
            guard text.containsIgnoringASCIICase("spdx-license-identifier") else { return }
            for found in identifiers(in: LicenceDocumentReader.lines(of: text)) {
                result.declarations.append(LicenceDeclaration(source: .spdxHeader, document: document, line: found.line,
                                                              statement: .identifier(found.identifier), files: [document]))
            }
        }

        /// A data file: its first 10 lines only.
        static func read(dataFile: String, head: String, into result: inout LicenceDocuments) {
            guard head.containsIgnoringASCIICase("spdx-license-identifier") else { return }
            for found in identifiers(in: LicenceDocumentReader.lines(of: head).prefix(10)) {
                result.declarations.append(LicenceDeclaration(source: .spdxHeader, document: dataFile, line: found.line,
                                                              statement: .identifier(found.identifier), files: [dataFile]))
            }
        }
    }

    /// A REUSE `.license` sidecar (`data.csv.license`, names compared case-insensitively): its
    /// `SPDX-License-Identifier:` lines (as `SPDXHeader`) → `.reuseSidecar` declarations covering
    /// the file it annotates (`files: ["data.csv"]`), whether or not that file exists.
    enum ReuseSidecar {
        static func target(of name: String) -> String? {
            guard name.count > ".license".count, name.lowercased().hasSuffix(".license") else { return nil }
            return String(name.dropLast(".license".count))
        }

        static func read(_ text: String, document: String, target: String, into result: inout LicenceDocuments) {
            for found in SPDXHeader.identifiers(in: LicenceDocumentReader.lines(of: text)) {
                result.declarations.append(LicenceDeclaration(source: .reuseSidecar, document: document, line: found.line,
                                                              statement: .identifier(found.identifier), files: [target]))
            }
        }
    }

    /// REUSE's `LICENSES/` sub-folder, read from disk (a dataset's `documents` list only holds the
    /// files directly in the folder): one `.reuseLicenseFile` declaration per file, `.identifier`
    /// = the file name without a `.txt`/`.md`/`.markdown`/`.rst`/`.html`/`.htm` extension (only
    /// those: `CC-BY-4.0` has no extension to drop), no line, document `LICENSES/<name>`. The text
    /// is not read (the identifier is what REUSE means). Hidden files and sub-folders are left out;
    /// a `LICENSES` that is a link leading outside the folder is not followed.
    enum ReuseLicenses {
        static let folder = "LICENSES"
        private static let extensions: Set<String> = ["txt", "md", "markdown", "rst", "html", "htm"]

        static func identifier(fromFileName name: String) -> String {
            let ext = (name as NSString).pathExtension.lowercased()
            return extensions.contains(ext) ? (name as NSString).deletingPathExtension : name
        }

        static func read(_ access: FolderAccess, into result: inout LicenceDocuments) {
            guard let names = access.entries(ofFolder: folder) else { return }
            for name in names where !access.isFolder("\(folder)/\(name)") {
                let identifier = identifier(fromFileName: name)
                guard !identifier.isEmpty else { continue }
                result.declarations.append(LicenceDeclaration(source: .reuseLicenseFile, document: "\(folder)/\(name)",
                                                              statement: .identifier(identifier)))
            }
        }
    }
}
