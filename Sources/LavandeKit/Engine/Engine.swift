import Foundation
import LavandeTabular

/// Runs the active rules over a catalogue of datasets: plans which checks apply to which files,
/// reads each file once (in parallel, `jobs` at a time), and turns what the checks report into
/// findings with rendered messages and waivers applied.
public struct Engine: Sendable {
    public let rules: ActiveRules
    public let options: EngineOptions
    private let tabularChecks: [any TabularCheck]
    private let columnChecks: [any ColumnTypeCheck]
    private let unreadableChecks: [any UnreadableFileCheck]
    private let datasetChecks: [any DatasetCheck]
    private let binaryKinds: Set<String>

    public init(rules: ActiveRules, registry: CheckRegistry = .builtIn, options: EngineOptions = EngineOptions()) {
        self.rules = rules
        self.options = options
        var tabular: [any TabularCheck] = []
        var columns: [any ColumnTypeCheck] = []
        var unreadable: [any UnreadableFileCheck] = []
        var datasets: [any DatasetCheck] = []
        var binary: Set<String> = []
        for rule in rules.rules {
            guard let kind = registry.kind(named: rule.kind) else { continue }
            let check = kind.init(rule: rule)
            if let check = check.asTabular { tabular.append(check) }
            if let check = check.asColumnType { columns.append(check) }
            if let check = check.asUnreadableFile { unreadable.append(check) }
            if let check = check.asDataset { datasets.append(check) }
            if kind.examinesBinaryContent { binary.insert(rule.id) }
        }
        tabularChecks = tabular
        columnChecks = columns
        unreadableChecks = unreadable
        datasetChecks = datasets
        binaryKinds = binary
    }

    /// Checks every dataset of the catalogue.
    public func run(_ catalogue: DatasetCatalogue) async -> Report {
        let work = catalogue.datasets.flatMap { dataset in dataset.resources.map { (dataset, $0) } }
        let sizes = options.progress == nil ? [] : work.map { work in
            (try? FileManager.default.attributesOfItem(atPath: work.1.path)[.size] as? NSNumber)?.intValue ?? 0
        }
        options.progress?.start(files: work.count, bytes: sizes.reduce(0, +))
        // Files take `jobs` threads; a policy that asks for more parts than that gets them.
        let threads = ThreadBudget(threads: max(options.jobs, options.split.parts ?? 0))
        let outcomes = await inParallel(work.count) { index in
            let progress = self.options.progress?.file(size: sizes[index])
            defer { progress?.finish() }
            let held = threads.take(upTo: 1)
            defer { threads.give(held) }
            return self.check(work[index].1, in: work[index].0, threads: threads, progress: progress)
        }
        let datasetOutcomes = await inParallel(datasetChecks.isEmpty ? 0 : catalogue.datasets.count) {
            self.check(catalogue.datasets[$0])
        }
        var findings: [Finding] = []
        var summaries: [DatasetSummary] = []
        var cursor = 0
        for (index, dataset) in catalogue.datasets.enumerated() {
            var files: [FileSummary] = []
            for _ in dataset.resources {
                let outcome = outcomes[cursor]
                cursor += 1
                files.append(outcome.summary)
                findings += outcome.drafts.map { finish($0.draft, rule: $0.rule, dataset: dataset, file: outcome.summary.path, root: catalogue.root) }
            }
            var summary = DatasetSummary(name: dataset.name, files: files, documents: dataset.documents)
            if index < datasetOutcomes.count {
                let outcome = datasetOutcomes[index]
                summary.licences = outcome.licences
                findings += outcome.drafts.map { rule, draft in
                    let file = draft.document.map { dataset.name == "." ? $0 : dataset.name + "/" + $0 }
                    return finish(draft, rule: rule, dataset: dataset, file: file, root: catalogue.root)
                }
            }
            summaries.append(summary)
        }
        return Report(failOn: options.failOn, rules: rules.rules, datasets: summaries, findings: findings)
    }

