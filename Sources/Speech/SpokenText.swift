import Document

/// Text as it is given to the speech engine: dates and phone numbers written the way they are
/// said, and no characters the engine would read out by name ("asterisk", "hash") or that only
/// steer the printed order of mixed-direction text (`Character.isBidiControl`).
enum SpokenText {
    /// Characters that only ever mark up or decorate text; each becomes a space.
    static let unspoken: Set<Character> = ["*", "_", "#", "`", "~", "|", "<", ">", "\u{2022}", "\u{25AA}", "\u{00B7}"]

    /// `text`, written in `language`, as the speech engine is to read it.
    static func spoken(_ text: String, in language: LanguageTag = .british) -> String {
        // No-break spaces (which keep a printed date or phone number on one line) are spaces to a listener.
        var words = text.unicodeScalars.contains("\u{A0}") ? text.replacingOccurrences(of: "\u{A0}", with: " ") : text
        if words.contains(where: \.isBidiControl) { words.removeAll(where: \.isBidiControl) }
        if words.contains(where: \.isNumber) {
            words = SpokenPhoneNumbers.spoken(SpokenDates.spoken(words, in: language), in: language)
        }
        if words.contains(where: unspoken.contains) {
            words = String(words.map { unspoken.contains($0) ? " " : $0 })
        }
        return words.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
