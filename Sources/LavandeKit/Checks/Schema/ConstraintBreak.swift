/// One constraint of a field that a value breaks: its place among the field's constraints (to
/// group findings), its keyword as the schema writes it, and what it asks, in words.
struct ConstraintBreak {
    let ordinal: Int
    /// `minimum: 0`, `pattern: ^\d{5}$`, `enum`…
    let keyword: String
    /// What every value must be: "at least 0", "one of «a», «b»"…
    let meaning: LocalizedText

    /// The constraints `value` (read from `text`) breaks, in the order of the Table Schema spec.
    static func all(_ constraints: FieldConstraints, text: String, value: TypedValue) -> [ConstraintBreak] {
        var broken: [ConstraintBreak] = []
        func bound(_ ordinal: Int, _ name: String, _ bound: ConstraintBound?, fails: (Double, Double) -> Bool,
                   fr: String, en: String) {
            guard let bound, let order = value.order, fails(order, bound.order) else { return }
            broken.append(ConstraintBreak(ordinal: ordinal, keyword: "\(name): \(bound.written)",
                                          meaning: LocalizedText(fr: "\(fr) \(bound.written)", en: "\(en) \(bound.written)")))
        }
        bound(0, "minimum", constraints.minimum, fails: { $0 < $1 }, fr: "au moins", en: "at least")
        bound(1, "maximum", constraints.maximum, fails: { $0 > $1 }, fr: "au plus", en: "at most")
        bound(2, "exclusiveMinimum", constraints.exclusiveMinimum, fails: { $0 <= $1 }, fr: "strictement plus que",
              en: "strictly more than")
        bound(3, "exclusiveMaximum", constraints.exclusiveMaximum, fails: { $0 >= $1 }, fr: "strictement moins que",
              en: "strictly less than")
        if let minLength = constraints.minLength, value.length < minLength {
            broken.append(ConstraintBreak(ordinal: 4, keyword: "minLength: \(minLength)",
                                          meaning: LocalizedText(fr: "d'au moins \(minLength) caractère(s)",
                                                                 en: "at least \(minLength) character(s) long")))
        }
        if let maxLength = constraints.maxLength, value.length > maxLength {
            broken.append(ConstraintBreak(ordinal: 5, keyword: "maxLength: \(maxLength)",
                                          meaning: LocalizedText(fr: "d'au plus \(maxLength) caractère(s)",
                                                                 en: "at most \(maxLength) character(s) long")))
        }
        if let pattern = constraints.pattern, !pattern.matches(text) {
            broken.append(ConstraintBreak(ordinal: 6, keyword: "pattern: \(pattern.written)",
                                          meaning: LocalizedText(fr: "de la forme du motif \(pattern.written)",
                                                                 en: "in the form of the pattern \(pattern.written)")))
        }
        if let enumeration = constraints.enumeration, !enumeration.identities.contains(value.identity) {
            let values = enumeration.written.map { "«\($0)»" }.joined(separator: ", ")
            broken.append(ConstraintBreak(ordinal: 7, keyword: "enum",
                                          meaning: LocalizedText(fr: "l'une des valeurs \(values)", en: "one of \(values)")))
        }
        return broken
    }
}
