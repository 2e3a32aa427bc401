/// The publisher's own contact points (`publisher:` in `.lavande.yaml`): its e-mail domains and
/// its phone numbers are the administration's, not personal data.
public struct PublisherIdentity: Sendable {
    /// Domains, lower case; an address at a domain or one of its sub-domains is the publisher's.
    public var domains: [String]
    /// Phone numbers as their nine national digits (`04 75 00 00 00` → `475000000`).
    public var phones: Set<String>

    public init(domains: [String] = [], phones: [String] = []) {
        self.domains = domains.map { $0.lowercased() }
        self.phones = Set(phones.compactMap(PublisherIdentity.nationalDigits))
    }

    public var isEmpty: Bool { domains.isEmpty && phones.isEmpty }

    /// Whether an e-mail address is at one of the publisher's domains.
    public func owns(email: String) -> Bool {
        guard let at = email.utf8.lastIndex(of: UInt8(ascii: "@")) else { return false }
        let domain = email[email.utf8.index(after: at)...].lowercased()
        return domains.contains { domain == $0 || domain.hasSuffix("." + $0) }
    }

    /// Whether a phone number (any French written form) is one of the publisher's.
    public func owns(phone: String) -> Bool {
        PublisherIdentity.nationalDigits(phone).map(phones.contains) ?? false
    }

    /// The nine national digits of a French number written `0X XX…`, `+33 X…`, `0033…`, `+33 (0)X…`.
    static func nationalDigits(_ text: String) -> String? {
        var digits = text.filter(\.isASCII).filter(\.isNumber)
        if digits.hasPrefix("0033") { digits.removeFirst(4) } else if digits.hasPrefix("33"), digits.count >= 11 { digits.removeFirst(2) }
        if digits.count == 10, digits.hasPrefix("0") { digits.removeFirst() }
        return digits.count == 9 ? digits : nil
    }
}

/// An exemption the law allows for personal data (CRPA art. D312-1-3), declared per file and
/// column in `.lavande.yaml`: the findings it covers stay in the report as waived, with the
/// category and the reason.
public enum ExemptionCategory: String, Sendable, CaseIterable {
    /// Elected officials (répertoire national des élus).
    case electedOfficials = "elus"
    /// Agents of the administration in their function (organisation charts, directories).
    case publicAgents = "agents-publics"
    /// Registers of companies and associations.
    case registers = "registres"
    /// Sport and tourism documents.
    case sportTourism = "sport-tourisme"
    /// Planning permits and public-domain occupation.
    case planning = "urbanisme"

    public var text: LocalizedText {
        switch self {
        case .electedOfficials: return LocalizedText(fr: "élus", en: "elected officials")
        case .publicAgents: return LocalizedText(fr: "agents publics dans leurs fonctions", en: "public agents in their function")
        case .registers: return LocalizedText(fr: "registres des entreprises et associations", en: "company and association registers")
        case .sportTourism: return LocalizedText(fr: "documents sportifs et touristiques", en: "sport and tourism documents")
        case .planning: return LocalizedText(fr: "urbanisme et occupation du domaine public", en: "planning and public-domain occupation")
        }
    }
}
