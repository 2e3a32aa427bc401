/// Turns the JSON of a schema's fields, primary key and custom checks into the schema model,
/// collecting a problem for every part it cannot use (and leaving that part out).
struct SchemaFieldDecoder {
    private(set) var problems = SchemaProblems()
    /// The schema's `missingValues`, read first.
    var schemaMissingValues = [""]
    private var names: Set<String> = []

    static let defaultTrueValues = ["true", "True", "TRUE", "1"]
    static let defaultFalseValues = ["false", "False", "FALSE", "0"]

    /// Counts a problem; its texts are only made for the first ones (see `SchemaProblems`).
    mutating func problem(fr: @autoclosure () -> String, en: @autoclosure () -> String) {
        problems.add(SchemaProblem(fr: fr(), en: en()))
    }

    // MARK: Fields

    /// The field at `index` of `fields`, or nil when it cannot be used at all.
    mutating func field(_ value: Any, at index: Int) -> SchemaField? {
        guard let object = JSONReading.object(value) else {
            problem(fr: "fields[\(index)] n'est pas un objet (\(JSONReading.typeName(value))) : ignoré",
                    en: "fields[\(index)] is not an object (\(JSONReading.typeName(value))): ignored")
            return nil
        }
        guard let name = JSONReading.string(object["name"]), !name.isEmpty else {
            problem(fr: "fields[\(index)] n'a pas de « name » textuel : ignoré", en: "fields[\(index)] has no text \"name\": ignored")
            return nil
        }
        let place = "fields[\(index)] «\(name)»"
        guard names.insert(name).inserted else {
            problem(fr: "\(place) : le nom est déjà celui d'un champ précédent ; ce champ est ignoré",
                    en: "\(place): the name is already used by an earlier field; this field is ignored")
            return nil
        }
        let type = fieldType(object["type"], place: place)
        let (format, reader) = self.reader(type, object, place: place)
        var missingValues: [String]?
        if let value = object["missingValues"] {
            missingValues = JSONReading.strings(value)
            if missingValues == nil {
                problem(fr: "\(place) : « missingValues » doit être une liste de textes ; celle du schéma est utilisée",
                        en: "\(place): \"missingValues\" must be a list of texts; the schema's is used")
            }
        }
        let constraints = self.constraints(object["constraints"], type: type, reader: reader, place: place)
        return SchemaField(name: name, type: type, format: format, constraints: constraints, missingValues: missingValues,
                           reader: reader)
    }

    private mutating func fieldType(_ value: Any?, place: String) -> FieldType {
        guard let value else { return .string }
        guard let text = JSONReading.string(value) else {
            problem(fr: "\(place) : « type » doit être un texte ; le champ accepte toute valeur",
                    en: "\(place): \"type\" must be a text; the field accepts any value")
            return .any
        }
        guard let type = FieldType(rawValue: text) else {
            problem(fr: "\(place) : le type « \(text) » n'existe pas dans Table Schema ; le champ accepte toute valeur",
                    en: "\(place): type \"\(text)\" does not exist in Table Schema; the field accepts any value")
            return .any
        }
        return type
    }

    /// The format (as used) and how to read values of the field.
    private mutating func reader(_ type: FieldType, _ object: [String: Any], place: String) -> (String, FieldReader) {
        var format = "default"
        if let value = object["format"] {
            if let text = JSONReading.string(value) {
                format = type.takesDatePatterns && text.hasPrefix("fmt:") ? String(text.dropFirst(4)) : text
            } else {
                problem(fr: "\(place) : « format » doit être un texte ; le format par défaut est utilisé",
                        en: "\(place): \"format\" must be a text; the default format is used")
            }
        }
        if type.takesDatePatterns, format.contains("%") {
            switch DatePattern.compile(format) {
            case let .success(pattern):
                return (format, FieldReader(syntax: .temporal(TemporalSyntax(kind: temporalKind(type), form: .pattern(pattern)))))
            case let .failure(unknown):
                problem(fr: "\(place) : le format « \(format) » utilise \(unknown.directive), que Lavande ne lit pas ; toute date est acceptée",
                        en: "\(place): format \"\(format)\" uses \(unknown.directive), which Lavande does not read; any date is accepted")
                return ("any", FieldReader(syntax: .temporal(TemporalSyntax(kind: temporalKind(type), form: .any))))
            }
        }
        if format != "default" && !type.namedFormats.contains(format) {
            problem(fr: "\(place) : le format « \(format) » n'existe pas pour le type \(type.rawValue) ; le format par défaut est utilisé",
                    en: "\(place): format \"\(format)\" does not exist for type \(type.rawValue); the default format is used")
            format = "default"
        }
        return (format, FieldReader(syntax: syntax(type, format: format, object, place: place)))
    }

    private func temporalKind(_ type: FieldType) -> TemporalSyntax.Kind {
        type == .date ? .date : type == .time ? .time : .datetime
    }

