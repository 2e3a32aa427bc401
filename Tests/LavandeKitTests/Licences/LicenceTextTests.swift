import Foundation
import XCTest
@testable import LavandeKit

/// The shipped catalogue, its reference texts, and one matcher shared by every test (built once).
private enum LicenceTextFixture {
    static let catalogue: LicenceCatalogue = {
        do { return try RuleBookLoader().load([.embedded("licence-catalogue.yaml")]).licences } catch {
            fatalError("the shipped licence catalogue does not load: \(error)")
        }
    }()
    static let matcher = LicenceTextMatcher(catalogue: catalogue)

    /// (entry id, path, text) for every reference text of the catalogue.
    static let references: [(id: String, path: String, text: String)] = catalogue.entries.flatMap { entry in
        entry.texts.map { path in (entry.id, path, String(decoding: EmbeddedRules.data(named: path) ?? Data(), as: UTF8.self)) }
    }

    static func reference(_ path: String) -> String {
        references.first { $0.path == path }!.text
    }

    /// `shared/corpus` beside the repository (Tests/LavandeKitTests/Licences/ → repository → ../shared/corpus).
    static let corpus: String = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
    }()
    static let commonLicences = "/usr/share/common-licenses"

    static func file(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw XCTSkip("\(path) is absent") }
        return String(decoding: data, as: UTF8.self)
    }
}

final class ReferenceLicenceTextTests: XCTestCase {
    func testEveryEntryWithTextsHasThemEmbedded() {
        let catalogue = LicenceTextFixture.catalogue
        XCTAssertEqual(catalogue.entries.count, 13)
        for entry in catalogue.entries {
            for path in entry.texts {
                let text = LicenceTextFixture.reference(path)
                XCTAssertGreaterThan(text.utf8.count, 900, "\(path) is missing or too short")
                XCTAssertFalse(text.hasPrefix("---"), "\(path) still has a package header")
            }
        }
        let withTexts = Set(catalogue.entries.filter { !$0.texts.isEmpty }.map(\.id))
        XCTAssertEqual(withTexts, ["etalab-2.0", "ODbL-1.0", "ODC-By-1.0", "PDDL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0",
                                   "CC-BY-ND-4.0", "CC0-1.0", "MIT", "Unlicense"])
        XCTAssertEqual(catalogue.entry("etalab-2.0")?.texts.count, 2)
        XCTAssertEqual(Set(LicenceTextFixture.matcher.referenceTexts.keys), withTexts)
    }

    /// Each reference text holds one of its entry's key phrases and none of its excluded phrases, and
    /// holds no key phrase of a sibling it must not be taken for.
    func testReferenceTextsHoldTheirKeyPhrasesAndNoExcludedOne() {
        for (id, path, text) in LicenceTextFixture.references {
            let entry = LicenceTextFixture.catalogue.entry(id)!
            let normalised = " " + LicenceEntry.normalise(text) + " "
            XCTAssertTrue(entry.keyPhrases.contains { normalised.contains(" \($0) ") }, "\(path) holds no key phrase of \(id)")
            for phrase in entry.excludedPhrases {
                XCTAssertFalse(normalised.contains(" \(phrase) "), "\(path) holds '\(phrase)', excluded for \(id)")
            }
            for other in LicenceTextFixture.catalogue.entries where other.id != id && !other.generic {
                let confirms = other.keyPhrases.contains { normalised.contains(" \($0) ") }
                let vetoes = other.excludedPhrases.contains { normalised.contains(" \($0) ") }
                XCTAssertFalse(confirms && !vetoes, "\(path) holds a key phrase of \(other.id) and none of its excluded phrases")
            }
        }
    }

