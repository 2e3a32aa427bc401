/// Messages with `{placeholders}`: `"{file} is not UTF-8 (detected: {detected})"`.
/// `{{` and `}}` write literal braces.
public enum MessageTemplate {
    /// The placeholder names a template uses.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        scan(template) { piece in if case let .placeholder(name) = piece { names.append(name) } }
        return names
    }

    /// The template with every placeholder replaced; an unknown one is left as written.
    public static func render(_ template: String, values: [String: String]) -> String {
        var output = ""
        scan(template) { piece in
            switch piece {
            case let .text(text): output += text
            case let .placeholder(name): output += values[name] ?? "{\(name)}"
            }
        }
        return output
    }

    private enum Piece {
        case text(Substring)
        case placeholder(String)
    }

    private static func scan(_ template: String, _ body: (Piece) -> Void) {
        var index = template.startIndex
        var textStart = index
        while index < template.endIndex {
            let character = template[index]
            let next = template.index(after: index)
            if (character == "{" || character == "}"), next < template.endIndex, template[next] == character {
                body(.text(template[textStart..<next]))
                index = template.index(after: next)
                textStart = index
                continue
            }
            if character == "{", let close = template[next...].firstIndex(of: "}"),
               template[next..<close].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
               next < close {
                body(.text(template[textStart..<index]))
                body(.placeholder(String(template[next..<close])))
                index = template.index(after: close)
                textStart = index
                continue
            }
            index = next
        }
        body(.text(template[textStart...]))
    }
}
