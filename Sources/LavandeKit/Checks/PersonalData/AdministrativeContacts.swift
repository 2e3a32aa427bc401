/// The contact points of the administration, which are not personal data: role mailboxes
/// (`contact@`, `accueil@`…) and the publisher's own domains and numbers, from the rule
/// (`role-mailboxes`, `allowed-domains`, `allowed-phones`) and from `.lavande.yaml` (`publisher`).
struct AdministrativeContacts {
    let roleMailboxes: Set<String>
    let publisher: PublisherIdentity
    /// Only addresses whose local part names a person (a first name, an initial) are personal.
    let mailboxNames: Bool

    init(rule: Rule, file: TabularFileContext) {
        let parameters = rule.parameters
        roleMailboxes = Set(parameters.strings("role-mailboxes").map { $0.lowercased() })
        mailboxNames = parameters.bool("mailbox-names")
        publisher = PublisherIdentity(domains: file.publisher.domains + parameters.strings("allowed-domains"),
                                      phones: file.publisher.phones.sorted() + parameters.strings("allowed-phones"))
    }

    /// The parameters a kind that judges contacts declares.
    static let parameters = [
        ParameterSpec("role-mailboxes", .strings, default: .strings([]),
                      LocalizedText(fr: "Parties locales d'adresses de service, qui ne sont pas personnelles (contact, accueil…).",
                                    en: "Local parts of role addresses, which are not personal (contact, accueil…).")),
        ParameterSpec("allowed-domains", .strings, default: .strings([]),
                      LocalizedText(fr: "Domaines de l'éditeur (s'ajoutent à `publisher.domains` de .lavande.yaml).",
                                    en: "The publisher's domains (added to `publisher.domains` of .lavande.yaml).")),
        ParameterSpec("allowed-phones", .strings, default: .strings([]),
                      LocalizedText(fr: "Numéros de l'éditeur (s'ajoutent à `publisher.phones` de .lavande.yaml).",
                                    en: "The publisher's numbers (added to `publisher.phones` of .lavande.yaml).")),
        ParameterSpec("mailbox-names", .bool, default: .bool(false),
                      LocalizedText(fr: "Une adresse n'est personnelle que si sa partie locale nomme quelqu'un (un prénom connu, une initiale : jeanne.durand@, j.durand@) ; « bureau@ », « proprete@ » sont des boîtes de service.",
                                    en: "An address is personal only when its local part names someone (a known first name, an initial: jeanne.durand@, j.durand@); \"bureau@\", \"proprete@\" are role mailboxes.")),
    ]

    /// Whether values must be read as text to be judged.
    var judgesText: Bool { !roleMailboxes.isEmpty || !publisher.isEmpty || mailboxNames }

    /// Whether a value (an e-mail address or a phone number) is the administration's, not a person's.
    /// The `@` is looked for among the UTF-8 bytes: among characters, each step back is a
    /// grapheme break to find (about 6,000 instructions an address, 1 % of a whole pass).
    func isAdministrative(_ value: String) -> Bool {
        if let at = value.utf8.lastIndex(of: UInt8(ascii: "@")) {
            let local = value[..<at].lowercased()
            return roleMailboxes.contains(local) || publisher.owns(email: value) || (mailboxNames && !AdministrativeContacts.namesSomeone(local))
        }
        return publisher.owns(phone: value)
    }

    /// Whether an address's local part names a person: one of its words is a known first name
    /// (`jeanne.durand`, `durand-jeanne`), or it is an initial and a word (`j.durand`, `durand.j`).
    static func namesSomeone(_ local: String) -> Bool {
        let words = local.split { !$0.isLetter }.map(String.init)
        if words.count >= 2 && words.contains(where: { $0.count == 1 }) { return true }
        return words.contains { $0.count >= 2 && NameLexicon.shared.kinds(of: $0).contains(.firstName) }
    }
}
