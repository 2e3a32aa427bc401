/// Builds the report model from a parsed JSON report, key by key as `docs/report.md` describes
/// them; what `JSONReporter` derives (summary, statuses) is left to the model to derive again.
enum JSONReportDecoder {
    /// A value that is not what the format says.
    struct Mismatch: Error {
        /// Where, as a path of keys and indices (`findings[3].severity`).
        var place: String
        var line: Int
        /// What is there: `a number`, `"fatal"`, `missing`.
        var found: String
        var expected: String
    }

    /// A value of the document with its place, for messages.
    struct Field {
        var node: JSONNode
        var place: String

        private func mismatch(_ expected: String) -> Mismatch {
            Mismatch(place: place.isEmpty ? "the document" : place, line: node.line, found: JSONReportDecoder.describe(node),
                     expected: expected)
        }

        private func child(_ key: String) -> String { place.isEmpty ? key : place + "." + key }

        /// The value of a key the format always writes.
        func member(_ key: String) throws(Mismatch) -> Field {
            guard let field = try optionalMember(key) else {
                throw Mismatch(place: child(key), line: node.line, found: "missing", expected: "a value")
            }
            return field
        }

        /// The value of a key present only in some reports (`shard`, `dialect`…).
        func optionalMember(_ key: String) throws(Mismatch) -> Field? {
            guard let pairs = node.pairs else { throw mismatch("an object") }
            return pairs.last { $0.key == key }.map { Field(node: $0.node, place: child(key)) }
        }

        /// The values of an object, in order (`shares`).
        func members() throws(Mismatch) -> [(key: String, field: Field)] {
            guard let pairs = node.pairs else { throw mismatch("an object") }
            return pairs.map { ($0.key, Field(node: $0.node, place: child($0.key))) }
        }

        func elements() throws(Mismatch) -> [Field] {
            guard let elements = node.elements else { throw mismatch("a list") }
            return elements.enumerated().map { Field(node: $0.element, place: "\(place)[\($0.offset)]") }
        }

        /// nil for JSON null, else what `read` makes of the value.
        func nullable<Value>(_ read: (Field) throws(Mismatch) -> Value) throws(Mismatch) -> Value? {
            node.isNull ? nil : try read(self)
        }

        func string() throws(Mismatch) -> String {
            guard case let .string(string) = node.value else { throw mismatch("a string") }
            return string
        }

        func strings() throws(Mismatch) -> [String] {
            var strings: [String] = []
            for element in try elements() { strings.append(try element.string()) }
            return strings
        }

        func int() throws(Mismatch) -> Int {
            guard case let .number(number) = node.value, let int = Int(number) else { throw mismatch("a whole number") }
            return int
        }

        func double() throws(Mismatch) -> Double {
            guard case let .number(number) = node.value, let double = Double(number) else { throw mismatch("a number") }
            return double
        }

        func bool() throws(Mismatch) -> Bool {
            guard case let .bool(bool) = node.value else { throw mismatch("true or false") }
            return bool
        }

