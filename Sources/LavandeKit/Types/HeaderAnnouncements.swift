import Synchronization

/// The types each header announces (`ColumnType.isAnnounced(by:)`), worked out once per distinct
/// header for a whole run. Matching a header with every hint of every type costs about 80,000
/// instructions, in each column of each file; the files of a catalogue repeat their headers.
/// Bounded: past `capacity` distinct headers, new ones are worked out each time.
final class HeaderAnnouncements: Sendable {
    private let known = Mutex<[String: [Int]]>([:])
    static let capacity = 10_000

    /// Indices in `types` of the types `header` announces.
    func types(announcedBy header: HeaderName, among types: [ColumnType]) -> [Int] {
        if let announced = known.withLock({ $0[header.normalised] }) { return announced }
        let announced = types.indices.filter { types[$0].isAnnounced(by: header) }
        known.withLock { known in
            if known.count < HeaderAnnouncements.capacity { known[header.normalised] = announced }
        }
        return announced
    }
}
