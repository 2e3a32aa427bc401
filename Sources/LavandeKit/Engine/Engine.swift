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
    private let binaryKinds: Set<String>

    public init(rules: ActiveRules, registry: CheckRegistry = .builtIn, options: EngineOptions = EngineOptions()) {
        self.rules = rules
        self.options = options
        var tabular: [any TabularCheck] = []
        var columns: [any ColumnTypeCheck] = []
        var unreadable: [any UnreadableFileCheck] = []
        var binary: Set<String> = []
        for rule in rules.rules {
            guard let kind = registry.kind(named: rule.kind) else { continue }
            let check = kind.init(rule: rule)
            if let check = check as? any TabularCheck { tabular.append(check) }
            if let check = check as? any ColumnTypeCheck { columns.append(check) }
            if let check = check as? any UnreadableFileCheck { unreadable.append(check) }
            if kind.examinesBinaryContent { binary.insert(rule.id) }
        }
        tabularChecks = tabular
        columnChecks = columns
        unreadableChecks = unreadable
        binaryKinds = binary
    }

    /// Checks every dataset of the catalogue.
    public func run(_ catalogue: DatasetCatalogue) async -> Report {
        let work = catalogue.datasets.flatMap { dataset in dataset.resources.map { (dataset, $0) } }
        var outcomes = [FileOutcome?](repeating: nil, count: work.count)
        await withTaskGroup(of: (Int, FileOutcome).self) { group in
            var next = 0
            func startNext() {
                guard next < work.count else { return }
                let index = next
                let (dataset, resource) = work[index]
                next += 1
                group.addTask { (index, self.check(resource, in: dataset)) }
            }
            for _ in 0..<max(1, options.jobs) { startNext() }
            for await (index, outcome) in group {
                outcomes[index] = outcome
                startNext()
            }
        }
        var findings: [Finding] = []
        var summaries: [DatasetSummary] = []
        var cursor = 0
        for dataset in catalogue.datasets {
            var files: [FileSummary] = []
            for _ in dataset.resources {
                let outcome = outcomes[cursor]!
                cursor += 1
                files.append(outcome.summary)
                findings += outcome.drafts.map { finish($0.draft, rule: $0.rule, dataset: dataset, file: outcome.summary.path, root: catalogue.root) }
            }
            summaries.append(DatasetSummary(name: dataset.name, files: files, documents: dataset.documents))
        }
        return Report(failOn: options.failOn, rules: rules.rules, datasets: summaries, findings: findings)
    }

    // MARK: One file

    struct FileOutcome: Sendable {
        var summary: FileSummary
        var drafts: [(rule: Rule, draft: FindingDraft)]
    }

    func check(_ resource: Resource, in dataset: Dataset) -> FileOutcome {
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
            let shared = ColumnProfiler(catalogue: rules.types, declarations: declarations, limit: options.maxExamples)
            profiler = shared
            // The profiler comes first: it has read each record, and inferred the types, before any check asks.
            observers.insert((nil, shared), at: 0)
            observers += typeChecks.map { ($0.rule, $0.makeObserver(for: context, profiler: shared)) }
        }
        let sink = ObservingSink(observers: observers.map(\.observer))
        let facts: ByteFacts
        do {
            var source = try FileByteSource(path: resource.path)
            var limits = ReaderLimits()
            limits.examples = options.maxExamples
            facts = try TabularReader(limits: limits).read(&source, into: sink)
        } catch {
            let problem = FileAccessProblem(kind: .other, detail: "\(error)")
            return check(Resource(pathInDataset: resource.pathInDataset, reportPath: resource.reportPath, path: resource.path,
                                  problem: problem), in: dataset)
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
            summary.columns = table.expectedColumnCount
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

    private func finish(_ draft: FindingDraft, rule: Rule, dataset: Dataset, file: String, root: String) -> Finding {
        var values = draft.values
        values["file"] = file
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
            let relative = DatasetScanner.relative(rootPath + file, to: directory)
            finding.waiver = rules.waivers.first { $0.covers(ruleID: rule.id, file: relative, column: draft.location?.column) }?.reason
        }
        return finding
    }
}

/// Feeds the records of the pass to the observers that want them, after naming the columns.
final class ObservingSink: RecordSink {
    private let recordObservers: [TabularObserver]
    private(set) var table: TableLayout?

    init(observers: [TabularObserver]) {
        recordObservers = observers.filter(\.wantsRecords)
    }

    func begin(_ info: StreamInfo) {
        table = TableLayout(info: info)
    }

    func record(_ record: Record) {
        guard let table else { return }
        if table.role(of: record) == .header {
            let encoding = table.info.recordEncoding
            table.header = record.fields.map { TextDecoding.string($0.bytes, encoding: encoding) }
        }
        for observer in recordObservers { observer.record(record, table: table) }
    }
}
