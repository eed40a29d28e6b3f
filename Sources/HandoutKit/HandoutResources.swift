import Document
import Foundation
import Typesetting

/// Everything loaded once and shared by every build: content library, fonts, hyphenation and
/// layouts folder.
public final class HandoutResources: Sendable {
    public static let version = "0.1.0"
    /// The content folder's list of words the hyphenation patterns get wrong (optional).
    public static let hyphenationExceptionsFile = "hyphenation-exceptions.txt"

    public let content: ContentLibrary
    public let fonts: FontSet
    public let hyphenation: Hyphenation
    public let layoutsDirectory: URL
    /// The files every build reads (content, layouts, fonts, hyphenation patterns), which no output may replace.
    public let inputFiles: InputFiles

    /// Loads content from `contentDirectory` (default root/Content), fonts from root/Fonts, and
    /// the en-GB hyphenation patterns with the content folder's exceptions. Given `topics`, only
    /// the topics that choice names are read (one build); without, every topic (a server, a batch).
    public init(root: URL, contentDirectory: URL? = nil, topics: TopicChoice? = nil) throws {
        do {
            let contentDirectory = contentDirectory ?? root.appendingPathComponent("Content")
            let exceptions = contentDirectory.appendingPathComponent(Self.hyphenationExceptionsFile)
            // The patterns are read here but parsed only when a paragraph is first hyphenated.
            hyphenation = try Hyphenation(
                exceptionsFile: FileManager.default.fileExists(atPath: exceptions.path) ? exceptions : nil,
                exceptionsName: Self.hyphenationExceptionsFile)
            content = try ContentLibrary.load(from: contentDirectory, choosing: topics)
            fonts = try FontSet(directory: root.appendingPathComponent("Fonts"))
            try GlyphCoverage(fonts: fonts).check(content)
        } catch {
            throw HandoutError(error)
        }
        layoutsDirectory = root.appendingPathComponent("Layouts")
        inputFiles = InputFiles().adding([
            content.directory.path, layoutsDirectory.path, root.appendingPathComponent("Fonts").path,
            Hyphenation.britishEnglishPatterns,
        ])
    }

    /// Names of the layouts in Layouts/.
    public var layoutNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layoutsDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The layout called `nameOrPath` in Layouts/, or the layout file at that path.
    public func layout(_ nameOrPath: String) throws -> Layout {
        let isPath = Self.isLayoutPath(nameOrPath)
        if !isPath, !layoutNames.contains(nameOrPath) {
            throw HandoutError("layout: not the name of a layout; available: \(layoutNames.joined(separator: ", "))")
        }
        let url = isPath ? URL(fileURLWithPath: nameOrPath) : layoutsDirectory.appendingPathComponent("\(nameOrPath).yaml")
        do {
            // A path comes from a request (a manifest row, `--layout`) and may name a person, so
            // messages call the file by the field that gave it: "layout: file not found".
            return try LayoutLoader.load(url, name: isPath ? "layout" : "Layouts/\(nameOrPath).yaml")
        } catch {
            throw HandoutError(error)
        }
    }

    /// The files a build of `request` reads: ``inputFiles`` and its layout file.
    public func inputFiles(for request: HandoutRequest) -> InputFiles {
        Self.isLayoutPath(request.layout) ? inputFiles.adding([request.layout]) : inputFiles
    }

    /// Whether a request's layout is a path to a layout file rather than a name from Layouts/.
    public static func isLayoutPath(_ layout: String) -> Bool { layout.contains("/") || layout.hasSuffix(".yaml") }

    /// The topics a request names, in reading order.
    public func topics(for request: HandoutRequest) throws -> [Topic] {
        var ids = request.topicIDs
        if let collectionID = request.collectionID {
            guard let collection = content.collection(collectionID) else {
                let known = content.collections.map(\.id).joined(separator: ", ")
                throw HandoutError("collection: not the id of a collection; available: \(known)")
            }
            ids += collection.topicIDs.filter { !ids.contains($0) }
        }
        guard !ids.isEmpty else { throw HandoutError("no topics chosen; name topics or a collection") }
        return try content.topics(ids)
    }

    /// The request's title, else its collection's, else the single topic's, else a general one.
    public func title(for request: HandoutRequest, topics: [Topic]) throws -> String {
        if let title = request.title?.trimmingCharacters(in: .whitespaces), !title.isEmpty {
            return title
        }
        if let id = request.collectionID, let collection = content.collection(id) { return collection.title }
        if topics.count == 1 { return topics[0].title }
        return content.strings.title
    }
}
