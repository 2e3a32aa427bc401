import Foundation

/// Recognises the full text of a licence of the catalogue in a document (`LICENSE`, `LICENCE.md`,
/// `LICENSES/<id>.txt`).
///
/// **Method.** The text and every reference text of the catalogue (`texts:` of each entry, under
/// `rules/`) are split into words as `LicenceEntry.normalise` does (case, accents, punctuation and
/// layout do not count), and compared as multisets of word bigrams (pairs of consecutive words, like
/// askalono). With I the bigrams the text and a reference share (counted with multiplicity), R and T
/// the bigrams of the reference and of the text:
/// - similarity (Dice) = 2I / (R + T);
/// - coverage = I / R, how much of the licence is in the text;
/// - precision = I / T, how much of the text is the licence.
///
/// Each entry keeps its closest reference text (its French or English text), and gets a verdict:
/// - `full`: similarity ≥ 0.95 (a copyright line or a title added to a licence still gives full);
/// - `partial`: coverage ≥ 0.97 (the whole licence with additions: a header, a copyright notice, the
///   translation after it) or precision ≥ 0.97 with coverage ≥ 0.4 (a large part of it and little else:
///   a truncated copy);
/// - `modified`: similarity ≥ 0.6 and the text holds one of the entry's key phrases (wording changed:
///   sentences rewritten or left out, so that some of the licence is missing and some of the text is not
///   the licence's).
///
/// **Close calls.** Texts of one family share most of their words (CC-BY-4.0 and CC-BY-SA-4.0 about
/// 98 %), so phrases decide: an entry is ruled out when the text holds one of its `excluded-phrases`
/// ("sharealike" rules out CC-BY); it is confirmed when the text holds one of its `key-phrases`. A
/// `modified` verdict needs a confirmation; `full` and `partial` do not (a truncated copy may have lost
/// its title). Of the remaining candidates, the match is the one whose reference explains most of the
/// text (highest precision; within 0.02, the highest coverage): a truncated ODbL shares more bigrams
/// with the shorter ODC-By than with its own text, but all of them are ODbL's. An unconfirmed best
/// candidate gives way to a confirmed one within 0.05 of precision.
///
/// **Entries without a reference text** (Licence Ouverte 1.0, whose 2011 text no package ships) are
/// recognised through their successor's text: when no entry matched, the text resembles the successor's
/// reference (similarity ≥ 0.25), and the text holds one of the entry's key phrases and none of its
/// excluded phrases ("Producteur", "octobre 2011", no "Concédant"), the match is that entry, `modified`,
/// with the similarity to the successor's text.
///
/// **Short notices are not matched** ("Ce jeu de données est publié sous la Licence Ouverte 2.0",
/// "This work is licensed under CC BY 4.0"): they share too few words with any reference text, and
/// `match` returns nil. Reading the licence a notice names is the job of the name look-up
/// (`LicenceCatalogue.lookUp`), which knows the aliases; a notice is not an altered licence text.
/// Unrelated texts (a README, a licence the catalogue lacks such as Apache-2.0 or the GPL) give nil.
///
/// Words are indexed by a 64-bit hash of their normalised bytes (a text word taken for one of the few
/// thousand reference words by a collision has a chance of about 2⁻⁵² per word, and would only nudge a
/// count). The reference texts are loaded and indexed once, in `init`; the matcher is an immutable
/// value, safe to share between tasks. Matching costs one pass over the text plus a look-up per word and
/// per bigram: about 0.1 ms for a 10 KB text and 10 ms for 1 MB in a release build.
public struct LicenceTextMatcher: Sendable {
    static let fullSimilarity = 0.95
    static let containedCoverage = 0.97
    static let truncatedPrecision = 0.97
    static let truncatedCoverage = 0.4
    static let modifiedSimilarity = 0.6
    static let precisionTie = 0.02
    static let tieMargin = 0.05
    static let familySimilarity = 0.25

    /// A reference text, as counts of the bigrams it holds (indices into `bigramIndex`).
    struct Reference: Sendable {
        var path: String
        var bigrams: [(index: Int32, count: Int32)]
        var total: Int
    }

    struct Candidate: Sendable {
        var entry: Int
        /// Reference texts, possibly none.
        var references: [Reference]
        var keyPhrases: [Int]
        var excludedPhrases: [Int]
        /// The entry whose texts stand for this one's (its successor), when it has none.
        var standIn: Int?
    }

    /// How a text compares with one reference text.
    struct Score: Sendable {
        var similarity: Double
        var coverage: Double
        var precision: Double
    }

