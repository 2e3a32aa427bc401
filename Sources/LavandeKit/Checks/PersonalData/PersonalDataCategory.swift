/// The categories of personal data, for messages and the report.
public enum PersonalDataCategory: String, CaseIterable, Sendable {
    case identity = "identite"
    case contact
    case financial = "bancaire"
    case name = "nom"
    case birth = "naissance"
    case address = "adresse"
    case location = "localisation"
    case online = "en-ligne"
    case vehicle = "vehicule"
    case aggregate = "petits-effectifs"

    public var text: LocalizedText {
        switch self {
        case .identity: return LocalizedText(fr: "identifiant personnel", en: "personal identifier")
        case .contact: return LocalizedText(fr: "coordonnées personnelles", en: "personal contact details")
        case .financial: return LocalizedText(fr: "données bancaires", en: "bank details")
        case .name: return LocalizedText(fr: "nom de personne", en: "person's name")
        case .birth: return LocalizedText(fr: "date de naissance", en: "date of birth")
        case .address: return LocalizedText(fr: "adresse personnelle", en: "home address")
        case .location: return LocalizedText(fr: "localisation précise", en: "precise location")
        case .online: return LocalizedText(fr: "identifiant en ligne", en: "online identifier")
        case .vehicle: return LocalizedText(fr: "immatriculation", en: "number plate")
        case .aggregate: return LocalizedText(fr: "petits effectifs", en: "small counts")
        }
    }
}