    func testTokeniserAgreesWithNormalise() throws {
        var samples = LicenceTextFixture.references.map(\.text)
        samples += ["Licence Ouverte (Etalab) v2.0", "L’« Information » réutilisée", "Cre\u{0301}ation ÉTÉ Œuvre straße ﬁn",
                    "Ｆｕｌｌ width ２０１７", "a\u{0301} \u{0301}b", "x—y…z 3½ ①", "日本語のテキスト", "Ελληνικά ΣΟΦΟΣ",
                    "🇫🇷 flag 👩\u{200D}💻 coder", "", "  \n\t "]
        // Every Latin-1 and Latin Extended letter, in one word and one by one.
        let latin = (0xA0 ..< 0x250).compactMap(Unicode.Scalar.init).map(Character.init)
        samples += [String(latin), latin.map(String.init).joined(separator: " "), "Ab" + String(latin) + "z9"]
        for path in ["decp-marches-publics/LICENSE.md", "lieux-covoiturage/LICENSE.md"] {
            if let data = FileManager.default.contents(atPath: LicenceTextFixture.corpus + "/" + path) {
                samples.append(String(decoding: data, as: UTF8.self))
            }
        }
        for sample in samples {
            let words = LicenceTextTokeniser.words(sample)
            XCTAssertEqual(words.joined(separator: " "), LicenceEntry.normalise(sample), String(sample.prefix(60)))
            var hashes: [UInt64] = []
            LicenceTextTokeniser.forEachWordHash(in: sample) { hashes.append($0) }
            XCTAssertEqual(hashes, words.map(LicenceTextTokeniser.hash), String(sample.prefix(60)))
        }
    }
}

final class LicenceTextTests: XCTestCase {
    let matcher = LicenceTextFixture.matcher

    func testEveryReferenceTextMatchesItsOwnEntryFully() {
        for (id, path, text) in LicenceTextFixture.references {
            let match = matcher.match(text)
            XCTAssertEqual(match?.licence, id, path)
            XCTAssertEqual(match?.verdict, .full, path)
            XCTAssertEqual(match?.similarity ?? 0, 1, accuracy: 1e-9, path)
        }
    }

    func testLayoutCaseAndAccentsDoNotCount() {
        let text = LicenceTextFixture.reference("data/licences/etalab-2.0.fr.txt")
        let reflowed = text.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingOccurrences(of: "É", with: "E").replacingOccurrences(of: "«", with: "\"")
        XCTAssertEqual(matcher.match(reflowed), LicenceTextMatch(licence: "etalab-2.0", similarity: 1, verdict: .full))
    }

    func testACopyrightLineOrATitleAddedKeepsTheLicence() {
        for (id, path, text) in LicenceTextFixture.references {
            for variant in ["Copyright (c) 2024 Ville de Lyon\n\n" + text,
                            "# LICENCE\n\n" + text + "\n\nCopyright © 2019-2024 Région Bretagne, direction du numérique\n"] {
                let match = matcher.match(variant)
                XCTAssertEqual(match?.licence, id, path)
                XCTAssertTrue(match?.verdict == .full || match?.verdict == .partial, "\(path): \(String(describing: match))")
            }
        }
        // The MIT text as projects ship it: title and copyright line above the scancode template.
        let mit = "MIT License\n\nCopyright (c) 2023 Etalab\n\n" + LicenceTextFixture.reference("data/licences/MIT.txt")
        XCTAssertEqual(matcher.match(mit)?.verdict, .full)
    }

    func testALongHeaderMakesItPartial() {
        let header = String(repeating: "Ce dépôt contient les données des marchés publics de la métropole, mises à jour chaque mois. ", count: 12)
        let match = matcher.match(header + "\n\n" + LicenceTextFixture.reference("data/licences/etalab-2.0.fr.txt"))
        XCTAssertEqual(match?.licence, "etalab-2.0")
        XCTAssertEqual(match?.verdict, .partial)
        XCTAssertLessThan(match?.similarity ?? 1, 0.95)
    }

    func testBothLanguagesInOneFileArePartial() {
        let text = LicenceTextFixture.reference("data/licences/etalab-2.0.fr.txt") + "\n\n---\n\n"
            + LicenceTextFixture.reference("data/licences/etalab-2.0.en.txt")
        let match = matcher.match(text)
        XCTAssertEqual(match?.licence, "etalab-2.0")
        XCTAssertEqual(match?.verdict, .partial)
    }

    func testTheFirstHalfIsPartialWithItsSimilarity() {
        for (id, path, text) in LicenceTextFixture.references {
            let half = String(text.prefix(text.count / 2))
            let match = matcher.match(half)
            XCTAssertEqual(match?.licence, id, path)
            XCTAssertEqual(match?.verdict, .partial, path)
            // Half the bigrams shared: Dice = 2 × ½ / (1 + ½) ≈ 0.67.
            XCTAssertEqual(match?.similarity ?? 0, 2.0 / 3.0, accuracy: 0.08, path)
        }
    }

