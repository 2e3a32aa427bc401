import Foundation
import LavandeKit

/// A check as the API shows it.
struct CheckResource: Encodable {
    struct Links: Encodable {
        var this: String
        var report: String
        var history: String
        var badge: String

        enum CodingKeys: String, CodingKey {
            case this = "self", report, history, badge
        }
    }

    var id: String
    var dataset: String
    var publisher: String
    var status: CheckStatus
    var submittedAt: Date
    var startedAt: Date?
    var finishedAt: Date?
    var attempts: Int
    var files: [UploadedFile]
    /// Whether the uploaded files are still kept (retention).
    var uploadKept: Bool
    var summary: CheckSummary?
    var failure: String?
    var links: Links

    init(_ check: CheckRecord) {
        id = check.id
        dataset = check.dataset
        publisher = check.publisher
        status = check.status
        submittedAt = Date(timeIntervalSince1970: check.submittedAt)
        startedAt = check.startedAt.map(Date.init(timeIntervalSince1970:))
        finishedAt = check.finishedAt.map(Date.init(timeIntervalSince1970:))
        attempts = check.attempts
        files = check.files
        uploadKept = check.uploadPurgedAt == nil
        summary = check.summary
        failure = check.failure
        let dataset = APIPaths.dataset(publisher: check.publisher, dataset: check.dataset)
        links = Links(this: APIPaths.check(check.id), report: APIPaths.check(check.id) + "/report",
                      history: dataset + "/checks", badge: dataset + "/badge.svg")
    }
}

/// What changed between a done check and the previous done check of its dataset.
struct CheckChanges: Encodable {
    struct FindingReference: Encodable {
        var rule: String
        var file: String?
        var column: String?

        /// Reads a `FindingIdentity.key` (a key it cannot read is shown whole as the rule).
        init(key: String) {
            let identity = FindingIdentity(key: key)
            rule = identity?.rule ?? key
            file = identity?.file
            column = identity?.column
        }
    }

    /// Listed findings are cut at this many; the counts are whole.
    static let listed = 50

    var comparedWith: String
    var new: Int
    var resolved: Int
    var newFindings: [FindingReference]
    var resolvedFindings: [FindingReference]

    init(comparedWith previous: String, previousKeys: [String], keys: [String]) {
        let before = Set(previousKeys)
        let after = Set(keys)
        let added = after.subtracting(before).sorted()
        let gone = before.subtracting(after).sorted()
        comparedWith = previous
        new = added.count
        resolved = gone.count
        newFindings = added.prefix(CheckChanges.listed).map(FindingReference.init(key:))
        resolvedFindings = gone.prefix(CheckChanges.listed).map(FindingReference.init(key:))
    }
}

/// One entry of a dataset's history.
struct HistoryEntry: Encodable {
    var check: CheckResource
    /// nil for the first done check, and for checks that are not done.
    var changes: CheckChanges?
}

struct HistoryResource: Encodable {
    var publisher: String
    var dataset: String
    var checks: [HistoryEntry]

    /// Pairs each done check with the previous done one.
    init(publisher: String, dataset: String, history: [(check: CheckRecord, findingKeys: [String]?)]) {
        self.publisher = publisher
        self.dataset = dataset
        var previous: (id: String, keys: [String])?
        checks = history.map { entry in
            guard entry.check.status == .done, let keys = entry.findingKeys else {
                return HistoryEntry(check: CheckResource(entry.check), changes: nil)
            }
            defer { previous = (entry.check.id, keys) }
            return HistoryEntry(check: CheckResource(entry.check),
                                changes: previous.map { CheckChanges(comparedWith: $0.id, previousKeys: $0.keys, keys: keys) })
        }
    }
}

struct DatasetListResource: Encodable {
    struct Entry: Encodable {
        var publisher: String
        var dataset: String
        var latest: CheckResource
    }

    var datasets: [Entry]
}

/// The API's paths, for links and `Location`.
enum APIPaths {
    static func check(_ id: String) -> String { "/v1/checks/" + id }

    static func dataset(publisher: String, dataset: String) -> String {
        "/v1/datasets/" + segment(publisher) + "/" + segment(dataset)
    }

    /// One path segment, percent-encoded (a name may hold spaces, accents, `?`, `#`).
    static func segment(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;?#%")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// Encodes API resources: snake_case keys, ISO 8601 times, sorted keys (stable bytes).
enum APIJSON {
    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return try encoder.encode(value)
    }
}
