import Foundation
import HandoutTestSupport
import Testing
@testable import Document

@Suite struct LayoutLoaderTests {
    let standard: String

    init() throws {
        standard = try String(contentsOf: Repository.layouts.appendingPathComponent("standard.yaml"), encoding: .utf8)
    }

    func parse(_ text: String) throws -> Layout { try LayoutLoader.parse(text, file: "my.yaml") }

    @Test func theStandardLayoutIsA4AtClearPrintSizes() throws {
        let layout = try parse(standard)
        #expect(abs(layout.page.width - 595.28) < 0.01 && abs(layout.page.height - 841.89) < 0.01)
        #expect(layout.text.bodySize >= 12 && layout.text.footerSize >= layout.text.bodySize)
    }

    @Test func aBadValueNamesItsKeyPathAndTheAllowedValues() {
        #expect { try parse(standard.replacingOccurrences(of: "size: A4", with: "size: A3")) } throws: { error in
            let error = error as? ContentError
            return error?.key == "page.size" && error?.message == "'A3' is not allowed; use one of A4, A5, Letter"
        }
        #expect { try parse(standard.replacingOccurrences(of: "body-size: 12.5", with: "body-size: 200")) } throws: { error in
            (error as? ContentError)?.description == "my.yaml:12: 'text.body-size': must be a number of points from 6 to 72"
        }
        #expect { try parse(standard.replacingOccurrences(of: "\"#00467f\"", with: "navy")) } throws: { error in
            (error as? ContentError)?.key == "colours.heading"
        }
    }

    @Test func unknownAndMissingKeysAreNamed() {
        #expect { try parse(standard.replacingOccurrences(of: "line-height:", with: "leading:")) } throws: { error in
            let error = error as? ContentError
            return error?.key == "text.leading" && (error?.message.hasPrefix("unknown key") ?? false)
        }
        #expect { try parse(standard.replacingOccurrences(of: "  muted: \"#4c5a67\"\n", with: "")) } throws: { error in
            (error as? ContentError)?.key == "colours.muted"
        }
    }

    @Test func hyphenationAndJustificationAreSwitchesWithDefaults() throws {
        let layout = try parse(standard)
        #expect(layout.text.hyphenate && !layout.text.justify)
        let switched = try parse(
            standard.replacingOccurrences(of: "hyphenate: true", with: "hyphenate: false")
                .replacingOccurrences(of: "justify: false", with: "justify: true"))
        #expect(!switched.text.hyphenate && switched.text.justify)
        let withoutKeys = standard.split(separator: "\n").filter { !$0.contains("hyphenate:") && !$0.contains("justify:") }
        let defaults = try parse(withoutKeys.joined(separator: "\n"))
        #expect(defaults.text.hyphenate && !defaults.text.justify, "hyphenate defaults to true, justify to false")
        #expect { try parse(standard.replacingOccurrences(of: "justify: false", with: "justify: sometimes")) } throws: { error in
            let error = error as? ContentError
            return error?.key == "text.justify" && error?.description == "my.yaml:21: 'text.justify': expected true or false"
        }
    }

    @Test func contentsIsOptionalAndChecked() throws {
        #expect(try parse(standard).contents == .auto)
        #expect(try parse(standard.replacingOccurrences(of: "contents: auto", with: "contents: always")).contents == .always)
        let without = standard.split(separator: "\n").filter { !$0.hasPrefix("contents:") }.joined(separator: "\n")
        #expect(try parse(without).contents == .auto)
        #expect { try parse(standard.replacingOccurrences(of: "contents: auto", with: "contents: sometimes")) } throws: { error in
            let error = error as? ContentError
            return error?.key == "contents" && error?.message == "'sometimes' is not allowed; use one of auto, always, never"
        }
    }

    @Test func autoContentsAreForLongHandouts() {
        #expect(!ContentsSetting.auto.showsContents(pages: ContentsSetting.automaticPages, topics: ContentsSetting.automaticTopics))
        #expect(ContentsSetting.auto.showsContents(pages: ContentsSetting.automaticPages + 1, topics: 1))
        #expect(ContentsSetting.auto.showsContents(pages: 1, topics: ContentsSetting.automaticTopics + 1))
        #expect(ContentsSetting.always.showsContents(pages: 1, topics: 1))
        #expect(!ContentsSetting.never.showsContents(pages: 99, topics: 99))
    }
}