    private mutating func syntax(_ type: FieldType, format: String, _ object: [String: Any], place: String) -> FieldReader.Syntax {
        switch type {
        case .string: return .string(StringFormat(rawValue: format) ?? .plain)
        case .number:
            var number = NumberSyntax()
            number.decimalChar = text(object["decimalChar"], key: "decimalChar", default: ".", place: place)
            number.groupChar = text(object["groupChar"], key: "groupChar", default: "", place: place)
            number.bareNumber = flag(object["bareNumber"], key: "bareNumber", default: true, place: place)
            return .number(number)
        case .integer:
            return .number(NumberSyntax(bareNumber: flag(object["bareNumber"], key: "bareNumber", default: true, place: place),
                                        integer: true))
        case .boolean:
            return .boolean(trueValues: Set(texts(object["trueValues"], key: "trueValues", default: SchemaFieldDecoder.defaultTrueValues, place: place)),
                            falseValues: Set(texts(object["falseValues"], key: "falseValues", default: SchemaFieldDecoder.defaultFalseValues, place: place)))
        case .date, .datetime, .time:
            return .temporal(TemporalSyntax(kind: temporalKind(type), form: format == "any" ? .any : .standard))
        case .year: return .year
        case .yearmonth: return .yearmonth
        case .duration: return .duration
        case .geopoint: return .geopoint(GeoPointFormat(rawValue: format) ?? .text)
        case .geojson: return .json(format == "topojson" ? .topojson : .geojson)
        case .object: return .json(.object)
        case .array: return .json(.array)
        case .any: return .any
        }
    }

    private mutating func text(_ value: Any?, key: String, default fallback: String, place: String) -> String {
        guard let value else { return fallback }
        if let text = JSONReading.string(value), key != "decimalChar" || !text.isEmpty { return text }
        problem(fr: "\(place) : « \(key) » doit être un texte ; « \(fallback) » est utilisé",
                en: "\(place): \"\(key)\" must be a text; \"\(fallback)\" is used")
        return fallback
    }

    private mutating func flag(_ value: Any?, key: String, default fallback: Bool, place: String) -> Bool {
        guard let value else { return fallback }
        if let flag = JSONReading.bool(value) { return flag }
        problem(fr: "\(place) : « \(key) » doit valoir true ou false ; \(fallback) est utilisé",
                en: "\(place): \"\(key)\" must be true or false; \(fallback) is used")
        return fallback
    }

    private mutating func texts(_ value: Any?, key: String, default fallback: [String], place: String) -> [String] {
        guard let value else { return fallback }
        if let texts = JSONReading.strings(value) { return texts }
        problem(fr: "\(place) : « \(key) » doit être une liste de textes ; les valeurs par défaut sont utilisées",
                en: "\(place): \"\(key)\" must be a list of texts; the default values are used")
        return fallback
    }

    // MARK: Constraints

    private mutating func constraints(_ value: Any?, type: FieldType, reader: FieldReader, place: String) -> FieldConstraints {
        var constraints = FieldConstraints()
        guard let value else { return constraints }
        guard let object = JSONReading.object(value) else {
            problem(fr: "\(place) : « constraints » doit être un objet ; aucune contrainte n'est vérifiée",
                    en: "\(place): \"constraints\" must be an object; no constraint is checked")
            return constraints
        }
        constraints.required = flag(object["required"], key: "required", default: false, place: place)
        constraints.unique = flag(object["unique"], key: "unique", default: false, place: place)
        constraints.minLength = length(object["minLength"], key: "minLength", place: place)
        constraints.maxLength = length(object["maxLength"], key: "maxLength", place: place)
        constraints.minimum = bound(object["minimum"], key: "minimum", type: type, reader: reader, place: place)
        constraints.maximum = bound(object["maximum"], key: "maximum", type: type, reader: reader, place: place)
        constraints.exclusiveMinimum = bound(object["exclusiveMinimum"], key: "exclusiveMinimum", type: type, reader: reader, place: place)
        constraints.exclusiveMaximum = bound(object["exclusiveMaximum"], key: "exclusiveMaximum", type: type, reader: reader, place: place)
        if let value = object["pattern"] {
            if let text = JSONReading.string(value) {
                do {
                    constraints.pattern = try SchemaPattern(text)
                } catch {
                    problem(fr: "\(place) : le « pattern » \(text) n'est pas une expression régulière valide ; il n'est pas vérifié",
                            en: "\(place): \"pattern\" \(text) is not a valid regular expression; it is not checked")
                }
            } else {
                problem(fr: "\(place) : « pattern » doit être un texte ; il n'est pas vérifié",
                        en: "\(place): \"pattern\" must be a text; it is not checked")
            }
        }
        if let value = object["enum"] {
            constraints.enumeration = enumeration(value, type: type, reader: reader, place: place)
        }
        return constraints
    }

    private mutating func length(_ value: Any?, key: String, place: String) -> Int? {
        guard let value else { return nil }
        if let count = JSONReading.count(value) { return count }
        problem(fr: "\(place) : « \(key) » doit être un nombre entier positif ; il n'est pas vérifié",
                en: "\(place): \"\(key)\" must be a whole number ≥ 0; it is not checked")
        return nil
    }

