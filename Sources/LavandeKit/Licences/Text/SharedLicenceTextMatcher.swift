import Synchronization

/// The `LicenceTextMatcher` of a run's licence catalogue, built when a dataset first holds a
/// licence text, then shared by every task of the run. Indexing the reference texts costs about 42
/// million instructions (an eighth of what a run on a tiny file took), which a run whose datasets
/// name their licence (a README, metadata) or hold no licence text need not pay.
public final class SharedLicenceTextMatcher: Sendable {
    private let catalogue: LicenceCatalogue
    private let built = Mutex<LicenceTextMatcher?>(nil)

    /// Nil when no licence of `catalogue` has a reference text: no text could be recognised.
    public init?(catalogue: LicenceCatalogue) {
        guard catalogue.entries.contains(where: { !$0.texts.isEmpty }) else { return nil }
        self.catalogue = catalogue
    }

    /// The matcher, built at the first call (the others wait for it).
    public var matcher: LicenceTextMatcher {
        built.withLock { built in
            if let matcher = built { return matcher }
            let matcher = LicenceTextMatcher(catalogue: catalogue)
            built = matcher
            return matcher
        }
    }
}
