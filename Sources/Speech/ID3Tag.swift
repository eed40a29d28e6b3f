import Foundation

/// A chapter of a recording as the ID3 tag records it.
public struct ChapterMark: Hashable, Sendable {
    /// The element ID, unique in the tag (``SpeechChapter/id``).
    public var id: String
    public var title: String
    /// Where the chapter starts and ends, in milliseconds from the start of the audio.
    public var startMilliseconds: UInt32
    public var endMilliseconds: UInt32
}

/// Our ID3v2.4 writer: a title (TIT2), one CHAP frame per chapter with its title, and a
/// top-level, ordered CTOC frame listing them (the ID3v2 Chapter Frame Addendum), so podcast
/// and audiobook players can skip between chapters. Text is UTF-8; element IDs are ASCII.
enum ID3Tag {
    /// The CTOC frame's element ID.
    static let tableOfContentsID = "toc"

    /// The tag's bytes, to put before the first MP3 frame.
    static func bytes(title: String, chapters: [ChapterMark]) throws -> Data {
        guard chapters.count <= 255 else { throw SpeechError("an ID3 table of contents holds at most 255 chapters, not \(chapters.count)") }
        var frames = try textFrame("TIT2", title)
        for chapter in chapters {
            var body = elementID(chapter.id)
            for value in [chapter.startMilliseconds, chapter.endMilliseconds, UInt32.max, UInt32.max] {
                body.append(contentsOf: withUnsafeBytes(of: value.bigEndian, Array.init))
            }
            body.append(try textFrame("TIT2", chapter.title))
            frames.append(try frame("CHAP", body))
        }
        var contents = elementID(tableOfContentsID)
        contents.append(0b11)  // top level, entries ordered
        contents.append(UInt8(chapters.count))
        for chapter in chapters { contents.append(elementID(chapter.id)) }
        frames.append(try frame("CTOC", contents))

        var tag = Data("ID3".utf8)
        tag.append(contentsOf: [4, 0, 0])  // version 2.4.0, no flags
        tag.append(try syncsafe(frames.count))
        tag.append(frames)
        return tag
    }

    /// A text frame: encoding 3 (UTF-8), then the text.
    private static func textFrame(_ id: String, _ text: String) throws -> Data {
        try frame(id, Data([3]) + Data(text.utf8))
    }

    private static func frame(_ id: String, _ body: Data) throws -> Data {
        var frame = Data(id.utf8)
        frame.append(try syncsafe(body.count))
        frame.append(contentsOf: [0, 0])  // no frame flags
        frame.append(body)
        return frame
    }

    /// A zero-terminated element ID.
    private static func elementID(_ id: String) -> Data {
        Data(id.utf8.filter { $0 > 0 && $0 < 0x80 }) + Data([0])
    }

    /// ID3v2.4 sizes: 28 bits in four bytes of seven bits each, so no byte looks like a frame sync.
    static func syncsafe(_ size: Int) throws -> Data {
        guard size < 1 << 28 else { throw SpeechError("an ID3 tag or frame cannot hold \(size) bytes") }
        return Data([UInt8(size >> 21 & 0x7F), UInt8(size >> 14 & 0x7F), UInt8(size >> 7 & 0x7F), UInt8(size & 0x7F)])
    }
}
