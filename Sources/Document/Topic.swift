/// One patient-information topic: its front matter and its body, ready to personalise.
public struct Topic: Sendable {
    public var id: String
    public var title: String
    public var summary: String
    public var tags: [String]
    public var order: Int
    public var reviewed: CalendarDay
    public var reviewDue: CalendarDay
    public var sources: [String]
    /// The file it came from, for messages.
    public var file: String
    /// The body as written, placeholders included.
    public var body: BodyTemplate
    /// The language it is written in (front matter `lang`, default en-GB).
    public var language: LanguageTag = .british
    /// The line of each front matter key in the file, for messages.
    var keyLines: [String: Int] = [:]

    /// The body's blocks with `details` filled in.
    public func blocks(for details: PersonalDetails) throws -> [Block] {
        try body.blocks(for: details)
    }
}
