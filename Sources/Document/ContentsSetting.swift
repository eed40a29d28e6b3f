/// Whether a handout opens with a table of contents: the layout's `contents` key.
public enum ContentsSetting: String, Sendable, CaseIterable {
    /// Contents when the handout is long: more than ``automaticPages`` pages or more than
    /// ``automaticTopics`` topics.
    case auto
    /// Contents in every handout.
    case always
    /// No contents.
    case never

    /// `auto` gives contents to handouts longer than this many pages (counted without contents).
    public static let automaticPages = 6
    /// `auto` gives contents to handouts with more than this many topics.
    public static let automaticTopics = 5

    /// Whether a handout of `pages` pages (without contents) and `topics` topics has contents.
    public func showsContents(pages: Int, topics: Int) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: pages > Self.automaticPages || topics > Self.automaticTopics
        }
    }
}
