import Document

/// One value given for a request field: text (the command line, a CSV cell, a form field) or a
/// JSON value. Decoding never fails: a value of a type no field takes is ``other``.
public enum RequestValue: Sendable, Equatable, Decodable {
    case text(String)
    case number(Double)
    case flag(Bool)
    case list([String])
    case null
    /// An object, or a list of anything but text.
    case other

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let list = try? container.decode([String].self) {
            self = .list(list)
        } else {
            self = .other
        }
    }

    /// The value written as text for `field` (nil for a personal detail), so that every front end's
    /// value meets the same parser: numbers written out, flags as yes or no, a list of topics
    /// joined with spaces. Nil when the field takes no value of this kind; `.some(nil)` for null.
    ///
    /// A JSON body's types are those docs/openapi.yaml gives: topics a list, numbers numbers, flags
    /// true or false, text text. A JSON Lines manifest row stands for a CSV row, so any value there
    /// may be text, and a number may stand for text (a phone number written unquoted).
    func text(for field: RequestField?, in frontEnd: RequestFrontEnd) -> String?? {
        let typed = frontEnd == .json
        return switch (self, field) {
        case (.null, _): .some(nil)
        case let (.text, field?) where typed && (field == .topics || field.isFlag || field.isNumber): nil
        case let (.text(text), _): text
        case let (.number(number), field) where field?.isNumber == true || (!typed && field != .topics):
            NumberRule.written(number)
        case let (.flag(flag), field?) where field.isFlag: flag ? "yes" : "no"
        case let (.list(ids), .topics): ids.joined(separator: " ")
        default: nil
        }
    }
}
