/// What `LicenceTextMatcher` recognised in a text: a licence of the catalogue, how close the text is
/// to its reference text, and how much of it is there.
public struct LicenceTextMatch: Sendable, Equatable {
    /// The catalogue entry's id (`etalab-2.0`, `CC-BY-SA-4.0`).
    public var licence: String
    /// Dice coefficient of the word bigrams of the text and of the entry's closest reference text,
    /// 0–1 (1: the same words in the same order). For an entry without a reference text (recognised
    /// through its successor's, `lo-1.0`), the similarity to that successor's text.
    public var similarity: Double
    public var verdict: Verdict

    public enum Verdict: String, Sendable {
        /// The whole text: similarity ≥ 0.95.
        case full
        /// A large part of the text (a truncated copy), or the whole text with additions (a copyright
        /// line, a header, a translation after it).
        case partial
        /// Recognisable, and its key phrases say which licence, but altered (sentences changed or
        /// left out), or an older version known only through its successor's text.
        case modified
    }

    public init(licence: String, similarity: Double, verdict: Verdict) {
        self.licence = licence
        self.similarity = similarity
        self.verdict = verdict
    }
}
