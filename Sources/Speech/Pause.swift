/// The silences of a recording, in milliseconds. A listener cannot glance back, so the breaks
/// between parts are longer than a reader's eye needs: a heading stands apart from what follows.
enum Pause {
    /// After a topic's announcement ("Section 2 of 6: Surgery.").
    static let afterTopicTitle = 1_200
    /// After a heading inside a topic.
    static let afterHeading = 800
    static let afterParagraph = 500
    static let afterListItem = 350
    /// At the end of a chapter, before the next topic is announced.
    static let afterChapter = 1_500
}
