/// How a value was written, as a validator reads it (`ValueReading.format`): a column whose
/// values mix formats is reported (`types.mixed-formats`), and a personal-data rule may count
/// some formats only beside another column (`partial-formats`). The raw value is the tag shown in
/// reports and written in rule books.
///
/// An enumeration rather than a string so that a reading holds no reference: the profiler keeps
/// the readings of every record, and copies and drops them without counting references.
public enum ValueFormat: String, Sendable, CaseIterable {
    // Dates (and the date part of datetimes).
    case isoDate = "yyyy-mm-dd"
    case slashedYearFirst = "yyyy/mm/dd"
    case slashedDayFirst = "dd/mm/yyyy"
    case slashedMonthFirst = "mm/dd/yyyy"
    case dashedDayFirst = "dd-mm-yyyy"
    case dottedDayFirst = "dd.mm.yyyy"
    // Numbers.
    case decimalComma = "decimal-comma"
    case decimalPoint = "decimal-point"
    // Booleans: the pair of words used.
    case ouiNon = "oui/non"
    case vraiFaux = "vrai/faux"
    case trueFalse = "true/false"
    case zeroOne = "0/1"
    case oN = "o/n"
    case yesNo = "yes/no"
    // Phone numbers.
    case national
    case international
    // Vehicle registration plates.
    case dashed
    case spaced
    case undashed
    // Person names: the order of their parts.
    case civilityName = "civilite nom"
    case firstName = "prenom"
    case nameFirstName = "nom prenom"
    case initialName = "initiale nom"
    case firstNameName = "prenom nom"
}
