/// Why a value has the right shape for a type but is not a valid value of it.
public enum InvalidReason: String, Sendable, CaseIterable {
    /// A check digit or check letter (Luhn, SIREN, SIRET, UAI) does not match.
    case checksum
    /// A SIRET of La Poste (`356000000…`) whose digits do not add up to a multiple of 5.
    case laPosteChecksum = "la-poste-checksum"
    /// A date or time that does not exist: 31/02/2024, 2023-13-01, 25:61.
    case noSuchDate = "no-such-date"
    /// A number outside the range of its type: latitude 148.85, Lambert-93 outside France, year 0000.
    case outOfRange = "out-of-range"
    /// A code that no territory uses: département 96, région 99, postcode 00100, INSEE 20001.
    case unknownCode = "unknown-code"
    /// An INSEE commune code that is in fact a postcode, such as 76000 (commune number 000).
    case postcodeNotCommune = "postcode-not-commune"

    /// A short explanation, for reports.
    public var text: LocalizedText {
        switch self {
        case .checksum:
            LocalizedText(fr: "la clé de contrôle (Luhn, lettre UAI) est fausse",
                          en: "the check digit (Luhn) or check letter (UAI) is wrong")
        case .laPosteChecksum:
            LocalizedText(fr: "SIRET de La Poste dont la somme des chiffres n'est pas un multiple de 5",
                          en: "La Poste SIRET whose digit sum is not a multiple of 5")
        case .noSuchDate:
            LocalizedText(fr: "cette date ou cette heure n'existe pas", en: "this date or time does not exist")
        case .outOfRange:
            LocalizedText(fr: "la valeur est hors de l'intervalle possible", en: "the value is out of the possible range")
        case .unknownCode:
            LocalizedText(fr: "aucun territoire n'utilise ce code", en: "no territory uses this code")
        case .postcodeNotCommune:
            LocalizedText(fr: "c'est un code postal, pas un code commune INSEE",
                          en: "this is a postcode, not an INSEE commune code")
        }
    }
}
