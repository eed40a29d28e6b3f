import Document

/// What to build: topics (or a collection), the layout, the title and personal details.
public struct HandoutRequest: Sendable {
    public var topicIDs: [String]
    public var collectionID: String?
    /// A layout name from Layouts/ or a path to a layout file.
    public var layout: String
    /// The handout's title; by default the collection's, or the single topic's.
    public var title: String?
    public var details: PersonalDetails
    /// The date printed and written into the metadata; fixed dates give identical files.
    public var date: CalendarDay
    /// Whether page 1 is a cover with the personal details; by default, when any are given.
    public var cover: Bool?
    /// The body size in points (``Layout/bodySizeRange``); every other size scales with it. Nil keeps the layout's.
    public var bodySize: Double?
    /// Overrides the layout's booklet imposition (`.none` gives a booklet's plain reading copy).
    public var imposition: Layout.Booklet.Imposition?

    /// Whether the handout ends with a "My questions" page; by default, when any detail is given.
    public var questionsPage: Bool?
    /// The kind of file to build.
    public var format: OutputFormat
    /// Words a minute for audio (``RequestField/speakingRateRule``); nil is the default rate.
    public var speakingRate: Int?

    /// Whether the handout opens with a cover page.
    public var includesCover: Bool { cover ?? !details.isEmpty }

    /// Whether the handout ends with a "My questions" page.
    public var includesQuestionsPage: Bool { questionsPage ?? !details.isEmpty }

    public init(
        topicIDs: [String] = [], collectionID: String? = nil, layout: String = "standard", title: String? = nil,
        details: PersonalDetails = .none, date: CalendarDay, cover: Bool? = nil, questionsPage: Bool? = nil,
        bodySize: Double? = nil,
        imposition: Layout.Booklet.Imposition? = nil, format: OutputFormat = .standard, speakingRate: Int? = nil
    ) {
        self.speakingRate = speakingRate
        self.topicIDs = topicIDs
        self.collectionID = collectionID
        self.layout = layout
        self.title = title
        self.details = details
        self.date = date
        self.cover = cover
        self.questionsPage = questionsPage
        self.bodySize = bodySize
        self.imposition = imposition
        self.format = format
    }
}
