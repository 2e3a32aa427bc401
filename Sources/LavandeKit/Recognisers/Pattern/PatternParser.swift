/// A pattern parsed into a syntax tree, with what `BytePattern` and `CellPattern` need to know of it.
struct ParsedPattern {
    var root: PatternNode
    /// ASCII case folding applies (`(?i)` at the start or the `caseInsensitive` option).
    var foldsCase: Bool
    /// `\d \D \w \W` appear: ICU gives them Unicode meanings the byte matcher keeps for ASCII.
    var usesUnicodeClasses: Bool
    /// The same pattern for NSRegularExpression, with each `$` written `\z` so that both engines
    /// end a match only at the very end of the input.
    var icuSource: String
}

/// How `\d \w \D \W` read non-ASCII scalars.
enum ClassReading {
    /// `\d` is `[0-9]`, `\w` is `[A-Za-z0-9_]`, `\D` and `\W` their complements over all scalars:
    /// ICU's meaning on ASCII input.
    case ascii
    /// A reading that accepts at least whatever ICU's Unicode classes accept: `\d` and `\w` also take
    /// any non-ASCII scalar, and `\D` and `\W` inside a negated class take none. A cell this reading
    /// rejects is rejected by ICU too.
    case widened
}

/// Reads the regular-expression syntax of the supported subset (ICU syntax, as NSRegularExpression
/// takes it) into a `PatternNode` tree.
///
/// Supported: literals (any Unicode scalar), `.`, the escapes `\d \D \w \W \s \S \t \n \r \f \a \e
/// \uXXXX \xhh \x{h…}` and `\` before ASCII punctuation, bracket classes (ranges, negation, escapes,
/// non-ASCII members), groups `( )` and `(?: )`, `|`, the quantifiers `? * + {n} {n,} {n,m}` and their
/// lazy forms, the anchors `^ $ \A \z`, and `(?i)` at the very start (ASCII case folding). An
/// unbounded lazy quantifier over something that can match empty is left out: ICU gives it another
/// meaning (it ends the loop after an empty iteration, so `^(?:|b)+?$` does not match "bb").
/// Everything else ICU accepts throws `PatternError.unsupported`; what ICU refuses throws
/// `PatternError.invalid` when the parser is sure of it, else `unsupported` so that ICU decides.
struct PatternParser {
    /// Deepest nesting of groups, so that parsing and compiling cannot overflow the stack.
    static let maxGroupDepth = 100
    /// Largest repetition count read; larger ones go to NSRegularExpression.
    static let maxCount = 100_000

    private let scalars: [Unicode.Scalar]
    private let reading: ClassReading
    private var index = 0
    private var foldsCase: Bool
    private var usesUnicodeClasses = false
    private var endAnchorIndices: Set<Int> = []

    private init(_ pattern: String, caseInsensitive: Bool, reading: ClassReading) {
        scalars = Array(pattern.unicodeScalars)
        foldsCase = caseInsensitive
        self.reading = reading
    }

    static func parse(_ pattern: String, caseInsensitive: Bool, reading: ClassReading) throws -> ParsedPattern {
        var parser = PatternParser(pattern, caseInsensitive: caseInsensitive, reading: reading)
        return try parser.parsePattern()
    }

    // MARK: - Structure

    private mutating func parsePattern() throws -> ParsedPattern {
        guard !scalars.isEmpty else { throw PatternError.invalid("empty pattern (ICU refuses it)") }
        if scalars.starts(with: "(?i)".unicodeScalars) {
            foldsCase = true
            index = 4
        }
        let root = try parseAlternation(depth: 0)
        if index < scalars.count {
            throw PatternError.invalid("unbalanced ')' at offset \(index)")
        }
        var icuSource = ""
        for (offset, scalar) in scalars.enumerated() {
            if endAnchorIndices.contains(offset) {
                icuSource += "\\z"
            } else {
                icuSource.unicodeScalars.append(scalar)
            }
        }
        return ParsedPattern(root: root, foldsCase: foldsCase, usesUnicodeClasses: usesUnicodeClasses, icuSource: icuSource)
    }

