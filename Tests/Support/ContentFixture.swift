import Foundation

/// A content folder in a temporary directory, written file by file for tests.
public struct ContentFixture {
    public let folder: URL

    /// An empty content folder with topics/ and collections/.
    public init() throws {
        folder = try Repository.temporaryFolder()
        for name in ["topics", "collections"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
    }

    /// Writes topics/`id`.md with valid front matter and `body`; the body starts on line 12
    /// (line 13 with a `lang`).
    public func topic(
        _ id: String, title: String? = nil, order: Int = 10, reviewed: String = "2026-01-01",
        reviewDue: String = "2027-12-01", lang: String? = nil, body: String
    ) throws {
        let text = """
            ---
            id: \(id)\(lang.map { "\nlang: \($0)" } ?? "")
            title: \(title ?? "Topic \(id)")
            summary: A topic for tests.
            tags: [test]
            order: \(order)
            reviewed: \(reviewed)
            review-due: \(reviewDue)
            sources:
              - "Written for the tests"
            ---
            \(body)

            """
        try write(text, to: "topics/\(id).md")
    }

    /// Writes glossary.yaml.
    public func glossary(_ yaml: String) throws { try write(yaml, to: "glossary.yaml") }

    /// Writes collections/`id`.yaml listing `topics`, one per line from line 4.
    public func collection(_ id: String, topics: [String]) throws {
        let list = topics.isEmpty ? "topics: []" : "topics:\n" + topics.map { "  - \($0)" }.joined(separator: "\n")
        try write("title: Collection \(id)\ndescription: For tests.\n\(list)\n", to: "collections/\(id).yaml")
    }

    /// Writes `text` to `path` inside the folder.
    public func write(_ text: String, to path: String) throws {
        try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }
}

extension ContentFixture {
    /// Copies Tests/Fixtures/figures/`name` to figures/`name` in the folder.
    public func copyFigure(_ name: String) throws {
        let figures = folder.appendingPathComponent("figures")
        try FileManager.default.createDirectory(at: figures, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Repository.root.appendingPathComponent("Tests/Fixtures/figures/\(name)"),
            to: figures.appendingPathComponent(name))
    }

    /// Writes figures/`name`: an SVG of `width` x `height` CSS pixels, a black rectangle filling it.
    public func blackSVG(_ name: String, width: Int, height: Int) throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("figures"), withIntermediateDirectories: true)
        try write(
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)">
            <rect width="\(width)" height="\(height)" fill="#000000"/></svg>
            """, to: "figures/\(name)")
    }
}
