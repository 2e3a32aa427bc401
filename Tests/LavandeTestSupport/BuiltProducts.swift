import Foundation

/// Where the test targets find the repository and the built `lavande` executable.
public enum BuiltProducts {
    /// The repository checkout (for samples/, rules/ and docs/).
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `lavande` executable built next to the test bundle, or the one `LAVANDE_BINARY` names
    /// (a release build for the slow tests, for instance).
    public static var lavande: URL {
        if let path = ProcessInfo.processInfo.environment["LAVANDE_BINARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for folder in candidates {
            let url = folder.appendingPathComponent("lavande")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repository.appendingPathComponent(".build/debug/lavande")
    }
}
