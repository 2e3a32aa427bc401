import Foundation

/// The `; key=value` parameters of a header such as `Content-Type` or `Content-Disposition`
/// (RFC 9110 §5.6.6, with RFC 8187's `key*=UTF-8''…` form), keys in lower case.
struct HeaderParameters {
    /// What comes before the first `;`, in lower case (`multipart/form-data`, `form-data`).
    var value: String
    var parameters: [String: String]

    init(_ header: String) {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in header {
            if escaped {
                current.append(character)
                escaped = false
            } else if quoted && character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        value = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
        var parameters: [String: String] = [:]
        for part in parts.dropFirst() {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let key = part[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let raw = part[part.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if key.hasSuffix("*") {
                // charset'language'percent-encoded; only UTF-8 is meaningful today.
                let pieces = raw.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if pieces.count == 3, pieces[0].lowercased() == "utf-8", let decoded = String(pieces[2]).removingPercentEncoding {
                    parameters[String(key.dropLast())] = decoded
                }
            } else if parameters[key] == nil {
                parameters[key] = raw
            }
        }
        self.parameters = parameters
    }
}