        /// One of the values of an enumeration, by its raw value.
        func choice<Value: RawRepresentable & CaseIterable>(_: Value.Type) throws(Mismatch) -> Value where Value.RawValue == String {
            guard case let .string(string) = node.value, let value = Value(rawValue: string) else {
                throw mismatch("one of " + Value.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return value
        }

        /// Each element of a list, read by `read`.
        func list<Value>(_ read: (Field) throws(Mismatch) -> Value) throws(Mismatch) -> [Value] {
            var values: [Value] = []
            for element in try elements() { values.append(try read(element)) }
            return values
        }
    }

    /// A scalar as written (`2`, `"fatal"`), or the kind of value (`a list`), for messages.
    static func describe(_ node: JSONNode) -> String {
        switch node.value {
        case let .number(number): return number
        case let .string(string): return "\"\(string)\""
        default: return node.kind
        }
    }

    static func report(_ root: Field) throws(Mismatch) -> JSONReport {
        let tool = try root.member("tool")
        let summary = try root.member("summary")
        var report = Report(tool: ToolInfo(name: try tool.member("name").string(), version: try tool.member("version").string()),
                            failOn: try summary.member("fail_on").choice(FailThreshold.self), rules: [],
                            datasets: try root.member("datasets").list(dataset), findings: [])
        report.findings = try root.member("findings").list(finding)
        report.known = try summary.member("known").int()
        if let shard = try root.optionalMember("shard") {
            guard let value = Shard(index: try shard.member("index").int(), count: try shard.member("count").int()) else {
                throw Mismatch(place: shard.place, line: shard.node.line, found: "out of range", expected: "1 ≤ index ≤ count")
            }
            report.shard = value
        }
        return JSONReport(report: report, language: try root.member("language").choice(Language.self))
    }

    private static func dataset(_ field: Field) throws(Mismatch) -> DatasetSummary {
        DatasetSummary(name: try field.member("name").string(), files: try field.member("files").list(file),
                       documents: try field.member("documents").strings(),
                       licences: try field.optionalMember("licences")?.list(licence))
    }

    private static func licence(_ field: Field) throws(Mismatch) -> LicenceSummary {
        let obligations = try optionalString(field, "obligations")
        return LicenceSummary(files: try field.member("files").strings(), licences: try field.member("licences").strings(),
                              declaredIn: try field.member("declared_in").strings(),
                              obligations: obligations.map { LocalizedText(fr: $0, en: $0) })
    }

    private static func file(_ field: Field) throws(Mismatch) -> FileSummary {
        let dialect = try field.optionalMember("dialect")
        return FileSummary(
            path: try field.member("path").string(), status: try field.member("status").choice(FileSummary.Status.self),
            size: try optionalInt(field, "size"), encoding: try optionalString(field, "encoding"),
            byteOrderMark: try optionalString(field, "bom"),
            delimiter: try dialect?.member("delimiter").string(),
            quote: try dialect.flatMap { (dialect) throws(Mismatch) in try optionalString(dialect, "quote") },
            hasHeader: try dialect?.member("header").bool(), titleRows: try dialect?.member("title_rows").int(),
            dialectConfidence: try dialect?.member("confidence").double(),
            rows: try optionalInt(field, "rows"), columns: try optionalInt(field, "columns"),
            header: try field.optionalMember("header")?.strings(),
            columnProfiles: try field.optionalMember("column_profiles")?.list(profile))
    }

    private static func profile(_ field: Field) throws(Mismatch) -> ColumnSummary {
        var shares: [(type: String, share: Double)] = []
        for (type, share) in try field.member("shares").members() { shares.append((type, try share.double())) }
        return ColumnSummary(column: try column(field.member("column")), type: try optionalString(field, "type"),
                             filled: try field.member("filled").int(), empty: try field.member("empty").int(),
                             missing: try field.member("missing").int(), distinct: try field.member("distinct").int(),
                             shares: shares, minimum: try optionalString(field, "minimum"),
                             maximum: try optionalString(field, "maximum"), examples: try field.member("examples").strings())
    }

    private static func finding(_ field: Field) throws(Mismatch) -> Finding {
        let message = try field.member("message").string()
        let help = try field.member("help").string()
        // `byte_column` came after the first reports of format 1: older ones lack it.
        let byteColumn = try field.optionalMember("byte_column")?.nullable { (value) throws(Mismatch) in try value.int() }
        let place = Location(row: try optionalInt(field, "row"), line: try optionalInt(field, "line"),
                             column: try field.member("column").nullable(column), offset: try optionalInt(field, "offset"),
                             byteColumn: byteColumn ?? nil)
        let waived = try field.member("waived").bool()
        let reason = try optionalString(field, "waiver_reason")
        if waived && reason == nil {
            throw Mismatch(place: field.place + ".waiver_reason", line: field.node.line, found: "null", expected: "the reason of the waiver")
        }
        return Finding(ruleID: try field.member("rule").string(), severity: try field.member("severity").choice(Severity.self),
                       message: LocalizedText(fr: message, en: message), help: LocalizedText(fr: help, en: help),
                       dataset: try field.member("dataset").string(), file: try optionalString(field, "file"),
                       location: place.isEmpty && place.byteColumn == nil ? nil : place, count: try field.member("count").int(),
                       examples: try field.member("examples").list(location),
                       evidence: try optionalString(field, "evidence"), waiver: waived ? reason : nil)
    }

    /// An example place: only the keys it knows.
    private static func location(_ field: Field) throws(Mismatch) -> Location {
        Location(row: try field.optionalMember("row")?.int(), line: try field.optionalMember("line")?.int(),
                 column: try field.optionalMember("column").map(column), offset: try field.optionalMember("offset")?.int(),
                 byteColumn: try field.optionalMember("byte_column")?.int())
    }

    private static func column(_ field: Field) throws(Mismatch) -> ColumnRef {
        ColumnRef(index: try field.member("index").int(), name: try optionalString(field, "name"))
    }

    private static func optionalString(_ field: Field, _ key: String) throws(Mismatch) -> String? {
        try field.member(key).nullable { (value) throws(Mismatch) in try value.string() }
    }

    private static func optionalInt(_ field: Field, _ key: String) throws(Mismatch) -> Int? {
        try field.member(key).nullable { (value) throws(Mismatch) in try value.int() }
    }
}