    func testTheSecondHalfIsStillItsLicence() {
        for (id, path, text) in LicenceTextFixture.references {
            let half = String(text.suffix(text.count / 2))
            XCTAssertEqual(matcher.match(half)?.licence, id, path)
        }
    }

    func testAFewSentencesChangedIsPartialOrModified() {
        for (id, path, text) in LicenceTextFixture.references where text.utf8.count > 5000 {
            var sentences = text.components(separatedBy: ". ")
            // Change about one sentence in ten, and drop one.
            for index in stride(from: 3, to: sentences.count, by: 10) {
                sentences[index] = "Les présentes dispositions sont complétées par le règlement intérieur de la collectivité"
            }
            sentences.remove(at: sentences.count / 2)
            let match = matcher.match(sentences.joined(separator: ". "))
            XCTAssertEqual(match?.licence, id, path)
            XCTAssertTrue(match?.verdict == .partial || match?.verdict == .modified, "\(path): \(String(describing: match))")
            XCTAssertLessThan(match?.similarity ?? 1, 0.95, path)
        }
    }

    /// Some of the licence missing and some of the text foreign: modified, and only when the key
    /// phrases say which licence.
    func testRewrittenParagraphsAreModified() {
        let text = LicenceTextFixture.reference("data/licences/CC-BY-SA-4.0.txt")
        var paragraphs = text.components(separatedBy: "\n\n")
        for index in stride(from: 2, to: paragraphs.count, by: 5) {
            paragraphs[index] = "Les réutilisateurs informent la direction de la communication de toute publication dérivée, "
                + "dans un délai d’un mois, par courrier électronique à l’adresse indiquée sur le portail."
        }
        let rewritten = paragraphs.joined(separator: "\n\n")
        let match = matcher.match(rewritten)
        XCTAssertEqual(match?.licence, "CC-BY-SA-4.0")
        XCTAssertEqual(match?.verdict, .modified)
        XCTAssertLessThan(match?.similarity ?? 1, 0.95)
        // Without its title and with no "ShareAlike" left, nothing says which CC licence it is.
        let anonymous = rewritten.replacingOccurrences(of: "ShareAlike", with: "Partage")
        XCTAssertNotEqual(matcher.match(anonymous)?.licence, "CC-BY-4.0")
    }

    func testCreativeCommonsVariantsAreNeverConfused() {
        let ids = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-ND-4.0"]
        for id in ids {
            let text = LicenceTextFixture.reference("data/licences/\(id).txt")
            let paragraphs = text.components(separatedBy: "\n\n")
            var variants = [text, String(text.prefix(text.count / 2)), String(text.suffix(text.count / 2)),
                            "Copyright 2024 Météo-France\n\n" + text]
            // Every third paragraph left out: a third of the text missing.
            variants.append(paragraphs.enumerated().filter { $0.offset % 3 != 1 }.map(\.element).joined(separator: "\n\n"))
            for (number, variant) in variants.enumerated() {
                XCTAssertEqual(matcher.match(variant)?.licence, id, "\(id) variant \(number)")
            }
        }
        // The texts really are close: CC-BY against CC-BY-SA shares most of its bigrams.
        let sa = matcher.match(LicenceTextFixture.reference("data/licences/CC-BY-SA-4.0.txt"))
        XCTAssertEqual(sa?.licence, "CC-BY-SA-4.0")
    }

    func testTheOpenDataCommonsLicencesAreNotConfused() {
        for id in ["ODbL-1.0", "ODC-By-1.0", "PDDL-1.0"] {
            let text = LicenceTextFixture.reference("data/licences/\(id).txt")
            let paragraphs = text.components(separatedBy: "\n\n")
            let shortened = paragraphs.enumerated().filter { $0.offset % 4 != 2 }.map(\.element).joined(separator: "\n\n")
            XCTAssertEqual(matcher.match(shortened)?.licence, id)
        }
    }

