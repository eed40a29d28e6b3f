import Foundation
import HandoutTestSupport
import Testing
@testable import Document

/// A layout whose every value is inside its range can still not fit its page; it is refused,
/// naming the keys, and every layout that is accepted fits at every body size a reader may ask for.
@Suite struct LayoutFitTests {
    let booklet: String

    init() throws {
        booklet = try String(contentsOf: Repository.layouts.appendingPathComponent("booklet.yaml"), encoding: .utf8)
    }

    /// The booklet layout (A5) with every margin at `margins` mm and every text size at `size` pt.
    func layout(margins: Int, size: Int) -> String {
        var text = booklet
        for key in ["top", "bottom", "left", "right"] {
            text = text.replacingOccurrences(of: #"\#(key): \d+"#, with: "\(key): \(margins)", options: .regularExpression)
        }
        for key in ["body-size", "h1-size", "h2-size", "h3-size", "header-size", "footer-size"] {
            text = text.replacingOccurrences(of: #"\#(key): [\d.]+"#, with: "\(key): \(size)", options: .regularExpression)
        }
        return text
    }

    @Test func a5WithTenMillimetreMarginsAnd72PointTypeIsRefusedNamingTheKeys() {
        #expect { try LayoutLoader.parse(layout(margins: 10, size: 72), file: "edge.yaml") } throws: { error in
            String(describing: error)
                == "edge.yaml: the text cannot fit the page: 'text.header-size' needs a top margin ('page.margins.top') of at least 51 mm"
        }
        #expect { try LayoutLoader.parse(layout(margins: 30, size: 40), file: "edge.yaml") } throws: { error in
            String(describing: error).hasSuffix(
                "'text.footer-size': \"Page N of M\" needs a text width of at least 127 mm between 'page.margins.left' and 'page.margins.right'")
        }
        #expect(throws: Never.self) { try LayoutLoader.parse(layout(margins: 10, size: 12), file: "edge.yaml") }
    }

    @Test func everyShippedLayoutFitsAtEveryBodySizeAReaderMayAskFor() throws {
        for name in ["standard", "large-print", "booklet", "letter"] {
            let layout = try LayoutLoader.load(Repository.layouts.appendingPathComponent("\(name).yaml"), name: name)
            for size in stride(from: Layout.bodySizeRange.lowerBound, through: Layout.bodySizeRange.upperBound, by: 0.5) {
                #expect(layout.withBodySize(size).fitProblem == nil, "\(name) at \(size) pt")
            }
        }
    }
}
