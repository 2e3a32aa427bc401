/// Reads cells that look like a person's name, for the `person-name` recogniser. A cell alone proves
/// little — about a thousand first names are also French words or places (Rose, Pierre, Olive,
/// Marine, Martin…) — so the decision belongs to the column (share of reading cells, header); this
/// reader only says, fast and without allocating, whether one cell has the shape of a name.
///
/// A cell is 1–5 tokens (at most 80 bytes) separated by spaces (ASCII, no-break, narrow
/// no-break), with at most one comma right after a token. A token is either
/// - a word: letters (ASCII, Latin-1, Latin Extended-A/B, Vietnamese), with single hyphens or
///   apostrophes inside (`Jean-Pierre`, `d'Estaing`, `N’Diaye`);
/// - an initial: one letter, alone or followed by a period, possibly compound (`J.`, `J.-P.`, `J`);
/// - a civility: M, M., Mr, Mme, Mmes, Mlle, Melle, Monsieur, Madame, Mademoiselle, Messieurs,
///   Mesdames, Dr, Docteur, Pr, Professeur, Me, Maître (with or without a final period);
/// any digit, `@`, other punctuation or malformed UTF-8 rejects the cell.
///
/// Words are folded (lower case, accents removed: see ``NameFolding``) and looked up in
/// ``NameLexicon``: first names (`rules/data/prenoms.txt`), exclusion words
/// (`rules/data/mots-non-personnels.txt`), particles (de, du, le, la, van, von, ben…).
///
/// Rejected (nil):
/// - any word, or any part of a word between hyphens and apostrophes, that is an exclusion word
///   (`Gymnase Pierre de Coubertin`, `Saint-Pierre`, `Rue Victor Hugo`, `l'Église`, `Paris`);
/// - a lower-case word other than a particle after a capitalised word: sentence case is how
///   things are written, not people (`Rose des vents`, `Marine marchande`);
/// - a particle written in lower case as the last token (`Jeanne de`);
/// - names without a word other than particles and initials, `et` anywhere but between two
///   civilities, a civility other than at the start, a period anywhere but in an initial or after a
///   civility.
///
/// Shapes, with their `format` tag (first that applies):
/// - "civilite nom": civility (or `M. et Mme`) then 1–4 name tokens (`M. Martin`, `Mme Jeanne
///   Martin`, `Monsieur Martin`, `Dr J. Martin`);
/// - "prenom": one word, a first name or a compound whose every part is one (`Jeanne`, `Jean-Pierre`,
///   `Marie-Mathilde`);
/// - "nom prenom": a comma, with a first name right after it (`Martin, Jeanne`);
/// - "initiale nom": an initial then names (`J. Martin`, `J.-P. Le Goff`);
/// - "nom prenom": surname tokens in capitals, then a first name not in capitals (`MARTIN Jeanne`,
///   `LE GOFF Jean-Pierre`);
/// - "prenom nom": a first name first (`Jeanne Martin`, `Jean-Pierre Le Goff`, `JEANNE MARTIN`);
/// - "nom prenom": a first name last (`Dupont Jeanne`);
/// - "initiale nom": names then an initial (`Dupont J.`).
enum PersonNameReader {
    static let longest = 80
    static let mostTokens = 5

    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count >= 2, cell.count <= longest else { return nil }
        let first = cell[0]
        guard CellBytes.isLetter(first) || first >= 0xC2 || first == CellBytes.space else { return nil }
        return withUnsafeTemporaryAllocation(of: Token.self, capacity: mostTokens) { tokens in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * longest + 8) { folded in
                guard let count = tokenize(cell, into: tokens, folded: folded, lexicon: NameLexicon.shared) else { return nil }
                return shape(UnsafeBufferPointer(rebasing: tokens[0..<count])).map { ValueReading(format: $0) }
            }
        }
    }

    // MARK: - Tokens

    private enum InitialState { case wantsLetter, wantsPeriod, afterPeriod, broken }

    struct Token {
        enum Kind { case word, initial, civility, and }
        var kind: Kind
        var isFirstName = false
        var isParticle = false
        /// A word in capitals (at least two letters, none in lower case).
        var isCapitals = false
        /// A word whose first letter (after an elided `d'`, `l'`, `O'`…) is lower case.
        var startsLower = false
        var commaAfter = false
        /// One letter (J, J., M, M.): a civility M. may also be an initial inside a name.
        var isSingleLetter = false
    }

    /// Splits the cell into tokens, classifying each: their count, or nil when the cell cannot be a
    /// name (invalid byte, too many tokens, an exclusion word, sentence case…).
    @inline(__always)
    private static func tokenize(_ cell: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<Token>,
                                 folded: UnsafeMutableBufferPointer<UInt8>, lexicon: NameLexicon) -> Int?
    {
        let buffer = folded.baseAddress!
        var count = 0
        var index = 0
        var sawCapitalised = false
        var sawComma = false
        while true {
            // Separators: spaces, and one comma glued to the token before it.
            var separated = false
            while index < cell.count {
                let character = NameFolding.character(cell, at: index)
                if character.kind == .space {
                    separated = true
                } else if character.kind == .comma {
                    guard count > 0, !sawComma else { return nil }
                    tokens[count - 1].commaAfter = true
                    sawComma = true
                    separated = true
                } else {
                    break
                }
                index += character.length
            }
            if index >= cell.count { break }
            guard count < mostTokens else { return nil }
            guard count == 0 || separated else { return nil }

            // One token: fold its letters, note where the periods, hyphens and apostrophes are.
            var length = 0
            var letters = 0
            var capitals = 0
            var lowers = 0
            var periods = 0
            var joins = 0  // hyphens and apostrophes
            var apostrophes = 0
            var previous = NameFolding.Kind.space
            var leadingCase = NameFolding.LetterCase.none
            var initial = InitialState.wantsLetter  // J. / J.-P. / J.P.
            var resetCase = false
            scan: while index < cell.count {
                let byte = cell[index]
                if CellBytes.isLetter(byte) {
                    // ASCII letters, the common case, without the general decoder.
                    initial = initial == .wantsLetter || initial == .afterPeriod ? .wantsPeriod : .broken
                    buffer[length] = byte | 0x20
                    length += 1
                    let letterCase: NameFolding.LetterCase = byte < 0x61 ? .upper : .lower
                    if letters == 0 || resetCase {
                        leadingCase = letterCase
                        resetCase = false
                    }
                    letters += 1
                    if letterCase == .upper { capitals += 1 } else { lowers += 1 }
                    // A lower-case word after a capitalised one, longer than any particle: sentence
                    // case, rejected below anyway; stop reading now.
                    if sawCapitalised, leadingCase == .lower, letters > 5 { return nil }
                    previous = .letter
                    index += 1
                    continue
                }
                let character = NameFolding.character(cell, at: index)
                switch character.kind {
                case .letter:
                    initial = initial == .wantsLetter || initial == .afterPeriod ? .wantsPeriod : .broken
                    buffer[length] = character.folded.0
                    if character.foldedCount > 1 { buffer[length + 1] = character.folded.1 }
                    if character.foldedCount > 2 { buffer[length + 2] = character.folded.2 }
                    length += character.foldedCount
                    if letters == 0 || resetCase {
                        leadingCase = character.letterCase
                        resetCase = false
                    }
                    letters += 1
                    if character.letterCase == .upper { capitals += 1 } else if character.letterCase == .lower { lowers += 1 }
                case .mark:
                    guard previous == .letter || previous == .mark else { return nil }
                    if initial != .wantsPeriod { initial = .broken }
                case .hyphen, .apostrophe:
                    guard previous == .letter || previous == .mark || (previous == .period && character.kind == .hyphen)
                    else { return nil }
                    initial = character.kind == .hyphen && initial == .afterPeriod ? .wantsLetter : .broken
                    if character.kind == .apostrophe {
                        // d'Estaing, O'Neill, N'Diaye: the case that counts is the one after the elision.
                        if apostrophes == 0, letters <= 2 { resetCase = true }
                        apostrophes += 1
                    }
                    buffer[length] = character.kind == .hyphen ? 0x2D : 0x27
                    length += 1
                    joins += 1
                case .period:
                    guard previous == .letter || previous == .mark else { return nil }
                    initial = initial == .wantsPeriod ? .afterPeriod : .broken
                    periods += 1
                case .space, .comma:
                    break scan
                case .invalid:
                    return nil
                }
                previous = character.kind
                index += character.length
            }
            guard previous == .letter || previous == .mark || previous == .period else { return nil }

            var token = Token(kind: .word)
            token.isSingleLetter = letters == 1
            let start = UnsafePointer(buffer)
            if periods > 0 {
                if periods == 1, previous == .period, joins == 0, lexicon.kinds(start, count: length).contains(.civility) {
                    token.kind = .civility
                } else if initial == .afterPeriod {
                    token.kind = .initial
                } else {
                    return nil
                }
            } else if letters == 1, joins == 0 {
                // A bare letter: an initial (J Martin) or the civility M.
                let kinds = lexicon.kinds(start, count: length)
                token.kind = kinds.contains(.civility) ? .civility : .initial
                token.isParticle = kinds.contains(.particle)
            } else {
                if length == 2, buffer[0] == 0x65, buffer[1] == 0x74 {  // et
                    token.kind = .and
                } else {
                    let kinds = lexicon.kinds(start, count: length)
                    if kinds.contains(.excluded) { return nil }
                    token.isParticle = kinds.contains(.particle)
                    token.isFirstName = kinds.contains(.firstName)
                    if kinds.contains(.civility), joins == 0 { token.kind = .civility }
                    if joins > 0 {
                        // Parts between hyphens and apostrophes: none excluded; a compound first
                        // name when every part between hyphens is one.
                        var everyPartFirstName = apostrophes == 0
                        var partStart = 0
                        for position in 0...length where position == length || buffer[position] == 0x2D || buffer[position] == 0x27 {
                            let partKinds = lexicon.kinds(start + partStart, count: position - partStart)
                            if partKinds.contains(.excluded) { return nil }
                            if !partKinds.contains(.firstName) { everyPartFirstName = false }
                            partStart = position + 1
                        }
                        if everyPartFirstName { token.isFirstName = true }
                    }
                }
                token.isCapitals = lowers == 0 && capitals >= 2
                token.startsLower = leadingCase == .lower
                if token.kind == .word, !token.isParticle {
                    // Sentence case (Rose des vents) is how places and things are written.
                    if token.startsLower, sawCapitalised { return nil }
                    if !token.startsLower { sawCapitalised = true }
                }
            }
            tokens[count] = token
            count += 1
        }
        return count > 0 ? count : nil
    }

    // MARK: - Shapes

    private static func shape(_ tokens: UnsafeBufferPointer<Token>) -> ValueFormat? {
        let count = tokens.count
        guard !tokens[count - 1].commaAfter else { return nil }
        if tokens[0].kind == .civility, count > 1 {
            var first = 1
            if count > 3, tokens[1].kind == .and, tokens[2].kind == .civility { first = 3 }
            guard !tokens[first - 1].commaAfter, areNames(tokens, from: first) else { return nil }
            if let comma = commaIndex(tokens), !tokens[comma + 1].isFirstName { return nil }
            return .civilityName
        }
        if count == 1 {
            let token = tokens[0]
            return token.kind == .word && token.isFirstName ? .firstName : nil
        }
        guard areNames(tokens, from: 0) else { return nil }
        if let comma = commaIndex(tokens) {
            return tokens[comma + 1].kind == .word && tokens[comma + 1].isFirstName ? .nameFirstName : nil
        }
        if tokens[0].kind == .initial { return .initialName }
        if tokens[0].isCapitals {
            // MARTIN Jeanne, LE GOFF Jean-Pierre: the first token not in capitals starts the first names.
            var index = 1
            while index < count, tokens[index].isCapitals || tokens[index].kind == .initial { index += 1 }
            if index < count, tokens[index].kind == .word, tokens[index].isFirstName { return .nameFirstName }
        }
        if tokens[0].kind == .word, tokens[0].isFirstName { return .firstNameName }
        let last = tokens[count - 1]
        if last.kind == .word, last.isFirstName { return .nameFirstName }
        if last.kind == .initial, tokens[0].kind == .word { return .initialName }
        return nil
    }

    /// Whether the tokens from `first` can be a person's names: words and initials only, at least
    /// one word that is not a particle, and no particle in lower case at the end.
    private static func areNames(_ tokens: UnsafeBufferPointer<Token>, from first: Int) -> Bool {
        guard first < tokens.count else { return false }
        var hasWord = false
        for index in first..<tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .word:
                if !token.isParticle { hasWord = true }
            case .initial:
                break
            case .civility:
                // M inside a name is an initial (Jean M Martin); other civilities are not names.
                guard token.isSingleLetter else { return false }
            case .and:
                return false
            }
        }
        let last = tokens[tokens.count - 1]
        if last.kind == .word, last.isParticle, last.startsLower { return false }
        return hasWord
    }

    /// The token the comma follows, if any; nil too when the comma ends the cell.
    private static func commaIndex(_ tokens: UnsafeBufferPointer<Token>) -> Int? {
        for index in 0..<tokens.count - 1 where tokens[index].commaAfter { return index }
        return nil
    }
}
