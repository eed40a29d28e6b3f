import Document
import Foundation
import HandoutTestSupport
import PageModel
import Testing
@testable import HandoutKit

/// At the edges of what a layout allows, nothing is drawn off the page and a cut header says so.
@Suite struct PageEdgeTests {
    let builder: HandoutBuilder
    let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    @Test func theSmallestPageAtTheLargestSizeKeepsEveryLineOnThePageAndCutsTheHeaderWithAnEllipsis() throws {
        let title = "Chemoembolisationandradioembolisationforlivercancer explained"
        let document = try builder.pages(for: HandoutRequest(
            topicIDs: ["tace", "sirt"], layout: "booklet", title: title, date: date, bodySize: 36, imposition: Layout.Booklet.Imposition.none))
        #expect(document.pages.count > 2)
        var headers: [String] = []
        for (number, page) in document.pages.enumerated() {
            var header = ""
            defer { if number > 0 { headers.append(header) } }
            for case let .text(run) in page.items {
                let place = "page \(number + 1), '\(run.text)'"
                #expect(run.origin.x >= 0 && run.origin.x + run.width <= page.size.width + 0.01, "\(place) runs off the side")
                #expect(run.origin.y - run.size * 0.9 >= 0 && run.origin.y + run.size * 0.25 <= page.size.height, "\(place) runs off the top or foot")
                if run.origin.y < run.size * 2 { header += run.text }
            }
        }
        #expect(!headers.isEmpty && headers.allSatisfy { $0.hasSuffix("…") }, "\(headers.prefix(3))")
    }

    @Test func aBodySizeThatCannotFitTheLayoutIsRefusedNamingTheKeys() throws {
        let folder = try Repository.temporaryFolder()
        let file = folder.appendingPathComponent("tight.yaml")
        let booklet = try String(contentsOf: Repository.layouts.appendingPathComponent("booklet.yaml"), encoding: .utf8)
        try Data(booklet.replacingOccurrences(of: "left: 16", with: "left: 40").utf8).write(to: file)
        #expect(throws: Never.self) { try builder.pages(for: HandoutRequest(topicIDs: ["tace"], layout: file.path, date: date)) }
        #expect { try builder.pages(for: HandoutRequest(topicIDs: ["tace"], layout: file.path, date: date, bodySize: 36)) } throws: { error in
            (error as? HandoutError)?.message.hasPrefix("body-size: at this size the text of layout 'booklet' cannot fit its page: 'text.footer-size'") ?? false
        }
    }
}
