import Foundation

/// A date without a time, written `YYYY-MM-DD`.
public struct CalendarDay: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as 2026-02-30.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// How a date must be written, for messages that name the field and never echo its value.
    public static let requirement = "a date written YYYY-MM-DD, such as 2026-11-23"

    /// Today in UTC, from the C library's clock and calendar (Foundation's Calendar would load
    /// ICU's time-zone data into every run for this one date).
    public static func today() -> CalendarDay {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return CalendarDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Written out for people in British English: "23 November 2026".
    public var longForm: String { longForm(in: .british) }

    /// Written out for people in `language`, as its speakers write a date: "23 Tachwedd 2026" in
    /// Welsh, "23 listopada 2026" in Polish. Day, month name and year come from Foundation's
    /// locale data (CLDR), always in the Gregorian calendar, whatever the language's own.
    public func longForm(in language: LanguageTag) -> String {
        if language == .british { return "\(day) \(Self.britishMonths[month - 1]) \(year)" }
        return cldrLongForm(in: language)
    }

    /// British English month names. en-GB, the default language, writes its dates without ICU,
    /// whose locale and time-zone data would otherwise be paged into every build and batch; a
    /// test checks these against CLDR.
    private static let britishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"]

    /// The long form from Foundation's locale data (CLDR, through ICU), with the day of the week
    /// first if `withWeekday` ("Dydd Mawrth, 3 Mawrth 2026"): how the recording says a date in a
    /// language other than English.
    public func cldrLongForm(in language: LanguageTag, withWeekday: Bool = false) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.utc
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let style = Date.FormatStyle(locale: Locale(identifier: language.value), calendar: calendar, timeZone: Self.utc)
        return date.formatted(withWeekday ? style.weekday(.wide).day().month(.wide).year() : style.day().month(.wide).year())
    }

    private static let utc = TimeZone(identifier: "UTC")!

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
