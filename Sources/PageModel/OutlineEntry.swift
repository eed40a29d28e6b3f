/// A bookmark in the document outline: a heading's text, its level (1 is the top), and the
/// anchor it opens.
public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    public var level: Int
    /// The name of an ``PageItem/anchor(_:at:)`` on one of the pages.
    public var destination: String

    public init(title: String, level: Int, destination: String) {
        self.title = title
        self.level = level
        self.destination = destination
    }
}
