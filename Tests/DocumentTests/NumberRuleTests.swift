import Foundation
import HandoutTestSupport
import Testing
@testable import Document

/// Numbers from outside are checked once, before any conversion, and never trap.
@Suite struct NumberRuleTests {
    let rule = NumberRule(12...36, unit: "points")

    @Test func onlyFiniteDecimalNumbersInsideTheRangePass() {
        #expect(rule.value("12") == 12 && rule.value(" 18.5 ") == 18.5 && rule.value("2.4e1") == 24)
        for text in ["1e19", "1e308", "1e400", "-1e308", "nan", "inf", "-inf", "infinity", "0x18", "", "12pt", "11.99", "36.01"] {
            #expect(rule.value(text) == nil, "\(text)")
        }
        for value in [Double.nan, .infinity, -.infinity, 1e19, .greatestFiniteMagnitude, -.greatestFiniteMagnitude] {
            #expect(rule.check(value) == nil)
        }
    }

    @Test func theRuleIsStatedWithoutTheValueAndAnyNumberPrintsWithoutTrapping() {
        #expect(rule.requirement == "a number of points from 12 to 36")
        #expect(NumberRule(0...0.5).requirement == "a number from 0 to 0.5")
        #expect(NumberRule.written(1e19) == "1e+19" && NumberRule.written(.nan) == "nan" && NumberRule.written(-.infinity) == "-inf")
        #expect(NumberRule.written(12) == "12" && NumberRule.written(12.5) == "12.5")
    }

    @Test func hugeAndNonNumbersInALayoutAreErrorsNamingTheKey() throws {
        let standard = try String(contentsOf: Repository.layouts.appendingPathComponent("standard.yaml"), encoding: .utf8)
        for (find, replace, key) in [
            ("body-size: 12.5", "body-size: 1e19", "text.body-size"), ("body-size: 12.5", "body-size: .nan", "text.body-size"),
            ("line-height: 1.45", "line-height: 1e308", "text.line-height"), ("top: 20", "top: 1e19", "page.margins.top"),
        ] {
            #expect(standard.contains(find), "\(find)")
            #expect { try LayoutLoader.parse(standard.replacingOccurrences(of: find, with: replace), file: "my.yaml") } throws: { error in
                (error as? ContentError)?.key == key && (error as? ContentError)?.message.hasPrefix("must be a number") == true
            }
        }
    }
}
