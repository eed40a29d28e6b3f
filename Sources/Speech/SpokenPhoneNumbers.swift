import Document

/// Phone numbers read digit by digit in groups, as people say them: "0113 243 3144" becomes
/// "oh 1 1 3, 2 4 3, 3 1 4 4", so the speech engine does not read "one hundred and thirteen".
/// In another language the digits are left for that language's voice to name ("0 1 1 3, 2 4 3,
/// 3 1 4 4", which the Welsh voice reads "dim un un tri, …"): "oh" and "plus" are English.
enum SpokenPhoneNumbers {
    /// `text`, in `language`, with every UK phone number (10 or 11 digits from 0, or +44 and 9 or
    /// 10) written out to be read aloud, and in English every 111 or 999 after a word such as
    /// "call" or "NHS".
    static func spoken(_ text: String, in language: LanguageTag = .british) -> String {
        let english = language.primary == "en"
        let numbers = text.replacing(/(?:\+44\s?(?:\(0\)\s?)?|\b0)\d(?:[ \-]?\d){8,9}\b/) { match in
            said(String(match.output), english: english)
        }
        guard english else { return numbers }
        return numbers.replacing(/(?i)\b(NHS|call|ring|dial|phone|on)\s+(111|999)\b/) { match in
            match.output.1 + " " + digits(match.output.2, english: true)
        }
    }

    /// "+44 113 243 3144" is "plus 4 4, 1 1 3, 2 4 3, 3 1 4 4" in English, "+4 4, 1 1 3, …" otherwise.
    static func said(_ number: String, english: Bool) -> String {
        var rest = Substring(number)
        var prefix: [String] = []
        if rest.hasPrefix("+44") {
            prefix = [english ? "plus 4 4" : "+4 4"]
            rest = rest.dropFirst(3)
            if let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")") { rest.removeSubrange(open...close) }
        }
        let written = rest.split(whereSeparator: { $0 == " " || $0 == "-" })
        let groups = written.count > 1 ? written.flatMap(split) : standardGroups(String(written.joined()))
        return (prefix + groups.map { digits($0, english: english) }).joined(separator: ", ")
    }

    /// A number written without spaces, grouped as UK numbers are: 020 7946 0000,
    /// 0113 243 3144 (and 0161 …), or 07700 900 123 and 01632 960 123.
    private static func standardGroups(_ digits: String) -> [Substring] {
        let characters = Array(digits)
        let sizes: [Int]
        if digits.count == 11, digits.hasPrefix("02") {
            sizes = [3, 4, 4]
        } else if digits.count == 11, digits.hasPrefix("011") || (characters[0...1] == ["0", "1"] && characters[3] == "1") {
            sizes = [4, 3, 4]
        } else if digits.count == 11 {
            sizes = [5, 3, 3]
        } else {
            sizes = [digits.count - 6, 3, 3].filter { $0 > 0 }
        }
        var groups: [Substring] = []
        var start = digits.startIndex
        for size in sizes {
            let end = digits.index(start, offsetBy: size)
            groups.append(digits[start..<end])
            start = end
        }
        return groups
    }

    /// A long group said in shorter runs: six digits as 3 and 3, seven as 3 and 4, eight as 4 and 4.
    private static func split(_ group: Substring) -> [Substring] {
        guard group.count > 5 else { return [group] }
        let middle = group.index(group.startIndex, offsetBy: group.count / 2)
        return [group[..<middle], group[middle...]]
    }

    /// "0113" is "oh 1 1 3" in English, "0 1 1 3" otherwise.
    private static func digits(_ group: Substring, english: Bool) -> String {
        group.map { english && $0 == "0" ? "oh" : String($0) }.joined(separator: " ")
    }
}
