/// What a spreadsheet did to codes and identifiers: leading zeros dropped (postcode `4000`),
/// numbers in scientific notation (`2.18601946E+13`), codes saved as decimals
/// (`21860194600000.0`), long numbers cut to 15 significant digits.
public struct ExcelDamageCheck: ColumnTypeCheck, CheckKind {
    public static let name = "excel-damage"
    public static let summary = LocalizedText(
        fr: "Signale les dégâts d'un tableur sur les codes : zéro initial perdu, notation scientifique, code enregistré en nombre décimal, nombre long tronqué.",
        en: "Reports what a spreadsheet did to codes: leading zero lost, scientific notation, code saved as a decimal, long number truncated.")
    public static let target = CheckTarget.tabularFiles
    public static let selectsColumns = true

    /// The kinds of damage, one per rule.
    public enum Damage: String, CaseIterable, Sendable {
        case leadingZero = "leading-zero"
        case scientificNotation = "scientific-notation"
        case floatCode = "float-code"
        case truncatedNumber = "truncated-number"
    }

    public static let parameters = [
        ParameterSpec("damage", .string, default: .string(Damage.leadingZero.rawValue), choices: Damage.allCases.map(\.rawValue),
                      LocalizedText(fr: "Le dégât signalé : zéro initial perdu, notation scientifique, code en nombre décimal (`.0`), nombre de plus de 15 chiffres tronqué.",
                                    en: "The damage reported: leading zero lost, scientific notation, code as a decimal (`.0`), number of more than 15 digits truncated.")),
    ]
    public static let placeholders = ["type", "type-title", "values", "width"]
    /// Long numbers needed before a column of zero-tailed ones counts as truncated: one number
    /// ending in zeros happens, three whose digits past the 15th are all zeros do not.
    static let truncatedNumbersNeeded = 3

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext, profiler: ColumnProfiler) -> TabularObserver {
        let damage = Damage(rawValue: rule.parameters.string("damage"))!
        return ProfileFindings {
            profiler.profiles.compactMap { profile in
                guard rule.selects(profile.column) else { return nil }
                let code = codeType(of: profile, in: profiler.catalogue)
                let tally: ValueTally?
                switch damage {
                case .leadingZero: tally = code.map { profile.types[$0].leadingZeroLost }
                case .scientificNotation: tally = profile.excelForms[.scientific]
                case .floatCode: tally = code == nil ? nil : profile.excelForms[.floatSuffix]
                case .truncatedNumber:
                    let zeroTailed = profile.zeroTailedNumbers
                    tally = profile.longNumbers >= ExcelDamageCheck.truncatedNumbersNeeded && zeroTailed.count == profile.longNumbers
                        ? zeroTailed : nil
                }
                guard let tally, tally.count > 0 else { return nil }
                let type = code.map { profiler.catalogue.types[$0] }
                let evidence = Evidence.values(tally.values, sensitive: type?.sensitive ?? false, showValues: file.showValues)
                var draft = FindingDraft(location: tally.examples.first, count: tally.count, examples: tally.examples,
                                         values: ["type": type?.id ?? "—", "values": evidence ?? "—",
                                                  "width": type?.width.map(String.init) ?? "—"],
                                         evidence: evidence)
                draft.localizedValues["type-title"] = type?.title ?? LocalizedText(fr: "nombre", en: "number")
                return draft
            }
        }
    }

    /// The fixed-width code type of a column: inferred, announced by its header, or the type that
    /// nearly every `digits.0` value of the column is once `.0` is removed (SIRETs with a valid key
    /// saved as decimals; not amounts like `10000.0`, since postcodes need their header).
    private func codeType(of profile: ColumnProfile, in catalogue: ColumnTypeCatalogue) -> Int? {
        let known = ([profile.inferredType].compactMap { $0 } + profile.announcedTypes).first { catalogue.types[$0].width != nil }
        if let known { return known }
        let floats = profile.excelForms[.floatSuffix]?.count ?? 0
        return catalogue.types.indices.first { index in
            let type = catalogue.types[index]
            return type.width != nil && !type.headerRequired && floats > 0
                && Double(profile.types[index].validOnceUnfloated) >= type.minShare * Double(floats)
        }
    }
}
