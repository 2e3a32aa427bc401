/// Reading a JSON report (docs/report.md) as the end-to-end tests need it.
extension Dictionary where Key == String, Value == Any {
    /// The findings of a JSON report.
    var findings: [[String: Any]] { self["findings"] as? [[String: Any]] ?? [] }

    /// The rule ids of the findings on `file`, sorted.
    func rules(in file: String) -> [String] {
        findings.filter { $0["file"] as? String == file }.compactMap { $0["rule"] as? String }.sorted()
    }

    func finding(_ rule: String) -> [String: Any]? { findings.first { $0["rule"] as? String == rule } }

    /// The summary of a file (`datasets[].files[]`), by its path in its dataset.
    func file(_ path: String) -> [String: Any]? {
        let datasets = self["datasets"] as? [[String: Any]] ?? []
        return datasets.flatMap { $0["files"] as? [[String: Any]] ?? [] }.first { $0["path"] as? String == path }
    }
}