    /// ODbL holds nearly all of ODC-By's wording: a truncated ODbL shares more bigrams with the shorter
    /// ODC-By than with its own text, yet it is ODbL, even with its name taken out.
    func testATruncatedOdblWithoutItsNameIsStillOdbl() {
        let text = LicenceTextFixture.reference("data/licences/ODbL-1.0.txt")
        var half = String(text.prefix(text.count / 2))
        for name in ["Open Database License", "ODbL", "Share alike", "Share Alike"] {
            half = half.replacingOccurrences(of: name, with: "licence")
        }
        let match = matcher.match(half)
        XCTAssertEqual(match?.licence, "ODbL-1.0")
        XCTAssertEqual(match?.verdict, .partial)
        let scores = matcher.scores(half)
        XCTAssertEqual(scores.first?.licence, "ODC-By-1.0", "Dice alone would say ODC-By")
        // The middle half, too; a third is not "a large part" (coverage < 0.4).
        let middle = String(text.dropFirst(text.count / 4).prefix(text.count / 2))
        XCTAssertEqual(matcher.match(middle)?.licence, "ODbL-1.0")
        XCTAssertNil(matcher.match(String(text.dropFirst(text.count / 3).prefix(text.count / 3))))
    }

    // MARK: Licence Ouverte

    func testTheCorpusLicenceOuverte20() throws {
        let text = try LicenceTextFixture.file(LicenceTextFixture.corpus + "/decp-marches-publics/LICENSE.md")
        let match = try XCTUnwrap(matcher.match(text))
        XCTAssertEqual(match.licence, "etalab-2.0")
        XCTAssertEqual(match.verdict, .full)
    }

    /// SOURCES.md calls lieux-covoiturage/LICENSE.md (and stationnement/LICENSE.md, the same bytes) a
    /// Licence Ouverte 1.0 text, but it is an early layout of the 2.0: « Concédant » (1.0 says
    /// « Producteur »), the CRPA (a code of 2015), and "Cette licence est une version 2.0 de la Licence
    /// Ouverte". So it is recognised as etalab-2.0, altered wording, never as lo-1.0.
    func testTheCorpusEarlyLicenceOuverte20IsVersion20() throws {
        let text = try LicenceTextFixture.file(LicenceTextFixture.corpus + "/lieux-covoiturage/LICENSE.md")
        XCTAssertTrue(text.contains("Cette licence est une version 2.0 de la Licence Ouverte"))
        let match = try XCTUnwrap(matcher.match(text))
        XCTAssertEqual(match.licence, "etalab-2.0")
        XCTAssertTrue(match.verdict == .partial || match.verdict == .modified, "\(match)")
        XCTAssertGreaterThan(match.similarity, 0.6)
    }

