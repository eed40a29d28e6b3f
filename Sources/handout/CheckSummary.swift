import Document

/// The last line of `handout check`: how many errors and warnings, and whether the check passed.
struct CheckSummary {
    let report: ContentCheckReport

    init(_ report: ContentCheckReport) { self.report = report }

    var text: String {
        let counts = "\(Self.count(report.errorCount, "error")), \(Self.count(report.warningCount, "warning"))"
        let topics = Self.count(report.readability.count, "topic")
        return report.errorCount > 0 ? "Check failed: \(counts) (\(topics) measured)." : "Check passed: \(counts) (\(topics) measured)."
    }

    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
