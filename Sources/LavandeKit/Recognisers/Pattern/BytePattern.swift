/// A compiled pattern of the supported subset, matched on UTF-8 bytes in time linear in the input.
///
/// Rule books give regular expressions (column types such as `^\d{5}$`, Table Schema `pattern`
/// constraints, user patterns) that are tested against every cell of files of hundreds of
/// megabytes. This matcher is written by hand because nothing available does that job:
/// NSRegularExpression needs a `String` per cell and costs microseconds per call, and ICU is a
/// backtracking engine, so a hostile pattern such as `^(a+)+$` over a long cell takes exponential
/// time; Swift's `Regex` is a backtracking engine over `String` too; and no maintained Swift package
/// we know of offers what RE2 or Rust's `regex` crate offer elsewhere, a linear-time engine over
/// bytes. The subset handled here covers the patterns rule books write; the rest goes to
/// NSRegularExpression through `CellPattern`.
///
/// How: `PatternParser` reads the syntax into a tree whose classes are sets of Unicode scalars;
/// `PatternProgram` compiles it to a Thompson NFA over bytes, each class becoming the UTF-8
/// sequences of its members; `ByteDFA` turns that into a DFA (one table load per byte) when it stays
/// small, else the NFA is simulated with a set of states. Either way each byte is read once and the
/// time is linear in the input, whatever the pattern; the compiled size is bounded
/// (`PatternProgram.instructionLimit`), larger patterns are `unsupported`.
///
/// Semantics are those of NSRegularExpression (ICU) on the subset, with a search (`firstMatch`)
/// rather than a full match, except in these documented points:
/// - `$` matches only at the very end of the input, like `\z` (ICU also lets it match before a
///   final line terminator); there is no multiline mode.
/// - `\d \w \D \W` and case-insensitive matching have their ASCII meaning (`\d` = `[0-9]`,
///   `\w` = `[A-Za-z0-9_]`, ASCII case folding). ICU gives them Unicode meanings (`\d` takes
///   Arabic-Indic digits, `\w` takes `é`, `(?i)k` takes the Kelvin sign, `(?i)ss` takes `ß`), so on
///   input with non-ASCII bytes the answer may differ; `isUnicodeSensitive` flags such patterns, and
///   `CellPattern` sends their non-ASCII cells to NSRegularExpression. `\s \S` and `.` are exact for
///   every scalar (`\s` is the White_Space property; `.` excludes `\n \v \f \r` U+0085 U+2028 U+2029).
/// - Input that is not valid UTF-8: a `.`, class or negated class never matches a malformed
///   sequence (ICU would see U+FFFD after decoding).
public struct BytePattern: Sendable {
    /// Bounds of the length (in bytes) of inputs that can match in full when the pattern is anchored
    /// at both ends; for unanchored patterns `minLength` is still the minimum and `maxLength` is nil.
    public let minLength: Int
    public let maxLength: Int?
    /// True when the pattern uses `\d \D \w \W` or ignores case: `matches` then agrees with ICU on
    /// ASCII input only (see the type's documentation).
    public let isUnicodeSensitive: Bool

    /// Whether ASCII case folding applies.
    let foldsCase: Bool
    /// Whether `\d \D \w \W` appear.
    let usesUnicodeClasses: Bool
    /// The pattern for NSRegularExpression with the same meaning on ASCII input (`$` written `\z`).
    let icuSource: String
    /// Every match starts at the start of the input and ends at its end.
    private let isAnchoredAtBothEnds: Bool
    /// Compiled `deferringLargeAutomaton`, the program was large: it is simulated, not read by a DFA.
    let hasDeferredAutomaton: Bool
    /// Instructions of a program whose DFA is worth building only when it is used: `home-address`
    /// takes 296 (its DFA cost 9.7 M instructions to build), `gps-precise` 16, whose DFA costs
    /// less to build than the test of a deferred one at each of its matches.
    static let largeProgram = 128
    private let engine: Engine

    private enum Engine: Sendable {
        case dfa(ByteDFA)
        case nfa(PatternProgram)
    }

    /// Compiles a pattern. Throws `PatternError.unsupported` for syntax outside the subset (or a
    /// pattern too large to compile) and `PatternError.invalid` for a malformed pattern.
    public init(_ pattern: String, caseInsensitive: Bool = false) throws {
        try self.init(pattern, caseInsensitive: caseInsensitive, reading: .ascii)
    }

    /// Compiles a pattern with the given reading of `\d \w \D \W` on non-ASCII scalars.
    /// `deferringLargeAutomaton`: a program of more than `largeProgram` instructions gets no DFA,
    /// and is simulated (the errors and bounds are the same), for a pattern whose matcher is
    /// compiled again when first needed (`CellPattern`): `hasDeferredAutomaton`.
    init(_ pattern: String, caseInsensitive: Bool, reading: ClassReading, deferringLargeAutomaton: Bool = false) throws {
        let parsed = try PatternParser.parse(pattern, caseInsensitive: caseInsensitive, reading: reading)
        let program = try PatternProgram(compiling: parsed.root)
        hasDeferredAutomaton = deferringLargeAutomaton && program.instructions.count > Self.largeProgram
        engine = hasDeferredAutomaton ? .nfa(program) : ByteDFA(program).map(Engine.dfa) ?? .nfa(program)
        isAnchoredAtBothEnds = program.isAnchoredAtBothEnds
        (minLength, maxLength) = Self.lengths(of: parsed.root, anchoredAtBothEnds: isAnchoredAtBothEnds)
        foldsCase = parsed.foldsCase
        usesUnicodeClasses = parsed.usesUnicodeClasses
        isUnicodeSensitive = parsed.foldsCase || parsed.usesUnicodeClasses
        icuSource = parsed.icuSource
    }

    /// The bounds `minLength` and `maxLength` of this pattern, whose source is `pattern`, read
    /// with `reading` instead: from the syntax tree alone, without compiling it. A reading
    /// changes classes only, so the anchors stay, and with them whether every match spans the
    /// whole input (the program keeps a path through a class left empty). Throws as `init` does
    /// for syntax it rejects.
    func lengths(of pattern: String, caseInsensitive: Bool, readAs reading: ClassReading) throws -> (minLength: Int, maxLength: Int?) {
        let parsed = try PatternParser.parse(pattern, caseInsensitive: caseInsensitive, reading: reading)
        return Self.lengths(of: parsed.root, anchoredAtBothEnds: isAnchoredAtBothEnds)
    }

    private static func lengths(of root: PatternNode, anchoredAtBothEnds: Bool) -> (minLength: Int, maxLength: Int?) {
        (root.minLength, anchoredAtBothEnds ? root.maxLength : nil)
    }

    /// True when the pattern matches somewhere in the input (search semantics, like
    /// `NSRegularExpression.firstMatch`); `^` and `\A` anchor at the start of the input, `$` and
    /// `\z` at its very end.
    public func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch engine {
        case .dfa(let dfa): dfa.matches(bytes)
        case .nfa(let program): program.matches(bytes)
        }
    }

    /// Whether matching runs on a precomputed DFA (false: NFA simulation).
    var isDeterministic: Bool {
        if case .dfa = engine { return true }
        return false
    }

    /// Whether matching runs on a precomputed DFA read two bytes a step (`ByteDFA`).
    var readsPairs: Bool {
        if case .dfa(let dfa) = engine { return dfa.readsPairs }
        return false
    }
}