    /// `body(0..<count)`, `jobs` at a time, results in index order.
    private func inParallel<Outcome: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> Outcome) async -> [Outcome] {
        var outcomes = [Outcome?](repeating: nil, count: count)
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            func startNext() {
                guard next < count else { return }
                let index = next
                next += 1
                group.addTask { (index, body(index)) }
            }
            for _ in 0..<max(1, options.jobs) { startNext() }
            for await (index, outcome) in group {
                outcomes[index] = outcome
                startNext()
            }
        }
        return outcomes.map { $0! }
    }

    // MARK: One dataset

    struct DatasetOutcome: Sendable {
        var licences: [LicenceSummary]?
        var drafts: [(rule: Rule, draft: FindingDraft)]
    }

    func check(_ dataset: Dataset) -> DatasetOutcome {
        let context = DatasetContext(dataset: dataset, rules: rules)
        let drafts = datasetChecks.flatMap { check in check.evaluate(context).map { (check.rule, $0) } }
        return DatasetOutcome(licences: context.licenceSummary, drafts: drafts)
    }

    // MARK: One file

    struct FileOutcome: Sendable {
        var summary: FileSummary
        var drafts: [(rule: Rule, draft: FindingDraft)]
    }

    func check(_ resource: Resource, in dataset: Dataset, threads: ThreadBudget, progress: FileProgress?) -> FileOutcome {
        if let problem = resource.problem {
            let drafts = unreadableChecks.filter { $0.rule.applies(toFile: resource.reportPath) }
                .compactMap { check in check.evaluate(problem).map { (check.rule, $0) } }
            return FileOutcome(summary: FileSummary(path: resource.reportPath, status: .unreadable), drafts: drafts)
        }
        var context = TabularFileContext(pathInDataset: resource.pathInDataset, reportPath: resource.reportPath,
                                         maxExamples: options.maxExamples, datasetDirectory: dataset.directory,
                                         documents: dataset.documents)
        context.showValues = options.showValues
        context.configuredSchema = rules.configuredSchema(forFile: resource.path)
        context.publisher = rules.publisher
        // Observers with the rule they report for; the shared profiler reports nothing (no rule).
        var observers: [(rule: Rule?, observer: TabularObserver)] = tabularChecks
            .filter { $0.rule.applies(toFile: resource.reportPath) }
            .map { ($0.rule, $0.makeObserver(for: context)) }
        let typeChecks = columnChecks.filter { $0.rule.applies(toFile: resource.reportPath) }
        var profiler: ColumnProfiler?
        if !typeChecks.isEmpty && !rules.types.isEmpty {
            let declarations = typeChecks.flatMap { check in check.typesReadThroughout.map { (check.rule.columns, $0) } }
            let shared = ColumnProfiler(catalogue: rules.types, declarations: declarations, limit: options.maxExamples,
                                        trial: options.typeTrial)
            profiler = shared
            // The profiler comes first: it has read each record, and inferred the types, before any check asks.
            observers.insert((nil, shared), at: 0)
            observers += typeChecks.map { ($0.rule, $0.makeObserver(for: context, profiler: shared)) }
        }
        let sink = ObservingSink(observers: observers.map(\.observer))
        let facts: ByteFacts
        do {
            var limits = ReaderLimits()
            limits.examples = options.maxExamples
            let reading = FileReading(path: resource.path, limits: limits, progress: progress, policy: options.split,
                                      threads: threads, log: options.splitLog)
            facts = try reading.read(with: ObserverSet(observers: observers.map(\.observer), profiler: profiler), sink: sink)
        } catch {
            let problem = FileAccessProblem(kind: .other, detail: "\(error)")
            return check(Resource(pathInDataset: resource.pathInDataset, reportPath: resource.reportPath, path: resource.path,
                                  problem: problem), in: dataset, threads: threads, progress: nil)
        }
        var summary = FileSummary(path: resource.reportPath, status: .checked, size: facts.size, encoding: facts.encoding.rawValue,
                                  byteOrderMark: facts.byteOrderMark?.rawValue)
        if facts.binary != nil {
            summary.status = .binary
        } else if let table = sink.table {
            let dialect = table.info.dialect
            summary.delimiter = dialect.delimiterName
            summary.quote = String(UnicodeScalar(dialect.quote))
            summary.hasHeader = dialect.hasHeader
            summary.titleRows = dialect.titleRows
            summary.dialectConfidence = (dialect.confidence * 1000).rounded() / 1000
            summary.rows = facts.recordCount
            summary.columns = table.headerWidth ?? table.expectedColumnCount
            summary.header = dialect.hasHeader ? table.header : nil
            if resource.isTableOnlyIfDelimited && dialect.columnCount <= 1 {
                return FileOutcome(summary: FileSummary(path: resource.reportPath, status: .notTabular, size: facts.size), drafts: [])
            }
        }
        var drafts: [(Rule, FindingDraft)] = []
        for (rule, observer) in observers {
            if facts.binary != nil && !binaryKinds.contains(rule?.id ?? "") { continue }
            let found = observer.finish(facts: facts, table: sink.table)
            if let rule { drafts += found.map { (rule, $0) } }
        }
        if summary.status == .checked, let profiler {
            summary.columnProfiles = profiler.profiles.map { ColumnSummary($0, catalogue: rules.types, showValues: options.showValues) }
        }
        return FileOutcome(summary: summary, drafts: drafts)
    }

    // MARK: Findings

    private func finish(_ draft: FindingDraft, rule: Rule, dataset: Dataset, file: String?, root: String) -> Finding {
        var values = draft.values
        // A finding about a whole dataset names its folder.
        values["file"] = file ?? dataset.name
        values["dataset"] = dataset.name
        values["rule"] = rule.id
        values["count"] = String(draft.count)
        if let row = draft.location?.row { values["row"] = String(row) }
        if let line = draft.location?.line { values["line"] = String(line) }
        if let column = draft.location?.column { values["column"] = column.name.map { "«\($0)»" } ?? "#\(column.index)" }
        func render(_ text: LocalizedText) -> LocalizedText {
            LocalizedText(fr: MessageTemplate.render(text.fr, values: values.merging(draft.localizedValues.mapValues(\.fr)) { $1 }),
                          en: MessageTemplate.render(text.en, values: values.merging(draft.localizedValues.mapValues(\.en)) { $1 }))
        }
        var finding = Finding(ruleID: rule.id, severity: rule.severity, message: render(rule.message), help: render(rule.help),
                              dataset: dataset.name, file: file, location: draft.location, count: draft.count,
                              examples: draft.examples, evidence: draft.evidence)
        if let directory = rules.configDirectory {
            let rootPath = root.hasSuffix("/") ? root : root + "/"
            let relative = file.map { DatasetScanner.relative(rootPath + $0, to: directory) }
            finding.waiver = rules.waivers.first { $0.covers(ruleID: rule.id, file: relative, column: draft.location?.column) }?.reason
        }
        return finding
    }
}
