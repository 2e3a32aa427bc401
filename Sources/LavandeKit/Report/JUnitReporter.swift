/// JUnit XML, as GitLab (`artifacts:reports:junit`) and Jenkins read it.
///
/// One `<testsuite>` per dataset; one `<testcase>` per data file and rule family (every family
/// with an active rule that applies to the file, so passing families show as passed tests). A
/// test case fails when it holds a finding at or above `--fail-on` that is not waived: its single
/// `<failure>` lists them all (type: their rule ids). The other findings (lower, or waived) go to
/// `<system-out>`. Findings about the folder itself or one of its documents get test cases of
/// their own, named after the folder (or the document).
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let fileExtension = "xml"

    public init() {}

    public func render(_ report: Report, options: ReportOptions) -> String {
        let language = options.language
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        let byDataset = report.findingsByDataset
        for dataset in report.datasets {
            let findings = byDataset[dataset.name] ?? []
            var cases: [TestCase] = []
            let dataFiles = Set(dataset.files.map(\.path))
            for file in dataset.files {
                let fileFindings = findings.filter { $0.file == file.path }
                let applying = Set(report.rules.filter { $0.applies(toFile: file.path) }.map(\.family))
                for family in applying.union(fileFindings.map(\.family)).sorted() {
                    cases.append(TestCase(name: "\(file.path) · \(family)", findings: fileFindings.filter { $0.family == family }))
                }
            }
            // The folder itself (file nil) and its documents: only the families with findings.
            let others = findings.filter { $0.file.map { !dataFiles.contains($0) } ?? true }
            let folder = ReportText.folder(dataset.name)
            let places = Array(Set(others.map { $0.file ?? "" })).sorted()
            for place in places {
                let placeFindings = others.filter { ($0.file ?? "") == place }
                let title = place.isEmpty || place == dataset.name ? folder : place
                for family in Set(placeFindings.map(\.family)).sorted() {
                    cases.append(TestCase(name: "\(title) · \(family)", findings: placeFindings.filter { $0.family == family }))
                }
            }
            let failures = cases.filter { $0.failing(report.failOn).count > 0 }.count
            totalTests += cases.count
            totalFailures += failures
            var suite = "  <testsuite name=\"\(XMLEscaping.attribute(dataset.name))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
            for testCase in cases {
                suite += render(testCase, classname: dataset.name, failOn: report.failOn, language: language)
            }
            suite += "  </testsuite>\n"
            suites.append(suite)
        }
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"\(XMLEscaping.attribute(report.tool.name))\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
        output += suites.joined()
        output += "</testsuites>\n"
        return output
    }

    private struct TestCase {
        var name: String
        var findings: [Finding]

        func failing(_ failOn: FailThreshold) -> [Finding] { findings.filter { !$0.isWaived && failOn.fails($0.severity) } }
    }

    private func render(_ testCase: TestCase, classname: String, failOn: FailThreshold, language: Language) -> String {
        let head = "    <testcase classname=\"\(XMLEscaping.attribute(classname))\" name=\"\(XMLEscaping.attribute(testCase.name))\""
        let failing = testCase.failing(failOn)
        let others = testCase.findings.filter { $0.isWaived || !failOn.fails($0.severity) }
        guard !failing.isEmpty || !others.isEmpty else { return head + "/>\n" }
        var output = head + ">\n"
        if !failing.isEmpty {
            var rules: [String] = []
            for finding in failing where !rules.contains(finding.ruleID) { rules.append(finding.ruleID) }
            var message = failing[0].message[language]
            if failing.count > 1 { message += " (+\(failing.count - 1) \(Labels.text(.more, language)))" }
            output += "      <failure type=\"\(XMLEscaping.attribute(rules.joined(separator: " ")))\" message=\"\(XMLEscaping.attribute(message))\">"
            output += XMLEscaping.text(failing.map { ReportText.block($0, language: language) }.joined(separator: "\n"))
            output += "</failure>\n"
        }
        if !others.isEmpty {
            output += "      <system-out>"
            output += XMLEscaping.text(others.map { ReportText.block($0, language: language) }.joined(separator: "\n"))
            output += "</system-out>\n"
        }
        return output + "    </testcase>\n"
    }
}
