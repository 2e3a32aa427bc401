import LavandeTabular

/// A recogniser of personal data: the columns whose values are of one of its column types (a NIR,
/// a personal e-mail, a mobile number, a person's name…), decided per column as the spec says —
/// a strong recogniser (checksum-validated) reports on one match; a weak one needs a share of the
/// column and, when it says so, a header that announces it. Role mailboxes and the publisher's own
/// domains and numbers are not personal; a column whose header is about something else (the name
/// of a commune, of a street) is left alone.
public struct PersonalDataCheck: ColumnTypeCheck, CheckKind {
    public static let name = "personal-data"
    public static let summary = LocalizedText(
        fr: "Repère les colonnes qui contiennent des données personnelles d'un type donné (NIR, IBAN, e-mail, téléphone, nom…), décidé colonne par colonne.",
        en: "Finds the columns that hold personal data of a given type (NIR, IBAN, e-mail, phone, name…), decided column by column.")
    public static let target = CheckTarget.tabularFiles
    public static let selectsColumns = true

    public enum Strength: String, CaseIterable, Sendable {
        /// One valid value is enough (checksum-validated identifiers).
        case strong
        /// A share of the column is needed.
        case weak
        /// Strong in a column whose header announces the type, weak elsewhere (a mobile number in
        /// a "téléphone" column is a person's, a mobile-shaped number elsewhere may be a code).
        case strongIfAnnounced = "strong-if-announced"
    }

    public static let parameters = [
        ParameterSpec("types", .columnTypes, default: .strings([]),
                      LocalizedText(fr: "Types de colonne qui reconnaissent la donnée (au moins un).",
                                    en: "Column types that recognise the data (at least one).")),
        ParameterSpec("category", .string, default: .string(PersonalDataCategory.contact.rawValue),
                      choices: PersonalDataCategory.allCases.map(\.rawValue),
                      LocalizedText(fr: "Catégorie de donnée personnelle, pour les messages.", en: "Category of personal data, for messages.")),
        ParameterSpec("strength", .string, default: .string(Strength.weak.rawValue), choices: Strength.allCases.map(\.rawValue),
                      LocalizedText(fr: "« strong » : une seule valeur valide suffit ; « weak » : il faut une part de la colonne ; « strong-if-announced » : « strong » quand l'en-tête annonce le type, « weak » sinon.",
                                    en: "\"strong\": one valid value is enough; \"weak\": a share of the column is needed; \"strong-if-announced\": strong when the header announces the type, weak otherwise.")),
        ParameterSpec("min-share", .double, default: .double(0.5), range: 0...1,
                      LocalizedText(fr: "Part des valeurs remplies qu'il faut (moitié moins quand l'en-tête annonce le type).",
                                    en: "Share of the filled values needed (half when the header announces the type).")),
        ParameterSpec("min-count", .int, default: .int(1), range: 1...1000,
                      LocalizedText(fr: "Valeurs qu'il faut au moins quand l'en-tête n'annonce pas le type (une ou deux valeurs isolées ne font pas une colonne de noms).",
                                    en: "Values needed at least when the header does not announce the type (one or two stray values do not make a column of names).")),
        ParameterSpec("partial-formats", .strings, default: .strings([]), choices: ValueFormat.allCases.map(\.rawValue),
                      LocalizedText(fr: "Formats de valeur (tels que les lit le validateur) qui ne désignent une personne qu'à côté d'une autre colonne du même genre : un prénom seul, dans une statistique de prénoms, ne désigne personne.",
                                    en: "Value formats (as the validator reads them) that name a person only beside another column of the same kind: a first name alone, in first-name statistics, names nobody.")),
        ParameterSpec("header-required", .bool, default: .bool(false),
                      LocalizedText(fr: "Ne signaler que les colonnes dont l'en-tête annonce le type.",
                                    en: "Report only columns whose header announces the type.")),
        ParameterSpec("excluded-headers", .strings, default: .strings([]),
                      LocalizedText(fr: "En-têtes (normalisés) de colonnes qui parlent d'autre chose (« nom commune », « nom voie »).",
                                    en: "Headers (normalised) of columns about something else (\"nom commune\", \"nom voie\").")),
        ParameterSpec("requires-types", .columnTypes, default: .strings([]),
                      LocalizedText(fr: "Ne signaler que si une autre colonne du tableau est de l'un de ces types (une adresse n'est personnelle qu'à côté d'un nom).",
                                    en: "Report only when another column of the table is of one of these types (an address is personal only beside a name).")),
        ParameterSpec("exemption-headers", .strings, default: .strings([]),
                      LocalizedText(fr: "En-têtes qui montrent qu'une exemption peut s'appliquer (élus) : le message le dit.",
                                    en: "Headers that show an exemption may apply (elected officials): the message says so.")),
    ] + AdministrativeContacts.parameters
    public static let placeholders = ["category", "share", "values", "exemption"]

    public static func validate(_ parameters: Parameters) -> [String] {
        parameters.strings("types").isEmpty ? ["with.types: name at least one column type"] : []
    }

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    /// Strong recognisers must see every value: one NIR at the end of a long file is enough.
    /// (Types a header announces are always read throughout.)
    public var typesReadThroughout: [String] {
        rule.parameters.string("strength") == Strength.strong.rawValue ? rule.parameters.strings("types") : []
    }

    public func makeObserver(for file: TabularFileContext, profiler: ColumnProfiler) -> TabularObserver {
        PersonalDataObserver(recogniser: Recogniser(rule: rule, file: file, catalogue: profiler.catalogue), profiler: profiler,
                             file: file)
    }
}
