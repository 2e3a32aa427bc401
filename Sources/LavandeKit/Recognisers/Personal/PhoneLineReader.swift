/// What kind of line a French phone number reaches, from its 9 national digits (the ARCEP plan).
///
/// - mobile: 06 and 073–079. The spec's pattern `6(?:[0-24-8]\d|3[0-8]|9[589])|7[3-9]\d` is
///   mainland France's; the blocks it leaves out of 06 are the overseas mobiles the phone reader's
///   `+262`/`+590`/`+594`/`+596` codes lead to — 0639 Mayotte, 0690–0691 Guadeloupe and the
///   northern islands, 0692–0693 La Réunion, 0694 Guyane, 0696–0697 Martinique — so every 06
///   number is a mobile. 070–072 are not personal mobiles (07 00 is machine-to-machine).
/// - landline: 01–05, geographic (mainland regions and overseas 0262, 0269, 0590, 0594, 0596),
///   and 09, the non-geographic numbers of internet boxes: both ring at someone's home.
/// - nothing: 08 (free, shared-cost and premium service numbers) and the rest of 07.
enum PhoneLine: Sendable {
    case mobile, landline

    init?(national: Int) {
        switch national / 100_000_000 {
        case 6: self = .mobile
        case 7 where national / 10_000_000 % 10 >= 3: self = .mobile
        case 1...5, 9: self = .landline
        default: return nil
        }
    }

    /// The cell read as `phone` (`PhoneNumberReader.number`: every shape of `phone-fr`) if it
    /// reaches this kind of line, with the same format tags ("national", "international"); nil for
    /// any other cell.
    func reading(of phone: PhoneNumberReader.Number?) -> ValueReading? {
        guard let phone, PhoneLine(national: phone.national) == self else { return nil }
        return PhoneNumberReader.reading(of: phone)
    }
}
