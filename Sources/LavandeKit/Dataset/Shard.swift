/// One share of a catalogue too large for one machine (`lavande check --shard I/N`): shard `index`
/// of `count` keeps the datasets whose hash of their name — their folder relative to the checked
/// root, so every machine computes the same one wherever the catalogue is mounted — is
/// `index − 1` modulo `count`. Every dataset falls in exactly one shard; `lavande merge` joins
/// the shards' JSON reports into the report of the whole run.
///
/// The hash is FNV-1a 64-bit over the UTF-8 bytes of the name, then the final mix of
/// MurmurHash3 (`fmix64`): the low bits of FNV-1a depend only on the low bits of each byte, so
/// without the mix `jeu-2021`, `jeu-2025` and `jeu-2029` would always share a shard when `count`
/// is 2 or 4. Never Swift's `Hasher`, which is seeded anew by every process. The values are fixed:
/// the shards of one run agree as long as they run the same version of Lavande.
public struct Shard: Sendable, Hashable, LosslessStringConvertible {
    /// 1-based: 1 … `count`.
    public let index: Int
    public let count: Int

    /// Shard `index` of `count`; nil unless 1 ≤ `index` ≤ `count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `I/N`, as `--shard` takes it (`2/8`).
    public init?(_ description: String) {
        let parts = description.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the dataset of this name (relative to the checked root, `.` for the root) is in
    /// this shard.
    public func contains(dataset name: String) -> Bool {
        Shard.hash(name) % UInt64(count) == UInt64(index - 1)
    }

    /// The catalogue with only this shard's datasets (possibly none).
    public func select(_ catalogue: DatasetCatalogue) -> DatasetCatalogue {
        var selected = catalogue
        selected.datasets = catalogue.datasets.filter { contains(dataset: $0.name) }
        return selected
    }

    /// The stable hash of a dataset name: FNV-1a 64-bit, then `fmix64`.
    static func hash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }
}
