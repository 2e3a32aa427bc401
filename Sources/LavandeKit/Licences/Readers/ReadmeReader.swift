import Foundation

extension LicenceDocumentReader {
    /// A README (`README`, `LISEZMOI`, with no extension or `.md`, `.markdown`, `.txt`, `.text`,
    /// `.rst`, and `README.fr.md`-like variants; case-insensitive): every section whose heading
    /// (Markdown `#`…`######`, or a line underlined with `===` / `---`; headings inside ``` or ~~~
    /// fences do not count) is a licence heading → its body, trimmed, at most 500 characters, as
    /// `.name`, on the heading's line. The body runs to the next heading of the same or a higher
    /// level. Licence headings, compared without case, accents, trailing `:`/`#`: starting with
    /// the word licence, license, licences, licenses, licensing or licencing ("Licence des
    /// données", "License / Licence"); "Droits" or starting with "Droits " ("Droits
    /// d'utilisation"); starting with "Conditions de réutilisation". An empty section gives nothing.
    enum Readme {
        static let maximumLength = 500

        static func isCandidate(_ name: String) -> Bool {
            let lower = name.lowercased()
            let ext = (lower as NSString).pathExtension
            let stem = (lower as NSString).deletingPathExtension
            if LicenceFile.textExtensions.contains(ext), stem == "readme" || stem == "lisezmoi" { return true }
            if lower == "readme" || lower == "lisezmoi" { return true }
            guard LicenceFile.textExtensions.contains(ext) else { return false }
            return ["readme", "lisezmoi"].contains { base in ["-", "_", "."].contains { stem.hasPrefix(base + $0) } }
        }

        static func isLicenceHeading(_ heading: String) -> Bool {
            var folded = TextFolding.fold(heading)
            while let last = folded.last, last == ":" || last == "#" || last.isWhitespace { folded.removeLast() }
            let words = folded.split(whereSeparator: { !$0.isLetter })
            guard let first = words.first else { return false }
            if ["licence", "license", "licences", "licenses", "licensing", "licencing"].contains(first) { return true }
            if first == "droits" { return true }
            return folded.hasPrefix("conditions de reutilisation")
        }

        private struct Heading {
            var index: Int
            var level: Int
            var text: String
            /// The first line of the body.
            var bodyStart: Int
        }

        static func read(_ text: String, document: String, into result: inout LicenceDocuments) {
            let lines = LicenceDocumentReader.lines(of: text)
            let headings = headings(in: lines)
            for (position, heading) in headings.enumerated() where isLicenceHeading(heading.text) {
                let end = headings[(position + 1)...].first { $0.level <= heading.level }?.index ?? lines.count
                guard heading.bodyStart < end else { continue }
                var body = lines[heading.bodyStart..<end].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                guard !body.isEmpty else { continue }
                if body.count > maximumLength {
                    body = String(body.prefix(maximumLength)).trimmingCharacters(in: .whitespacesAndNewlines)
                }
                result.declarations.append(LicenceDeclaration(source: .readme, document: document, line: heading.index + 1,
                                                              statement: .name(body)))
            }
        }

        private static func headings(in lines: [Substring]) -> [Heading] {
            var headings: [Heading] = []
            var fence: Character?
            var index = 0
            while index < lines.count {
                let line = lines[index]
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if let marker = fence {
                    if trimmed.hasPrefix(String(repeating: marker, count: 3)) { fence = nil }
                    index += 1
                    continue
                }
                if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                    fence = trimmed.first
                    index += 1
                    continue
                }
                let hashes = trimmed.prefix { $0 == "#" }.count
                if (1...6).contains(hashes), line.prefix(while: { $0 == " " }).count < 4 {
                    let rest = trimmed.dropFirst(hashes)
                    if rest.isEmpty || rest.first == " " || rest.first == "\t" {
                        headings.append(Heading(index: index, level: hashes, text: String(rest), bodyStart: index + 1))
                        index += 1
                        continue
                    }
                }
                if !trimmed.isEmpty, index + 1 < lines.count, let level = underline(lines[index + 1]),
                   index == 0 || lines[index - 1].trimmingCharacters(in: .whitespaces).isEmpty || isHeading(headings, index - 1) {
                    headings.append(Heading(index: index, level: level, text: trimmed, bodyStart: index + 2))
                    index += 2
                    continue
                }
                index += 1
            }
            return headings
        }

        private static func isHeading(_ headings: [Heading], _ index: Int) -> Bool {
            headings.last.map { $0.bodyStart - 1 == index } ?? false
        }

        /// 1 for a `===` underline, 2 for `---`.
        private static func underline(_ line: Substring) -> Int? {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.count >= 2 else { return nil }
            if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
            if trimmed.allSatisfy({ $0 == "-" }) { return 2 }
            return nil
        }
    }
}
