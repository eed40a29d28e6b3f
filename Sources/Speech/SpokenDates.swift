import Document

/// Dates written the way people say them: "2026-03-03" and "3/3/2026" become "Tuesday the 3rd
/// of March 2026", and "3 March" becomes "the 3rd of March" (espeak-ng reads "3rd" as "third").
/// In another language the numeric forms become the language's own long date, from CLDR ("Dydd
/// Mawrth, 3 Mawrth 2026" in Welsh), whose numbers the language's voice reads; a date written in
/// words is already as it is said.
enum SpokenDates {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    /// Thursday first: 1 January 1970 was a Thursday.
    static let weekdayNames = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"]
    private static let epoch = CalendarDay("1970-01-01")!

    /// `text`, in `language`, with every date it recognises written out to be read aloud.
    static func spoken(_ text: String, in language: LanguageTag = .british) -> String {
        let english = language.primary == "en"
        let numeric = text.replacing(/\b(\d{4})-(\d{2})-(\d{2})\b/) { match in
            CalendarDay(String(match.output.0)).map { said($0, in: language) } ?? String(match.output.0)
        }
        .replacing(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/) { match in
            let (whole, day, month, year) = match.output
            return CalendarDay(String(year) + "-" + twoDigits(month) + "-" + twoDigits(day)).map { said($0, in: language) }
                ?? String(whole)
        }
        guard english else { return numeric }
        return numeric.replacing(writtenDate) { match in
            let (whole, weekday, day, month, stop, year) = match.output
            guard let number = Int(day), (1...31).contains(number),
                let monthIndex = monthNames.firstIndex(where: { $0.lowercased().hasPrefix(month.lowercased()) })
            else { return String(whole) }
            let words = said(weekday: weekday.map(String.init), day: number, month: monthIndex, year: year.map(String.init))
            return year == nil && stop != nil ? words + "." : words
        }
    }

    /// "3 March 2026", "Tuesday 3rd March", "3 Mar", "the 3rd of March, 2026"; the full stop after
    /// an abbreviated month is dropped before a year and kept (it may end the sentence) otherwise.
    nonisolated(unsafe) private static let writtenDate =
        /\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(\.)?(?:,?\s+(\d{4})\b)?/

    /// "Tuesday the 3rd of March 2026" in English, else the language's long date with its weekday.
    static func said(_ day: CalendarDay, in language: LanguageTag) -> String {
        guard language.primary == "en" else { return day.cldrLongForm(in: language, withWeekday: true) }
        let weekday = weekdayNames[((epoch.days(until: day) % 7) + 7) % 7]
        return said(weekday: weekday, day: day.day, month: day.month - 1, year: String(day.year))
    }

    private static func said(weekday: String?, day: Int, month: Int, year: String?) -> String {
        var words = weekday.map { $0 + " " } ?? ""
        words += "the \(ordinal(day)) of \(monthNames[month])"
        if let year { words += " " + year }
        return words
    }

    /// 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.
    static func ordinal(_ number: Int) -> String {
        let suffix = (11...13).contains(number % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][number % 10] ?? "th"
        return "\(number)\(suffix)"
    }

    private static func twoDigits(_ digits: Substring) -> String {
        digits.count == 1 ? "0" + digits : String(digits)
    }
}
