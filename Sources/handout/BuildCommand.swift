import ArgumentParser
import Document
import Foundation
import HandoutKit

/// `handout build`: one PDF handout from chosen topics.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build a PDF handout from topics or a collection.",
        discussion: "Example: handout build symptoms tace sirt --layout standard -o out.pdf")

    @Argument(help: "Topic ids, as listed by `handout topics`. Printed in reading order.")
    var topics: [String] = []

    @Option(name: .long, help: "A collection id; its topics are added to any named.")
    var collection: String?

    @Option(name: .long, help: "A layout name from Layouts/ or a path to a layout file.")
    var layout = "standard"

    @Option(name: .shortAndLong, help: "Where to write the PDF.")
    var output: String

    @Option(name: .long, help: "The handout's title (default: the collection's or topic's title).")
    var title: String?

    @Option(name: .long, help: "The date, YYYY-MM-DD, written into the file (default: today). Same input and date give the same bytes.")
    var date: String?

    @OptionGroup var contentOptions: ContentOptions

    func validate() throws {
        guard !topics.isEmpty || collection != nil else {
            throw ValidationError("name at least one topic or a --collection; `handout topics` lists them")
        }
        if let date, CalendarDay(date) == nil { throw ValidationError("--date '\(date)' is not a date written YYYY-MM-DD") }
    }

    func run() throws {
        try reportingErrors {
            let builder = HandoutBuilder(resources: try contentOptions.resources())
            let request = HandoutRequest(
                topicIDs: topics, collectionID: collection, layout: layout, title: title,
                date: date.flatMap(CalendarDay.init) ?? .today())
            let document = try builder.pages(for: request)
            let pdf = try builder.pdf(of: document)
            try AtomicFile.write(pdf, to: URL(fileURLWithPath: output))
            print("Wrote \(output): \(document.pages.count) pages")
        }
    }
}
