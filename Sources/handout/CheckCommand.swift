import ArgumentParser
import Document
import Foundation
import HandoutKit

/// `handout check`: validates a content folder and prints a readability table per topic.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the content folder and report the reading level of each topic.",
        discussion: """
            Prints one line per problem, `file:line: error: message` or `... warning: ...`, then a \
            readability table. Exits with status 1 if there is any error; warnings alone pass.
            """)

    @OptionGroup var contentOptions: ContentOptions

    @Option(name: .long, help: "Check review dates as if today were this day, YYYY-MM-DD (default: today).")
    var today: String?

    func validate() throws {
        if let today, CalendarDay(today) == nil {
            throw ValidationError("--today must be \(CalendarDay.requirement)")
        }
    }

    func run() throws {
        let report = try reportingErrors {
            do {
                let checker = ContentChecker(today: today.flatMap(CalendarDay.init) ?? .today())
                return try checker.check(contentOptions.contentDirectory())
            } catch {
                throw HandoutError(error)
            }
        }
        for finding in report.findings { print(finding) }
        if !report.findings.isEmpty { print() }
        print(ReadabilityTable(report.readability).text)
        print(CheckSummary(report).text)
        if report.errorCount > 0 { throw ExitCode.failure }
    }
}
