import Foundation

/// How a run behaves, independent of the rules.
public struct EngineOptions: Sendable {
    /// Example locations kept per finding.
    public var maxExamples: Int
    /// Files checked at the same time.
    public var jobs: Int
    public var failOn: FailThreshold

    public init(maxExamples: Int = 5, jobs: Int = EngineOptions.defaultJobs, failOn: FailThreshold = .error) {
        self.maxExamples = maxExamples
        self.jobs = jobs
        self.failOn = failOn
    }

    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
