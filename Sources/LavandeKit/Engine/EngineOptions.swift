import Foundation

/// How a run behaves, independent of the rules.
public struct EngineOptions: Sendable {
    /// Example locations kept per finding.
    public var maxExamples: Int
    /// Files checked at the same time.
    public var jobs: Int
    public var failOn: FailThreshold
    /// Show values in evidence as they are, instead of masked (`--show-values`).
    public var showValues: Bool
    /// Updated as files are read, for a progress display.
    public var progress: RunProgress?
    /// When a large file is read by several threads.
    public var split = SplitPolicy()
    /// The profiler's trial of the column types (tests shorten it).
    var typeTrial = TypeTrial()
    /// Where split passes note what they did (tests).
    var splitLog: SplitLog?

    public init(maxExamples: Int = 5, jobs: Int = EngineOptions.defaultJobs, failOn: FailThreshold = .error,
                showValues: Bool = false, progress: RunProgress? = nil) {
        self.maxExamples = maxExamples
        self.jobs = jobs
        self.failOn = failOn
        self.showValues = showValues
        self.progress = progress
    }

    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
