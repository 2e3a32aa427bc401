import Foundation

/// A cell pattern: a `BytePattern` when the syntax allows, else NSRegularExpression over the decoded
/// text of cells up to `fallbackLengthLimit` bytes (longer cells do not match, so the work per cell
/// depends on the cap, not on the cell; a backtracking pattern such as `^(a+)+\1$` can still take
/// exponential time within the cap, as ICU offers no time limit through Foundation).
///
/// The answer is NSRegularExpression's (`firstMatch`, a search) in every case, except that `$` of a
/// linear pattern matches only at the very end of the cell (ICU's `$` also matches before a final
/// line terminator; fallback patterns keep ICU's meaning).
///
/// A linear pattern using `\d \D \w \W` or ignoring case (`BytePattern.isUnicodeSensitive`) is
/// exact on ASCII cells only: a cell with non-ASCII bytes goes to NSRegularExpression (with the
/// same length cap), after a widened byte pattern (`\d` and `\w` also taking any non-ASCII
/// character) has ruled out, without ICU, the cells that cannot match at all.
///
/// `minLength` and `maxLength` are safe pre-filters for whatever `matches` answers: those of the
/// byte pattern (of the widened one for Unicode-sensitive patterns, with no maximum when case is
/// ignored), and `(0, nil)` for a fallback pattern.
public final class CellPattern: Sendable {
    public static let fallbackLengthLimit = 4096

    public let source: String
    public let caseInsensitive: Bool
    public let minLength: Int
    public let maxLength: Int?

    private let linear: BytePattern?
    /// For a linear pattern compiled `deferringAutomaton` whose DFA was left to be built
    /// (`BytePattern.hasDeferredAutomaton`): `linear` compiled again with its DFA, at the first
    /// match. Unmanaged and released by `deinit`, like `widened`: read through a strong
    /// reference, each match counted a reference to it, which the threads of a file read in
    /// parts share.
    private let withAutomaton: Unmanaged<BuiltOnce<CompiledReading>>?
    /// For a linear pattern using `\d \D \w \W` without case folding: the widened reading, whose
    /// rejection of a non-ASCII cell is final. Compiled at the first such cell: read widened, `\d`
    /// takes every UTF-8 sequence, its automaton is several times larger than the ASCII one, and
    /// compiling those of the default rule books took about 3 ms of every run, for cells most runs
    /// never give them. nil inside when it is too large to compile: it then rules nothing out.
    private let widened: Unmanaged<BuiltOnce<CompiledReading>>?

    /// A reading of the pattern compiled when first needed: nil when it does not compile (a
    /// widened reading too large).
    private final class CompiledReading: Sendable {
        let pattern: BytePattern?

        init(_ source: String, caseInsensitive: Bool, reading: ClassReading) {
            pattern = try? BytePattern(source, caseInsensitive: caseInsensitive, reading: reading)
        }

        /// nil when the reading did not compile. A method: read through a closure, the pattern was
        /// copied, its tables' references counted, at each cell.
        func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
            pattern?.matches(bytes)
        }
    }

    /// The whole matcher of a fallback pattern, or the judge of non-ASCII cells of a
    /// Unicode-sensitive linear pattern; nil when the byte pattern is exact for every cell.
    private let regex: NSRegularExpression?

    /// Throws `PatternError.invalid` with NSRegularExpression's or the parser's explanation for a
    /// malformed pattern. `deferringAutomaton`: the byte pattern's automaton, if large
    /// (`BytePattern.largeProgram`), is built at the first match, for a pattern few runs match (a
    /// column type read only in columns whose header announces it: building the automaton of
    /// `home-address` was 5 % of a run on a small file).
    public init(_ pattern: String, caseInsensitive: Bool = false, deferringAutomaton: Bool = false) throws {
        source = pattern
        self.caseInsensitive = caseInsensitive
        let linear: BytePattern?
        do {
            linear = try BytePattern(pattern, caseInsensitive: caseInsensitive, reading: .ascii, deferringLargeAutomaton: deferringAutomaton)
        } catch PatternError.unsupported {
            linear = nil
        }
        self.linear = linear
        if let linear, !linear.isUnicodeSensitive {
            regex = nil
        } else {
            do {
                regex = try NSRegularExpression(pattern: linear?.icuSource ?? pattern, options: caseInsensitive ? [.caseInsensitive] : [])
            } catch {
                throw PatternError.invalid("NSRegularExpression rejects the pattern: \(error.localizedDescription)")
            }
        }
        // Only once nothing can throw: an unmanaged reference is released by `deinit` alone.
        withAutomaton = linear?.hasDeferredAutomaton == true
            ? .passRetained(BuiltOnce { CompiledReading(pattern, caseInsensitive: caseInsensitive, reading: .ascii) }) : nil
        guard let linear, linear.isUnicodeSensitive else {
            // Exact on every cell, or left to NSRegularExpression whole (no bounds).
            (minLength, maxLength) = linear.map { ($0.minLength, $0.maxLength) } ?? (0, nil)
            widened = nil
            return
        }
        // Unicode-sensitive: by its classes (read widened), or by folding case, or both.
        let lengths: (minLength: Int, maxLength: Int?) = linear.usesUnicodeClasses
            ? (try? linear.lengths(of: pattern, caseInsensitive: caseInsensitive, readAs: .widened)) ?? (0, nil)
            : (linear.minLength, linear.maxLength)
        if linear.foldsCase {
            // ICU folds some non-ASCII characters to ASCII (the Kelvin sign to `k`, `ß` to `ss`), one
            // character possibly standing for several of the pattern: the maximum goes, the minimum
            // stays (no character folds to more ASCII letters than it has UTF-8 bytes).
            (minLength, maxLength) = (lengths.minLength, nil)
            widened = nil
        } else {
            (minLength, maxLength) = lengths
            widened = .passRetained(BuiltOnce { CompiledReading(pattern, caseInsensitive: caseInsensitive, reading: .widened) })
        }
    }

    deinit {
        withAutomaton?.release()
        widened?.release()
    }

    /// True when compiled to a `BytePattern`.
    public var isLinear: Bool { linear != nil }

    /// Whether the pattern matches somewhere in the cell (UTF-8 bytes).
    public func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let linear else { return regexMatches(bytes) }
        guard linear.isUnicodeSensitive, !CellBytes.isASCII(bytes) else {
            guard let withAutomaton else { return linear.matches(bytes) }
            return Self.answer(of: withAutomaton, on: bytes) ?? linear.matches(bytes)
        }
        if let widened, !(Self.answer(of: widened, on: bytes) ?? true) { return false }
        return regexMatches(bytes)
    }

    /// What a reading compiled when first needed answers on `bytes`, built first if no thread has
    /// built it yet; nil when it did not compile. Read without counting a reference to it.
    @inline(__always)
    private static func answer(of reading: Unmanaged<BuiltOnce<CompiledReading>>, on bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        reading._withUnsafeGuaranteedRef { $0.withInstance { $0.matches(bytes) } }
    }

    /// Whether the pattern matches somewhere in the text.
    public func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches($0) }
    }

    private func regexMatches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let regex, bytes.count <= Self.fallbackLengthLimit else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }
}
