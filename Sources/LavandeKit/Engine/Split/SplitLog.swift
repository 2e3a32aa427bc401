import Foundation

/// What the split passes of a run did, file by file: how many parts each file was cut into and
/// how many of them were read by the reader of the part before (their start was not a record
/// start). For tests and measures; reports never show it.
final class SplitLog: @unchecked Sendable {
    struct Entry: Equatable {
        var path: String
        var parts: Int
        var partsReadOn: Int
    }

    private let lock = NSLock()
    private var entries: [Entry] = []

    var all: [Entry] { lock.withLock { entries } }

    func note(_ entry: Entry) { lock.withLock { entries.append(entry) } }
}