    /// No package reachable offline ships the 2011 text, so this stand-in is built from the 2.0 text with
    /// the wording that tells 1.0 apart (« Producteur », "Version de octobre 2011", no "version 2.0").
    func testALicenceOuverte10TextIsRecognisedThroughItsSuccessor() {
        var text = LicenceTextFixture.reference("data/licences/etalab-2.0.fr.txt")
        for (from, to) in [("Concédant", "Producteur"), ("concédant", "producteur"), ("Version 2.0", "Version de octobre 2011"),
                           ("Avril 2017", ""), ("la version 2.0 de la Licence Ouverte", "la version 1.0 de la Licence Ouverte"),
                           ("concède", "garantit")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        let match = matcher.match(text)
        XCTAssertEqual(match?.licence, "lo-1.0")
        XCTAssertEqual(match?.verdict, .modified)
        XCTAssertGreaterThan(match?.similarity ?? 0, 0.25)
    }

    func testAHeaderNamingTheProducerDoesNotMakeA20TextVersion10() {
        let text = "Producteur des données : Ville de Nantes (direction de l’information géographique)\n\n"
            + LicenceTextFixture.reference("data/licences/etalab-2.0.fr.txt")
        XCTAssertEqual(matcher.match(text)?.licence, "etalab-2.0")
    }

    // MARK: Not a catalogue licence text

    func testLicencesOutsideTheCatalogueAreNotMatched() throws {
        var tried = 0
        for name in ["Apache-2.0", "GPL-2", "GPL-3", "LGPL-2.1", "LGPL-3", "MPL-2.0", "BSD", "Artistic", "GFDL-1.3"] {
            guard let data = FileManager.default.contents(atPath: LicenceTextFixture.commonLicences + "/" + name) else { continue }
            tried += 1
            XCTAssertNil(matcher.match(String(decoding: data, as: UTF8.self)), name)
        }
        if tried == 0 { throw XCTSkip("no /usr/share/common-licenses on this machine") }
    }

    func testAReadmeIsNotALicence() {
        let readme = """
        # Base des lieux de covoiturage

        Ce dépôt décrit le schéma des lieux de covoiturage (aires, parkings relais) publiés par les
        collectivités. Les fichiers doivent être encodés en UTF-8 avec la virgule comme séparateur.

        ## Contribuer

        Ouvrez une issue ou une pull request. Les données sont mises à jour chaque trimestre ; la date de
        dernière mise à jour figure dans les métadonnées du jeu de données.

        ## Licence

        Les données sont publiées sous la Licence Ouverte 2.0 (voir LICENSE.md).
        """
        XCTAssertNil(matcher.match(readme))
    }

    /// Notices name a licence without being its text: the name look-up reads them, not this matcher.
    func testShortNoticesAreLeftToTheNameLookUp() {
        for notice in ["Ce jeu de données est publié sous la Licence Ouverte 2.0 (Etalab).",
                       "This work is licensed under CC BY 4.0. To view a copy of this license, visit https://creativecommons.org/licenses/by/4.0/",
                       "This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License.",
                       "Open Database License (ODbL) v1.0 — © les contributeurs d'OpenStreetMap",
                       "SPDX-License-Identifier: MIT"] {
            XCTAssertNil(matcher.match(notice), notice)
        }
    }

    func testEmptyAndTinyTextsAreNotMatched() {
        XCTAssertNil(matcher.match(""))
        XCTAssertNil(matcher.match(" \n\t "))
        XCTAssertNil(matcher.match("MIT"))
    }

    func testAnEmptyCatalogueMatchesNothing() {
        XCTAssertNil(LicenceTextMatcher(catalogue: LicenceCatalogue()).match(LicenceTextFixture.reference("data/licences/MIT.txt")))
    }

    // MARK: Cost and sharing

    func testMatchingIsFastOnSmallAndLargeTexts() {
        let tenKB = String(LicenceTextFixture.reference("data/licences/CC-BY-4.0.txt").prefix(10_000))
        let oneMB = String(repeating: LicenceTextFixture.reference("data/licences/ODbL-1.0.txt") + "\n", count: 41)
        XCTAssertGreaterThan(oneMB.utf8.count, 1_000_000)
        func time(_ text: String, runs: Int) -> Double {
            let start = Date()
            for _ in 0 ..< runs { _ = matcher.match(text) }
            return Date().timeIntervalSince(start) / Double(runs)
        }
        // French: every accented word goes through LicenceEntry.normalise.
        let oneMBFrench = String(repeating: LicenceTextFixture.reference("data/licences/etalab-2.0.fr.txt") + "\n", count: 122)
        XCTAssertGreaterThan(oneMBFrench.utf8.count, 1_000_000)
        let small = time(tenKB, runs: 20)
        let large = time(oneMB, runs: 2)
        let french = time(oneMBFrench, runs: 2)
        print("LicenceTextMatcher: 10 KB in \(String(format: "%.2f", small * 1000)) ms, 1 MB in \(String(format: "%.1f", large * 1000)) ms, "
              + "1 MB of French in \(String(format: "%.1f", french * 1000)) ms")
        // Generous bounds: debug builds on a shared 2-core machine.
        XCTAssertLessThan(small, 0.1)
        XCTAssertLessThan(large, 3)
        XCTAssertLessThan(french, 5)
        // The licence many times over: all of it, with additions.
        XCTAssertEqual(matcher.match(oneMB), LicenceTextMatch(licence: "ODbL-1.0", similarity: matcher.match(oneMB)?.similarity ?? 0,
                                                               verdict: .partial))
        XCTAssertEqual(matcher.match(oneMBFrench)?.licence, "etalab-2.0")
    }

    func testOneMatcherIsSharedBetweenThreads() {
        let texts = LicenceTextFixture.references
        let matcher = self.matcher
        let results = LockedResults()
        DispatchQueue.concurrentPerform(iterations: texts.count * 2) { index in
            let (id, _, text) = texts[index % texts.count]
            results.append(matcher.match(text)?.licence == id)
        }
        XCTAssertEqual(results.values.count, texts.count * 2)
        XCTAssertTrue(results.values.allSatisfy { $0 })
    }
}

private final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Bool] = []
    func append(_ value: Bool) { lock.withLock { stored.append(value) } }
    var values: [Bool] { lock.withLock { stored } }
}
