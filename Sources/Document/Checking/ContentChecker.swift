import Foundation

/// Everything `handout check` found in a content folder.
public struct ContentCheckReport: Sendable {
    /// Problems, in file and line order.
    public var findings: [Finding]
    /// Reading-level figures per topic, in reading order.
    public var readability: [TopicReadability]

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
}

/// Checks a content folder: front matter, ids, glossary coverage and use, review dates,
/// placeholders and reading level. Every problem is reported, not just the first.
public struct ContentChecker {
    /// The day review dates are checked against.
    public var today: CalendarDay
    /// A review due within this many days is a warning; one already past is an error.
    public var reviewWarningDays: Int

    public init(today: CalendarDay = .today(), reviewWarningDays: Int = 30) {
        self.today = today
        self.reviewWarningDays = reviewWarningDays
    }

    /// Checks `directory`; throws only when it holds no topics at all.
    public func check(_ directory: URL) throws -> ContentCheckReport {
        let content = try ContentLibrary.loadReportingProblems(from: directory)
        let checks: [any ContentCheck] = [
            ReviewDateCheck(today: today, warningDays: reviewWarningDays), PlaceholderCheck(), AbbreviationCheck(),
            GlossaryUseCheck(), CollectionCheck(), FigureResolutionCheck(),
        ]
        let readability = TopicReadability.measure(content)
        let findings = content.problems.map(Finding.init) + checks.flatMap { $0.findings(in: content) }
            + readability.compactMap(\.finding)
        return ContentCheckReport(findings: findings.sorted(by: Finding.inReadingOrder), readability: readability)
    }
}