    let ids: [String]
    let candidates: [Candidate]
    /// Word (its hash, `LicenceTextTokeniser.forEachWordHash`) → id, over the words of the references
    /// and of the phrases.
    let vocabulary: LicenceHashTable
    /// Bigram (two word ids) → index into the text's counts.
    let bigramIndex: LicenceHashTable
    /// Distinct phrases as word ids; the ones starting with word `w` are
    /// `phrasesByFirstWord[phraseOffsets[w] ..< phraseOffsets[w + 1]]`.
    let phrases: [[Int32]]
    let phraseOffsets: [Int32]
    let phrasesByFirstWord: [Int32]

    public init(catalogue: LicenceCatalogue) {
        var vocabulary: [UInt64: Int32] = [:]
        func id(_ word: UInt64) -> Int32 {
            if let known = vocabulary[word] { return known }
            let new = Int32(vocabulary.count)
            vocabulary[word] = new
            return new
        }
        var bigramIndex: [UInt64: Int32] = [:]
        var phrases: [[Int32]] = []
        var phraseNumbers: [[Int32]: Int] = [:]
        func phrase(_ text: String) -> Int? {
            var words: [Int32] = []
            LicenceTextTokeniser.forEachWordHash(in: text) { words.append(id($0)) }
            guard !words.isEmpty else { return nil }
            if let known = phraseNumbers[words] { return known }
            phrases.append(words)
            phraseNumbers[words] = phrases.count - 1
            return phrases.count - 1
        }

        var candidates: [Candidate] = []
        for (number, entry) in catalogue.entries.enumerated() where !entry.generic {
            var references: [Reference] = []
            for path in entry.texts {
                guard let data = EmbeddedRules.data(named: path) ?? FileManager.default.contents(atPath: path),
                      let text = String(data: data, encoding: .utf8) else { continue }
                var words: [Int32] = []
                LicenceTextTokeniser.forEachWordHash(in: text) { words.append(id($0)) }
                guard words.count > 1 else { continue }
                var counts: [Int32: Int32] = [:]
                for position in 1 ..< words.count {
                    let key = UInt64(UInt32(bitPattern: words[position - 1])) << 32 | UInt64(UInt32(bitPattern: words[position]))
                    let index: Int32
                    if let known = bigramIndex[key] {
                        index = known
                    } else {
                        index = Int32(bigramIndex.count)
                        bigramIndex[key] = index
                    }
                    counts[index, default: 0] += 1
                }
                references.append(Reference(path: path, bigrams: counts.map { ($0.key, $0.value) }.sorted { $0.index < $1.index },
                                            total: words.count - 1))
            }
            candidates.append(Candidate(entry: number, references: references, keyPhrases: entry.keyPhrases.compactMap(phrase),
                                        excludedPhrases: entry.excludedPhrases.compactMap(phrase), standIn: nil))
        }
        // An entry without texts stands on its successor's.
        for position in candidates.indices where candidates[position].references.isEmpty {
            guard let successor = catalogue.entries[candidates[position].entry].successor else { continue }
            candidates[position].standIn = candidates.firstIndex {
                catalogue.entries[$0.entry].id == successor && !$0.references.isEmpty
            }
        }

        var groups = [[Int32]](repeating: [], count: vocabulary.count)
        for (number, words) in phrases.enumerated() { groups[Int(words[0])].append(Int32(number)) }
        var offsets: [Int32] = [0]
        for group in groups { offsets.append(offsets[offsets.count - 1] + Int32(group.count)) }
        let byFirstWord = groups.flatMap { $0 }
        self.ids = catalogue.entries.map(\.id)
        self.candidates = candidates
        self.vocabulary = LicenceHashTable(vocabulary)
        self.bigramIndex = LicenceHashTable(bigramIndex)
        self.phrases = phrases
        self.phraseOffsets = offsets
        self.phrasesByFirstWord = byFirstWord
    }

    /// The paths of the reference texts that were found and indexed, by entry id.
    public var referenceTexts: [String: [String]] {
        var result: [String: [String]] = [:]
        for candidate in candidates where !candidate.references.isEmpty {
            result[ids[candidate.entry]] = candidate.references.map(\.path)
        }
        return result
    }

