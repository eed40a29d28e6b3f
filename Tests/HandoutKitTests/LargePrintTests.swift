import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

/// Large print checked on the PDF: the size of every piece of text is read from the content streams
/// (see ``PDFTextSizes``), so headers, footers, page numbers and the glossary are all covered.
@Suite struct LargePrintTests {
    let builder: HandoutBuilder
    let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    func textSizes(_ request: HandoutRequest) throws -> (sizes: [Double], figureSizes: [Double], pages: Int, pageSize: String) {
        let url = try PDFTools.save(try builder.pdf(for: request))
        let pages = try PDFTextSizes.pages(url)
        #expect(pages.allSatisfy { $0.externalObjects == 0 }, "all text is in the page streams read here")
        let info = try PDFTools.info(url)
        #expect(Int(info["Pages"] ?? "") == pages.count)
        return (pages.flatMap(\.sizes), pages.flatMap(\.figureSizes), pages.count, info["Page size"] ?? "")
    }

    func mostCommon(_ sizes: [Double]) -> Double? {
        Dictionary(grouping: sizes) { ($0 * 100).rounded() / 100 }.max { $0.value.count < $1.value.count }?.key
    }

    @Test func theSizeReaderFindsTheStandardLayoutsSmallestAndBodyText() throws {
        let standard = try textSizes(HandoutRequest(collectionID: "newly-diagnosed", date: date))
        #expect(standard.sizes.min().map { abs($0 - 12) < 0.001 } == true, "the 12 pt running header")
        #expect(mostCommon(standard.sizes) == 12.5, "body text")
        #expect(standard.sizes.max().map { abs($0 - 22 * 1.3) < 0.001 } == true, "the title")
    }

    @Test func noTextInTheLargePrintPDFIsBelow16Points() throws {
        // The full booklet has every kind of text: title, headings, lists, callouts, glossary,
        // running header and page numbers.
        let large = try textSizes(HandoutRequest(collectionID: "full-booklet", layout: "large-print", date: date))
        #expect(large.sizes.count > 1000)
        let smallest = try #require(large.sizes.min())
        #expect(smallest >= 16, "smallest text: \(smallest) pt")
        // The diagrams' labels too: figures grow with the measure in large print.
        #expect(!large.figureSizes.isEmpty)
        #expect(large.figureSizes.allSatisfy { $0 >= 16 }, "smallest figure label: \(large.figureSizes.min() ?? 0) pt")
        #expect(mostCommon(large.sizes) == 18, "body text")
        #expect(large.pageSize.contains("A4"))
    }

    @Test func bodySizeReflowsEverythingAtTheNewSize() throws {
        let request = HandoutRequest(collectionID: "newly-diagnosed", layout: "large-print", date: date)
        let at18 = try textSizes(request)
        var bigger = request
        bigger.bodySize = 27
        let at27 = try textSizes(bigger)
        #expect(mostCommon(at27.sizes) == 27)
        // A figure is already as wide as the measure at 18 pt, so its labels cannot grow further.
        #expect(try #require(at27.sizes.min()) >= 16 * 1.5 - 0.001, "the header scales with the body")
        let largest = (at18: try #require(at18.sizes.max()), at27: try #require(at27.sizes.max()))
        #expect(abs(largest.at27 - largest.at18 * 1.5) < 0.001, "the title too")
        // Reflowed, not scaled: same paper, more pages, the same words.
        #expect(at27.pageSize == at18.pageSize && at27.pages > at18.pages)
        var smaller = request
        smaller.bodySize = 12
        let at12 = try textSizes(smaller)
        #expect(mostCommon(at12.sizes) == 12 && at12.pages < at18.pages)
    }

    @Test func bodySizeOutsideTwelveToThirtySixIsAClearError() {
        for size in [11.5, 40, Double.nan, .infinity, 1e19, -1e308] {
            #expect { try builder.pdf(for: HandoutRequest(topicIDs: ["tace"], date: date, bodySize: size)) } throws: { error in
                (error as? HandoutError)?.message == "body-size must be a number of points from 12 to 36"
            }
        }
    }
}