    private mutating func parseAlternation(depth: Int) throws -> PatternNode {
        guard depth <= Self.maxGroupDepth else {
            throw PatternError.unsupported("groups nested more than \(Self.maxGroupDepth) deep")
        }
        var branches = [try parseSequence(depth: depth)]
        while peek() == "|" {
            index += 1
            branches.append(try parseSequence(depth: depth))
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseSequence(depth: Int) throws -> PatternNode {
        var items: [PatternNode] = []
        while let scalar = peek(), scalar != "|", scalar != ")" {
            let start = index
            let atom = try parseAtom(depth: depth)
            guard let (min, max, lazy) = try parseQuantifier() else {
                items.append(atom)
                continue
            }
            switch atom {
            case .startAnchor, .endAnchor:
                throw PatternError.unsupported("quantifier on an anchor at offset \(start)")
            case _ where lazy && max == nil && atom.minLength == 0:
                // ICU stops such a loop after an empty iteration without trying the others:
                // `^(?:|b)+?$` does not match "bb" there. Leave it to ICU.
                throw PatternError.unsupported("lazy unbounded quantifier over what can match empty at offset \(start)")
            default:
                items.append(.repetition(atom, min: min, max: max))
            }
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .sequence(items)
        }
    }

    private mutating func parseAtom(depth: Int) throws -> PatternNode {
        let start = index
        let scalar = scalars[index]
        index += 1
        switch scalar {
        case "(":
            if peek() == "?" {
                guard peek(at: 1) == ":" else {
                    throw PatternError.unsupported("group construct '(?' at offset \(start) (only '(?:' and a leading '(?i)' are handled)")
                }
                index += 2
            }
            let inner = try parseAlternation(depth: depth + 1)
            guard peek() == ")" else { throw PatternError.invalid("missing ')' for the group at offset \(start)") }
            index += 1
            return inner
        case "[":
            return try parseClass(start: start)
        case ".":
            return .scalars(.dot)
        case "^":
            return .startAnchor
        case "$":
            endAnchorIndices.insert(start)
            return .endAnchor
        case "\\":
            switch try parseEscape(inClass: false, negatedClass: false) {
            case .scalar(let value): return try literal(value)
            case .set(let set): return .scalars(set)
            case .startAnchor: return .startAnchor
            case .endAnchor: return .endAnchor
            }
        case "*", "+", "?":
            throw PatternError.invalid("quantifier '\(scalar)' with nothing to repeat at offset \(start)")
        case "{", "}":
            throw PatternError.invalid("unescaped '\(scalar)' at offset \(start)")
        default:
            return try literal(scalar.value)
        }
    }

    /// A quantifier after an atom, as (min, max, lazy), or nil when none follows.
    private mutating func parseQuantifier() throws -> (Int, Int?, Bool)? {
        guard let scalar = peek() else { return nil }
        let start = index
        let bounds: (Int, Int?)
        switch scalar {
        case "*": bounds = (0, nil)
        case "+": bounds = (1, nil)
        case "?": bounds = (0, 1)
        case "{": bounds = try parseCountedQuantifier()
        default: return nil
        }
        if scalar != "{" { index += 1 }
        switch peek() {
        case "?":
            index += 1
            if let next = peek(), "*+?{".unicodeScalars.contains(next) {
                throw PatternError.unsupported("quantifier after a lazy quantifier at offset \(index)")
            }
            return (bounds.0, bounds.1, true)
        case "+":
            throw PatternError.unsupported("possessive quantifier at offset \(start)")
        case "*", "{":
            throw PatternError.invalid("quantifier following a quantifier at offset \(index)")
        default:
            return (bounds.0, bounds.1, false)
        }
    }

    /// `{n}`, `{n,}` or `{n,m}`; leaves the index after `}`.
    private mutating func parseCountedQuantifier() throws -> (Int, Int?) {
        let start = index
        index += 1
        let malformed = PatternError.invalid("malformed {…} quantifier at offset \(start)")
        guard let min = try parseCount() else { throw malformed }
        var max: Int? = min
        if peek() == "," {
            index += 1
            max = try parseCount()
        }
        guard peek() == "}" else { throw malformed }
        index += 1
        if let max, max < min {
            throw PatternError.invalid("{\(min),\(max)} has its bounds reversed at offset \(start)")
        }
        return (min, max)
    }

    private mutating func parseCount() throws -> Int? {
        var value = 0
        var digits = 0
        while let scalar = peek(), Self.isDigit(scalar) {
            value = Swift.min(value * 10 + Int(scalar.value - 0x30), Self.maxCount + 1)
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        guard value <= Self.maxCount else {
            throw PatternError.unsupported("repetition count above \(Self.maxCount)")
        }
        return value
    }

    // MARK: - Classes and escapes

    private mutating func parseClass(start: Int) throws -> PatternNode {
        let negated = peek() == "^"
        if negated { index += 1 }
        var literals: [ClosedRange<UInt32>] = []
        var set = ScalarSet()
        var isFirst = true
        while true {
            guard let scalar = peek() else { throw PatternError.invalid("missing ']' for the class at offset \(start)") }
            if scalar == "]" && !isFirst {
                index += 1
                break
            }
            let wasFirst = isFirst
            isFirst = false
            switch scalar {
            case "[":
                throw PatternError.unsupported("nested set or POSIX class at offset \(index)")
            case "&" where peek(at: 1) == "&":
                throw PatternError.unsupported("set intersection '&&' at offset \(index)")
            case "-" where peek(at: 1) == "-":
                throw PatternError.unsupported("set difference '--' at offset \(index)")
            case "-":
                guard wasFirst || peek(at: 1) == "]" else {
                    throw PatternError.unsupported("'-' after a range or a class escape at offset \(index)")
                }
                index += 1
                literals.append(0x2D...0x2D)
                continue
            default:
                break
            }
            switch try parseClassItem(negated: negated) {
            case .set(let escape):
                set = set.union(escape)
            case .scalar(let low):
                guard peek() == "-", let after = peek(at: 1), after != "]" else {
                    literals.append(low...low)
                    continue
                }
                guard after != "-" else { throw PatternError.unsupported("set difference '--' at offset \(index)") }
                index += 1
                guard peek() != nil else { throw PatternError.invalid("missing ']' for the class at offset \(start)") }
                guard peek() != "[" else { throw PatternError.unsupported("nested set at offset \(index)") }
                guard case .scalar(let high) = try parseClassItem(negated: negated) else {
                    throw PatternError.unsupported("class escape as the end of a range at offset \(index)")
                }
                guard low <= high else { throw PatternError.invalid("range out of order in the class at offset \(start)") }
                literals.append(low...high)
            case .startAnchor, .endAnchor:
                throw PatternError.unsupported("anchor inside a class at offset \(index)")
            }
        }
        let members = ScalarSet(ranges: literals)
        set = set.union(members)
        if foldsCase {
            guard !members.hasNonASCII else {
                throw PatternError.unsupported("case-insensitive class with non-ASCII members at offset \(start)")
            }
            set = set.asciiCaseClosed()
        }
        return .scalars(negated ? set.inverted() : set)
    }

    private mutating func parseClassItem(negated: Bool) throws -> Escape {
        let scalar = scalars[index]
        index += 1
        return scalar == "\\" ? try parseEscape(inClass: true, negatedClass: negated) : .scalar(scalar.value)
    }

    private enum Escape {
        case scalar(UInt32)
        case set(ScalarSet)
        case startAnchor
        case endAnchor
    }

    /// The escape after a backslash (the index is past the backslash).
    private mutating func parseEscape(inClass: Bool, negatedClass: Bool) throws -> Escape {
        let start = index - 1
        guard let scalar = peek() else {
            throw PatternError.invalid(inClass ? "missing ']' after a trailing backslash" : "trailing backslash")
        }
        index += 1
        switch scalar {
        case "d", "D", "w", "W", "s", "S":
            return .set(classEscape(scalar, negatedContext: negatedClass))
        case "t": return .scalar(0x09)
        case "n": return .scalar(0x0A)
        case "r": return .scalar(0x0D)
        case "f": return .scalar(0x0C)
        case "a": return .scalar(0x07)
        case "e": return .scalar(0x1B)
        case "u":
            guard let value = parseHex(exactly: 4) else {
                throw PatternError.invalid("\\u needs four hexadecimal digits at offset \(start)")
            }
            return try scalarEscape(value, at: start)
        case "x":
            if peek() == "{" {
                index += 1
                var value: UInt32 = 0
                var digits = 0
                while let digit = peek().flatMap(Self.hexValue) {
                    value = min(value * 16 + digit, 0x110000)
                    digits += 1
                    index += 1
                }
                guard peek() == "}", digits > 0, value <= ScalarSet.maxScalar else {
                    throw PatternError.invalid("malformed \\x{…} at offset \(start)")
                }
                index += 1
                return try scalarEscape(value, at: start)
            }
            guard let value = parseHex(exactly: 2) else {
                throw PatternError.unsupported("\\x without two hexadecimal digits at offset \(start)")
            }
            return .scalar(value)
        case "A" where !inClass:
            return .startAnchor
        case "z" where !inClass:
            return .endAnchor
        default:
            guard (0x20..<0x7F).contains(scalar.value), !Self.isDigit(scalar), !Self.isASCIILetter(scalar) else {
                throw PatternError.unsupported("escape '\\\(scalar)' at offset \(start)")
            }
            return .scalar(scalar.value)
        }
    }

    private func scalarEscape(_ value: UInt32, at start: Int) throws -> Escape {
        guard Unicode.Scalar(value) != nil else {
            throw PatternError.unsupported("escape of a surrogate code point at offset \(start)")
        }
        return .scalar(value)
    }

    /// `\d \D \w \W \s \S` in the parser's class reading.
    private mutating func classEscape(_ letter: Unicode.Scalar, negatedContext: Bool) -> ScalarSet {
        let negative = Self.isASCIILetter(letter) && letter.value < 0x61
        let base: ScalarSet
        switch letter {
        case "d", "D": base = .asciiDigits
        case "w", "W": base = .asciiWord
        default: return negative ? ScalarSet.whiteSpace.inverted() : .whiteSpace
        }
        usesUnicodeClasses = true
        switch (reading, negative, negatedContext) {
        case (.widened, false, false): return base.union(.nonASCII)
        case (.widened, true, true): return base.inverted().intersection(.ascii)
        default: return negative ? base.inverted() : base
        }
    }

    private mutating func parseHex(exactly count: Int) -> UInt32? {
        guard index + count <= scalars.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<count {
            guard let digit = Self.hexValue(scalars[index + offset]) else { return nil }
            value = value * 16 + digit
        }
        index += count
        return value
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f": scalar.value - 0x61 + 10
        case "A"..."F": scalar.value - 0x41 + 10
        default: nil
        }
    }

    // MARK: - Literals

    /// One literal scalar, folded when the pattern ignores case.
    private func literal(_ value: UInt32) throws -> PatternNode {
        let set = ScalarSet(ranges: [value...value])
        guard foldsCase else { return .scalars(set) }
        guard value < 0x80 else {
            throw PatternError.unsupported("case-insensitive matching of the non-ASCII character U+\(String(value, radix: 16, uppercase: true))")
        }
        return .scalars(set.asciiCaseClosed())
    }

    private func peek(at offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }
}
