extension RuleBookLoader {
    /// Loads one rule book from its text, as if it were read from `source`: `source` names it in
    /// error locations and anchors its includes (`.embedded("x.yaml")` includes the built-in books,
    /// `.file(path)` books beside `path`). Same checks and errors as `load(_:)`. For fuzzing and
    /// tests, which have a book in memory rather than in a file.
    public func load(text: String, as source: RuleBookSource) throws -> RuleSet {
        var state = LoadState()
        state.loaded.insert(source)
        parse(text, from: source, state: &state)
        return try finish(state)
    }
}
