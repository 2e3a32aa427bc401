/// Something wrong with a Table Schema, said in both languages. A fatal problem makes the schema
/// unusable; the others make Lavande ignore one part of it (a field, a constraint, a custom check).
public struct SchemaProblem: Error, Sendable, Equatable {
    public var text: LocalizedText
    public var isFatal: Bool

    public init(fr: String, en: String, fatal: Bool = false) {
        text = LocalizedText(fr: fr, en: en)
        isFatal = fatal
    }
}

/// The problems of one schema: the first `listed` of them, and how many there are in all (a
/// hostile schema can have a million; only the first ones are worth words).
public struct SchemaProblems: RandomAccessCollection, Sendable {
    public static let listed = 20

    private var problems: [SchemaProblem] = []
    /// How many problems there are, listed or not.
    public private(set) var total = 0
    public private(set) var hasFatal = false

    public init(_ problems: [SchemaProblem] = []) {
        for problem in problems { add(problem) }
    }

    /// Counts a problem; `problem` is only made when it is among the first `listed`.
    mutating func add(_ problem: @autoclosure () -> SchemaProblem) {
        total += 1
        guard problems.count < SchemaProblems.listed else { return }
        let made = problem()
        hasFatal = hasFatal || made.isFatal
        problems.append(made)
    }

    /// Adds all of `other`'s, counted in full.
    mutating func add(contentsOf other: SchemaProblems) {
        for problem in other.problems { add(problem) }
        total += other.total - other.problems.count
    }

    public var startIndex: Int { problems.startIndex }
    public var endIndex: Int { problems.endIndex }
    public subscript(position: Int) -> SchemaProblem { problems[position] }
}
