import Foundation
import Testing

@testable import Document

@Suite("Calendar days")
struct CalendarDayTests {
    @Test("British dates are written as CLDR writes them, on every day of a leap year")
    func britishLongFormMatchesCLDR() throws {
        for month in 1...12 {
            for day in [1, 9, 10, 28, 29] {
                let date = try #require(CalendarDay(String(format: "2028-%02d-%02d", month, day)))
                #expect(date.longForm(in: .british) == date.cldrLongForm(in: .british))
            }
        }
    }

    @Test("Other languages take their month names from CLDR")
    func welshLongForm() throws {
        let date = try #require(CalendarDay("2026-11-23"))
        #expect(date.longForm(in: try #require(LanguageTag("cy"))) == "23 Tachwedd 2026")
    }

    @Test("Today is the UTC date Foundation's calendar gives")
    func todayIsTheUTCDate() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let before = calendar.dateComponents([.year, .month, .day], from: Date())
        let today = CalendarDay.today()
        let after = calendar.dateComponents([.year, .month, .day], from: Date())
        let expected = [before, after].map { [$0.year, $0.month, $0.day] }
        #expect(expected.contains([today.year, today.month, today.day]))
    }
}
