import LavandeTabular

/// Points of a latitude column and a longitude column, row by row: a point outside France that
/// falls inside once its two values are swapped has its latitude and longitude swapped; a point
/// in neither place is outside France (mainland and overseas territories).
public struct CoordinatesCheck: ColumnTypeCheck, CheckKind {
    public static let name = "coordinates"
    public static let summary = LocalizedText(
        fr: "Vérifie que les points (colonnes latitude et longitude) tombent en France, et repère latitude et longitude inversées.",
        en: "Checks that points (latitude and longitude columns) fall in France, and finds latitude and longitude swapped.")
    public static let target = CheckTarget.tabularFiles

    public enum Event: String, CaseIterable, Sendable {
        case swapped
        case outsideFrance = "outside-france"
    }

    public static let parameters = [
        ParameterSpec("event", .string, default: .string(Event.swapped.rawValue), choices: Event.allCases.map(\.rawValue),
                      LocalizedText(fr: "« swapped » : latitude et longitude inversées ; « outside-france » : point hors de France.",
                                    en: "\"swapped\": latitude and longitude swapped; \"outside-france\": point outside France.")),
        ParameterSpec("latitude-type", .columnType, default: .string("latitude"),
                      LocalizedText(fr: "Type des colonnes de latitude.", en: "Type of latitude columns.")),
        ParameterSpec("longitude-type", .columnType, default: .string("longitude"),
                      LocalizedText(fr: "Type des colonnes de longitude.", en: "Type of longitude columns.")),
    ]
    public static let placeholders = ["latitude", "longitude", "values"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func makeObserver(for file: TabularFileContext, profiler: ColumnProfiler) -> TabularObserver {
        Observer(event: Event(rawValue: rule.parameters.string("event"))!, profiler: profiler, file: file,
                 latitudeType: profiler.catalogue.types.firstIndex { $0.id == rule.parameters.string("latitude-type") },
                 longitudeType: profiler.catalogue.types.firstIndex { $0.id == rule.parameters.string("longitude-type") })
    }

    private final class Observer: SplittableObserver {
        let event: Event
        let profiler: ColumnProfiler
        let file: TabularFileContext
        let latitudeType: Int?
        let longitudeType: Int?
        /// The latitude and longitude columns (0-based), chosen from the header at the first data row.
        var pair: (latitude: Int, longitude: Int)?
        var pairChosen = false
        var tally = ValueTally()

        init(event: Event, profiler: ColumnProfiler, file: TabularFileContext, latitudeType: Int?, longitudeType: Int?) {
            self.event = event
            self.profiler = profiler
            self.file = file
            self.latitudeType = latitudeType
            self.longitudeType = longitudeType
            profiler.readings.keep([latitudeType, longitudeType].compactMap { $0 })
        }

        func record(_ record: Record, table: TableLayout) {
            guard table.role(of: record) == .data, let latitudeType, let longitudeType else { return }
            if !pairChosen {
                pairChosen = true
                let latitude = profiler.profiles.firstIndex { $0.announcedTypes.contains(latitudeType) }
                let longitude = profiler.profiles.firstIndex { $0.announcedTypes.contains(longitudeType) }
                if let latitude, let longitude { pair = (latitude, longitude) }
            }
            guard let pair else { return }
            guard let latitude = profiler.readings.reading(column: pair.latitude, type: latitudeType), latitude.problem == nil,
                  let longitude = profiler.readings.reading(column: pair.longitude, type: longitudeType), longitude.problem == nil,
                  let lat = latitude.ordinal, let lon = longitude.ordinal,
                  FrenchTerritory.locate(latitude: lat, longitude: lon) == nil else { return }
            let swapped = FrenchTerritory.locate(latitude: lon, longitude: lat) != nil
            guard swapped == (event == .swapped) else { return }
            tally.record(Location(row: record.number, line: record.line, column: profiler.profiles[pair.latitude].column),
                         value: "\(Self.text(lat)), \(Self.text(lon))", limit: file.maxExamples)
        }

        func finish(facts: ByteFacts, table: TableLayout?) -> [FindingDraft] {
            guard let pair, tally.count > 0 else { return [] }
            let evidence = Evidence.values(tally.values, sensitive: false, showValues: file.showValues)
            return [FindingDraft(location: tally.examples.first, count: tally.count, examples: tally.examples,
                                 values: ["latitude": profiler.profiles[pair.latitude].column.name ?? "",
                                          "longitude": profiler.profiles[pair.longitude].column.name ?? "",
                                          "values": evidence ?? "—"],
                                 evidence: evidence)]
        }

        func fork(profiler: ColumnProfiler?) -> SplittableObserver {
            let fork = Observer(event: event, profiler: profiler!, file: file, latitudeType: latitudeType, longitudeType: longitudeType)
            (fork.pair, fork.pairChosen) = (pair, pairChosen)
            return fork
        }

        func absorb(_ later: SplittableObserver, shift: RecordShift) {
            let later = later as! Observer
            // Chosen by the first part that saw a data row.
            if !pairChosen { (pair, pairChosen) = (later.pair, later.pairChosen) }
            tally.absorb(later.tally, shift: shift, limit: file.maxExamples)
        }

        static func text(_ value: Double) -> String { String(value) }
    }
}