    private mutating func bound(_ value: Any?, key: String, type: FieldType, reader: FieldReader, place: String) -> ConstraintBound? {
        guard let value else { return nil }
        let numeric: Set<FieldType> = [.number, .integer, .year]
        if numeric.contains(type), let number = JSONReading.number(value) {
            return ConstraintBound(written: FieldDescription.shortened(JSONReading.scalarText(value) ?? String(number)), order: number)
        }
        if let text = JSONReading.string(value), let order = reader.read(text)?.order {
            return ConstraintBound(written: FieldDescription.shortened(text), order: order)
        }
        problem(fr: "\(place) : « \(key) » (\(JSONReading.scalarText(value) ?? JSONReading.typeName(value))) n'est pas une valeur du type \(type.rawValue) ; il n'est pas vérifié",
                en: "\(place): \"\(key)\" (\(JSONReading.scalarText(value) ?? JSONReading.typeName(value))) is not a value of type \(type.rawValue); it is not checked")
        return nil
    }

    private mutating func enumeration(_ value: Any, type: FieldType, reader: FieldReader, place: String) -> EnumConstraint? {
        guard let items = JSONReading.array(value) else {
            problem(fr: "\(place) : « enum » doit être une liste ; il n'est pas vérifié", en: "\(place): \"enum\" must be a list; it is not checked")
            return nil
        }
        var written: [String] = []
        var identities: Set<ValueIdentity> = []
        let numeric: Set<FieldType> = [.number, .integer, .year]
        for item in items {
            guard let text = JSONReading.scalarText(item) else {
                problem(fr: "\(place) : une valeur d'« enum » est un(e) \(JSONReading.typeName(item)) ; elle est ignorée",
                        en: "\(place): an \"enum\" value is a \(JSONReading.typeName(item)); it is ignored")
                continue
            }
            if numeric.contains(type), let number = JSONReading.number(item) {
                identities.insert(.number(number == 0 ? 0 : number))
            } else if let identity = reader.read(text)?.identity {
                identities.insert(identity)
            } else {
                problem(fr: "\(place) : la valeur d'« enum » « \(text) » n'est pas du type \(type.rawValue) ; elle est ignorée",
                        en: "\(place): \"enum\" value \"\(text)\" is not of type \(type.rawValue); it is ignored")
                continue
            }
            written.append(FieldDescription.shortened(text))
        }
        return EnumConstraint(written: written, identities: identities)
    }

    // MARK: Schema level

    /// The primary key's field names; dropped (with a problem) when it names a field the schema does not have.
    mutating func primaryKey(_ value: Any?, fields: [SchemaField]) -> [String] {
        guard let value else { return [] }
        guard let names = JSONReading.string(value).map({ [$0] }) ?? JSONReading.strings(value) else {
            problem(fr: "« primaryKey » doit être un nom de champ ou une liste de noms ; il n'est pas vérifié",
                    en: "\"primaryKey\" must be a field name or a list of names; it is not checked")
            return []
        }
        if let unknown = names.first(where: { name in !fields.contains { $0.name == name } }) {
            problem(fr: "« primaryKey » nomme « \(unknown) », qui n'est pas un champ du schéma ; la clé n'est pas vérifiée",
                    en: "\"primaryKey\" names \"\(unknown)\", which is not a field of the schema; the key is not checked")
            return []
        }
        return names
    }

    /// Validata's `custom_checks`, each with a name and text (or list) parameters.
    mutating func customChecks(_ value: Any?) -> [CustomCheckDeclaration] {
        guard let value else { return [] }
        guard let items = JSONReading.array(value) else {
            problem(fr: "« custom_checks » doit être une liste ; aucun contrôle personnalisé n'est fait",
                    en: "\"custom_checks\" must be a list; no custom check is run")
            return []
        }
        var checks: [CustomCheckDeclaration] = []
        for (index, item) in items.enumerated() {
            guard let object = JSONReading.object(item), let name = JSONReading.string(object["name"]) else {
                problem(fr: "custom_checks[\(index)] n'a pas de « name » textuel : ignoré",
                        en: "custom_checks[\(index)] has no text \"name\": ignored")
                continue
            }
            var params: [String: CustomCheckParameter] = [:]
            for (key, value) in JSONReading.object(object["params"]) ?? [:] {
                if let text = JSONReading.scalarText(value) {
                    params[key] = .text(text)
                } else if let items = JSONReading.array(value), case let texts = items.compactMap(JSONReading.scalarText),
                          texts.count == items.count {
                    params[key] = .texts(texts)
                } else {
                    problem(fr: "custom_checks[\(index)] « \(name) » : le paramètre « \(key) » n'est ni un texte ni une liste de textes ; il est ignoré",
                            en: "custom_checks[\(index)] \"\(name)\": parameter \"\(key)\" is neither a text nor a list of texts; it is ignored")
                }
            }
            checks.append(CustomCheckDeclaration(name: name, params: params, position: index))
        }
        return checks
    }
}
