/// A validator rule books name in `validate:`; reads one trimmed cell.
///
/// Validators work on the UTF-8 bytes of a cell already trimmed of surrounding ASCII spaces. They
/// run on every cell of large files, so they read bytes in place, build no `String` or regex,
/// allocate nothing and stop at the first byte that rules the value out.
public enum BuiltInValidator: String, Sendable, CaseIterable {
    case integer, decimal, percentage, boolean, date, datetime, year, email, url, postcode
    case inseeCommune = "insee-commune", departement, region, siren, siret, rna, uai
    case phoneFR = "phone-fr", latitude, longitude
    case lambert93X = "lambert93-x", lambert93Y = "lambert93-y", luhn
    case nir, iban, card, taxID = "tax-id", ip, plateSIV = "plate-siv", plateFNI = "plate-fni", passport
    case phoneMobile = "phone-mobile", phoneLandline = "phone-landline", personName = "person-name"

    /// nil: the cell does not have the shape of this type. Otherwise the reading (valid or with its problem).
    public func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        var shared = SharedReadings()
        return read(cell, sharing: &shared)
    }

    /// `read(_:)`, with what other validators of the same cell already worked out, and adding to
    /// it. One dispatch for every validator: the profiler calls it for every cell and candidate type.
    func read(_ cell: UnsafeBufferPointer<UInt8>, sharing shared: inout SharedReadings) -> ValueReading? {
        guard !cell.isEmpty else { return nil }
        switch self {
        case .integer: return NumberReader.integer(shared.number(cell))
        case .decimal: return NumberReader.decimal(cell, whole: shared.number(cell))
        case .percentage: return NumberReader.readPercentage(cell)
        case .boolean: return BooleanReader.read(cell)
        case .date: return DateReader.readDate(cell)
        case .datetime: return DatetimeReader.read(cell)
        case .year: return DateReader.readYear(cell)
        case .email: return EmailReader.read(cell)
        case .url: return URLReader.read(cell)
        case .postcode: return PostcodeReader.read(cell)
        case .inseeCommune: return CommuneCodeReader.read(cell)
        case .departement: return DepartementReader.read(cell)
        case .region: return RegionReader.read(cell)
        case .siren: return CompanyNumberReader.readSiren(cell)
        case .siret: return CompanyNumberReader.readSiret(cell)
        case .rna: return RNAReader.read(cell)
        case .uai: return UAIReader.read(cell)
        case .phoneFR: return PhoneNumberReader.reading(of: shared.phone(cell))
        case .latitude: return CoordinateReader.latitude(shared.number(cell))
        case .longitude: return CoordinateReader.longitude(shared.number(cell))
        case .lambert93X: return CoordinateReader.lambert93X(shared.number(cell))
        case .lambert93Y: return CoordinateReader.lambert93Y(shared.number(cell))
        case .luhn: return LuhnNumberReader.read(cell)
        case .nir: return NIRReader.read(cell)
        case .iban: return IBANReader.read(cell)
        case .card: return PaymentCardReader.read(cell)
        case .taxID: return TaxNumberReader.read(cell)
        case .ip: return IPAddressReader.read(cell)
        case .plateSIV: return PlateReader.readSIV(cell)
        case .plateFNI: return PlateReader.readFNI(cell)
        case .passport: return PassportReader.read(cell)
        case .phoneMobile: return PhoneLine.mobile.reading(of: shared.phone(cell))
        case .phoneLandline: return PhoneLine.landline.reading(of: shared.phone(cell))
        case .personName: return PersonNameReader.read(cell)
        }
    }

    /// The lengths in bytes of the cells the validator may read as values of its type, for the
    /// profiler to pass over the others without calling it (`TypeMatchers`): the bounds the
    /// readers check first, where they have some.
    var lengths: ClosedRange<Int> {
        switch self {
        case .postcode: PostcodeReader.length...PostcodeReader.length
        case .inseeCommune: CommuneCodeReader.length...CommuneCodeReader.length
        case .email: EmailReader.lengths
        case .date: DateReader.lengths
        case .datetime: DatetimeReader.minimumLength...Int.max
        case .nir: NIRReader.minimumLength...Int.max
        case .iban: IBANReader.minimumLength...Int.max
        case .card: PaymentCardReader.lengths
        default: 1...Int.max
        }
    }

    /// The bytes that begin the cells the validator may read as values of its type, place by place
    /// (none past the places given): for the profiler to pass over the long types a cell cannot
    /// begin as (`TypeMatchers.mayBegin`), without calling the validator. The readers check the
    /// same first: a NIR's sex digit, a date's first digit, a card issuer's first digit, an IBAN's
    /// country and check digits.
    var leadingBytes: [ByteSet] {
        let digits = ByteSet(0x30...0x39), letters = ByteSet(0x41...0x5A).union(ByteSet(0x61...0x7A))
        return switch self {
        case .nir: [ByteSet(0x31...0x32)]
        case .date, .datetime: [digits]
        case .card: [ByteSet(0x32...0x36)]
        case .iban: [letters, letters, digits, digits]
        default: []
        }
    }

    /// One line for the docs.
    public var summary: LocalizedText {
        switch self {
        case .integer:
            LocalizedText(fr: "Nombre entier, avec signe et espaces de milliers permis (12 000).",
                          en: "Whole number, sign and thousands spaces allowed (12 000).")
        case .decimal:
            LocalizedText(fr: "Nombre décimal, virgule ou point, espaces de milliers et « € » final permis.",
                          en: "Decimal number, comma or point, thousands spaces and a trailing “€” allowed.")
        case .percentage:
            LocalizedText(fr: "Pourcentage : un nombre suivi de « % » (12,5 %).",
                          en: "Percentage: a number followed by “%” (12,5 %).")
        case .boolean:
            LocalizedText(fr: "Booléen : oui/non, vrai/faux, true/false, 0/1, o/n, yes/no.",
                          en: "Boolean: oui/non, vrai/faux, true/false, 0/1, o/n, yes/no.")
        case .date:
            LocalizedText(fr: "Date existante : aaaa-mm-jj, jj/mm/aaaa, jj-mm-aaaa, jj.mm.aaaa, aaaa/mm/jj ou mm/jj/aaaa.",
                          en: "Existing date: yyyy-mm-dd, dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy/mm/dd or mm/dd/yyyy.")
        case .datetime:
            LocalizedText(fr: "Date et heure : une date, « T » ou une espace, hh:mm[:ss], fuseau facultatif.",
                          en: "Date and time: a date, “T” or a space, hh:mm[:ss], optional time zone.")
        case .year:
            LocalizedText(fr: "Année sur quatre chiffres, de 1000 à 2999.",
                          en: "Four-digit year, from 1000 to 2999.")
        case .email:
            LocalizedText(fr: "Adresse électronique avec un domaine et une extension.",
                          en: "E-mail address with a domain and a top-level domain.")
        case .url:
            LocalizedText(fr: "Adresse web commençant par http:// ou https://.",
                          en: "Web address starting with http:// or https://.")
        case .postcode:
            LocalizedText(fr: "Code postal français : cinq chiffres d'un département ou territoire existant.",
                          en: "French postcode: five digits of an existing département or territory.")
        case .inseeCommune:
            LocalizedText(fr: "Code commune INSEE : département (dont 2A, 2B, 97x) puis numéro de commune.",
                          en: "INSEE commune code: département (including 2A, 2B, 97x) then commune number.")
        case .departement:
            LocalizedText(fr: "Code de département : 01 à 95, 2A, 2B ou 971 à 976.",
                          en: "Département code: 01 to 95, 2A, 2B or 971 to 976.")
        case .region:
            LocalizedText(fr: "Code de région INSEE en vigueur (depuis 2016).",
                          en: "Current INSEE région code (since 2016).")
        case .siren:
            LocalizedText(fr: "Numéro SIREN : neuf chiffres avec clé de Luhn.",
                          en: "SIREN number: nine digits with a Luhn key.")
        case .siret:
            LocalizedText(fr: "Numéro SIRET : quatorze chiffres avec clé de Luhn (règle propre à La Poste).",
                          en: "SIRET number: fourteen digits with a Luhn key (La Poste has its own rule).")
        case .rna:
            LocalizedText(fr: "Numéro RNA d'association : W suivi de neuf chiffres.",
                          en: "RNA association number: W followed by nine digits.")
        case .uai:
            LocalizedText(fr: "Code UAI d'établissement : sept chiffres et une lettre clé.",
                          en: "UAI establishment code: seven digits and a check letter.")
        case .phoneFR:
            LocalizedText(fr: "Numéro de téléphone français, national (0…) ou international (+33…).",
                          en: "French phone number, national (0…) or international (+33…).")
        case .latitude:
            LocalizedText(fr: "Latitude en degrés décimaux, de −90 à 90.",
                          en: "Latitude in decimal degrees, from −90 to 90.")
        case .longitude:
            LocalizedText(fr: "Longitude en degrés décimaux, de −180 à 180.",
                          en: "Longitude in decimal degrees, from −180 to 180.")
        case .lambert93X:
            LocalizedText(fr: "Abscisse Lambert-93 en mètres, dans l'emprise de la France métropolitaine.",
                          en: "Lambert-93 easting in metres, within mainland France.")
        case .lambert93Y:
            LocalizedText(fr: "Ordonnée Lambert-93 en mètres, dans l'emprise de la France métropolitaine.",
                          en: "Lambert-93 northing in metres, within mainland France.")
        case .luhn:
            LocalizedText(fr: "Numéro de 2 à 19 chiffres avec clé de Luhn.",
                          en: "Number of 2 to 19 digits with a Luhn key.")
        case .nir:
            LocalizedText(fr: "Numéro de sécurité sociale (NIR) : 15 caractères, sexe, année, mois, lieu de naissance, rang et clé (2A, 2B pour la Corse).",
                          en: "French social-security number (NIR): 15 characters, sex, year, month, place of birth, rank and key (2A, 2B for Corsica).")
        case .iban:
            LocalizedText(fr: "IBAN : code pays, clé et numéro de compte à la longueur du pays, contrôlé modulo 97 (et clé RIB pour la France).",
                          en: "IBAN: country code, check digits and account number of the country's length, checked mod 97 (and the RIB key for France).")
        case .card:
            LocalizedText(fr: "Numéro de carte bancaire : préfixe et longueur d'un réseau connu (Visa, Mastercard, CB…) et clé de Luhn.",
                          en: "Payment card number: a known scheme's prefix and length (Visa, Mastercard, CB…) and a Luhn key.")
        case .taxID:
            LocalizedText(fr: "Numéro fiscal (SPI) : treize chiffres commençant par 0 à 3, clé modulo 511.",
                          en: "French tax number (SPI): thirteen digits starting with 0 to 3, mod-511 key.")
        case .ip:
            LocalizedText(fr: "Adresse IP : IPv4 (quatre nombres de 0 à 255) ou IPv6.",
                          en: "IP address: IPv4 (four numbers from 0 to 255) or IPv6.")
        case .plateSIV:
            LocalizedText(fr: "Plaque d'immatriculation SIV : AB-123-CD (sans I, O, U ni SS, numéro différent de 000).",
                          en: "SIV registration plate: AB-123-CD (no I, O, U or SS, number other than 000).")
        case .plateFNI:
            LocalizedText(fr: "Ancienne plaque d'immatriculation FNI : 123 ABC 75 (numéro, lettres, département).",
                          en: "Old FNI registration plate: 123 ABC 75 (number, letters, département).")
        case .passport:
            LocalizedText(fr: "Numéro de passeport français : deux chiffres, deux lettres, cinq chiffres.",
                          en: "French passport number: two digits, two letters, five digits.")
        case .phoneMobile:
            LocalizedText(fr: "Numéro de téléphone mobile français (06, 07), national ou international.",
                          en: "French mobile phone number (06, 07), national or international.")
        case .phoneLandline:
            LocalizedText(fr: "Numéro de téléphone fixe français (01 à 05, 09), national ou international.",
                          en: "French landline phone number (01 to 05, 09), national or international.")
        case .personName:
            LocalizedText(fr: "Nom de personne : « Prénom NOM », « NOM Prénom », civilité + nom, ou un prénom seul, d'après la liste des prénoms de l'INSEE (rules/data/prenoms.txt) ; jamais un nom de lieu, de voie ou d'équipement.",
                          en: "Person's name: \"Firstname LASTNAME\", \"LASTNAME Firstname\", civility + name, or a first name alone, from INSEE's list of first names (rules/data/prenoms.txt); never the name of a place, street or facility.")
        }
    }
}