    /// The licence whose text `text` is, or nil (an unrelated text, a short notice, a licence the
    /// catalogue does not know).
    public func match(_ text: String) -> LicenceTextMatch? {
        guard let (found, best) = analyse(text) else { return nil }
        struct Ranked {
            var candidate: Int
            var score: Score
            var verdict: LicenceTextMatch.Verdict
            var confirmed: Bool
        }
        var ranked: [Ranked] = []
        for (position, candidate) in candidates.enumerated() {
            guard let score = best[position] else { continue }
            guard !candidate.excludedPhrases.contains(where: { found[$0] }) else { continue }
            let confirmed = candidate.keyPhrases.isEmpty || candidate.keyPhrases.contains { found[$0] }
            let verdict: LicenceTextMatch.Verdict
            if score.similarity >= Self.fullSimilarity {
                verdict = .full
            } else if score.coverage >= Self.containedCoverage
                        || (score.precision >= Self.truncatedPrecision && score.coverage >= Self.truncatedCoverage) {
                verdict = .partial
            } else if score.similarity >= Self.modifiedSimilarity && confirmed {
                verdict = .modified
            } else {
                continue
            }
            ranked.append(Ranked(candidate: position, score: score, verdict: verdict, confirmed: confirmed))
        }

        // The text is best explained by the reference that holds most of it (precision): a truncated
        // ODbL shares more of the shorter ODC-By's bigrams than of its own, but all of its own bigrams
        // are ODbL's. Nearly equal precisions (a superset reference) go to the larger coverage.
        func explainsBetter(_ first: Ranked, _ second: Ranked) -> Bool {
            if abs(first.score.precision - second.score.precision) > Self.precisionTie {
                return first.score.precision > second.score.precision
            }
            return first.score.coverage > second.score.coverage
        }
        if var chosen = ranked.max(by: { explainsBetter($1, $0) }) {
            if !chosen.confirmed, let confirmed = ranked.filter(\.confirmed).max(by: { explainsBetter($1, $0) }),
               confirmed.score.precision >= chosen.score.precision - Self.tieMargin {
                chosen = confirmed
            }
            return LicenceTextMatch(licence: ids[candidates[chosen.candidate].entry], similarity: chosen.score.similarity,
                                    verdict: chosen.verdict)
        }

        // Entries known only through their successor's text.
        var fallback: (candidate: Int, similarity: Double)?
        for (position, candidate) in candidates.enumerated() {
            guard let standIn = candidate.standIn, let score = best[standIn], score.similarity >= Self.familySimilarity,
                  !candidate.keyPhrases.isEmpty, candidate.keyPhrases.contains(where: { found[$0] }),
                  !candidate.excludedPhrases.contains(where: { found[$0] }) else { continue }
            if fallback.map({ score.similarity > $0.similarity }) ?? true { fallback = (position, score.similarity) }
        }
        return fallback.map { LicenceTextMatch(licence: ids[candidates[$0.candidate].entry], similarity: $0.similarity, verdict: .modified) }
    }

    /// How the text compares with each entry's closest reference text, best first (for diagnostics).
    func scores(_ text: String) -> [(licence: String, score: Score)] {
        guard let (_, best) = analyse(text) else { return [] }
        return best.map { (ids[candidates[$0.key].entry], $0.value) }.sorted { $0.score.similarity > $1.score.similarity }
    }

    /// Which phrases the text holds, and its closest reference text's score for each candidate with texts.
    private func analyse(_ text: String) -> (found: [Bool], best: [Int: Score])? {
        // The text as word ids (-1: a word no reference nor phrase has).
        var words: [Int32] = []
        words.reserveCapacity(text.utf8.count / 6)
        LicenceTextTokeniser.forEachWordHash(in: text) { words.append(vocabulary.value($0)) }
        guard words.count > 1 else { return nil }

        var counts = [Int32](repeating: 0, count: bigramIndex.count)
        var found = [Bool](repeating: false, count: phrases.count)
        for position in words.indices {
            let word = words[position]
            guard word >= 0 else { continue }
            for slot in Int(phraseOffsets[Int(word)]) ..< Int(phraseOffsets[Int(word) + 1]) {
                let number = Int(phrasesByFirstWord[slot])
                if !found[number] {
                    let phrase = phrases[number]
                    if position + phrase.count <= words.count, words[position ..< position + phrase.count].elementsEqual(phrase) {
                        found[number] = true
                    }
                }
            }
            if position > 0, words[position - 1] >= 0 {
                let key = UInt64(UInt32(bitPattern: words[position - 1])) << 32 | UInt64(UInt32(bitPattern: word))
                let index = bigramIndex.value(key)
                if index >= 0 { counts[Int(index)] += 1 }
            }
        }
        let total = words.count - 1
        var best: [Int: Score] = [:]
        for (position, candidate) in candidates.enumerated() {
            for reference in candidate.references {
                var shared = 0
                for (index, count) in reference.bigrams { shared += Int(min(count, counts[Int(index)])) }
                let score = Score(similarity: 2 * Double(shared) / Double(reference.total + total),
                                  coverage: Double(shared) / Double(reference.total), precision: Double(shared) / Double(total))
                if best[position].map({ score.similarity > $0.similarity }) ?? true { best[position] = score }
            }
        }
        return (found, best)
    }
}
