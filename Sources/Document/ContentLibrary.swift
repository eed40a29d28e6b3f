import Dispatch
import Foundation

/// Several problems found while loading content, reported together.
public struct ContentProblems: Error, CustomStringConvertible, Equatable, Sendable {
    public var errors: [ContentError]

    public init(errors: [ContentError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// What loading a content folder found: every part that loaded, and every problem.
public struct ContentLoadReport: Sendable {
    /// The topics and collections that loaded; an empty glossary if glossary.yaml did not load.
    public let library: ContentLibrary
    public let problems: [ContentError]
    public let glossaryLoaded: Bool
    /// Whether every topic file loaded.
    public let topicsLoaded: Bool
}

/// All topics, the glossary and the collections of a content folder, loaded once.
public struct ContentLibrary: Sendable {
    /// Topics in reading order (by `order`, then id).
    public let topics: [Topic]
    public let glossary: Glossary
    public let collections: [TopicCollection]
    /// The cover page's text (cover.md), printed on personalised handouts.
    public let cover: BodyTemplate?
    /// The fixed wording (strings.yaml), English if the folder has none.
    public let strings: HandoutStrings
    /// Who publishes the leaflets (organisation.yaml), if the folder says.
    public let organisation: Organisation?
    /// The content folder, for messages.
    public let directory: URL

    /// Loads `directory`/topics/*.md, glossary.yaml, collections/*.yaml, cover.md, strings.yaml and organisation.yaml;
    /// of the topics, only those `choice` names if given. Every problem found is reported, not just the first.
    public static func load(from directory: URL, choosing choice: TopicChoice? = nil) throws -> ContentLibrary {
        let report = try loadReportingProblems(from: directory, choosing: choice)
        guard report.problems.isEmpty else { throw ContentProblems(errors: report.problems) }
        return report.library
    }

    /// Loads whatever can be loaded and lists every problem, for `handout check` (which loads
    /// every topic: `choice` nil). Throws only when there are no topics at all.
    public static func loadReportingProblems(from directory: URL, choosing choice: TopicChoice? = nil) throws -> ContentLoadReport {
        var problems: [ContentError] = []
        func attempt<T>(_ work: () throws -> T) -> T? {
            do { return try work() } catch { problems += Self.problems(in: error, directory: directory) }
            return nil
        }
        let topicsFolder = directory.appendingPathComponent("topics")
        guard let topicFiles = files(in: topicsFolder, ending: "md"), !topicFiles.isEmpty else {
            throw ContentError(file: topicsFolder.path, "no topics found (expected topics/*.md)")
        }
        // The collections are read first, since a choice may name one, but their problems are
        // listed after the topics' and the glossary's, in the order a reader meets the files.
        var collectionProblems: [ContentError] = []
        let collections = loadCollections(from: directory, problems: &collectionProblems)
        let wanted = choice?.ids(in: collections)
        let chosenFiles = wanted.map { ids in topicFiles.filter { ids.contains(Self.id(of: $0)) } } ?? topicFiles
        var topics: [Topic] = []
        var failedIDs: Set<String> = []
        for (file, loaded) in zip(chosenFiles, loadConcurrently(chosenFiles, contentDirectory: directory)) {
            if let topic = attempt({ try loaded.get() }) { topics.append(topic) } else { failedIDs.insert(Self.id(of: file)) }
        }
        let glossaryFile = directory.appendingPathComponent("glossary.yaml")
        let glossary = attempt {
            try Glossary.load(ContentFile.read(glossaryFile, name: "glossary.yaml"), file: "glossary.yaml")
        }
        // A collection may name a topic that has a file which loaded, or was not asked for.
        let knownIDs = Set(topicFiles.map(Self.id(of:))).subtracting(failedIDs)
        for collection in collections {
            collectionProblems += zip(collection.topicIDs, collection.topicLines).filter { !knownIDs.contains($0.0) }.map { topicID, line in
                ContentError(file: "collections/\(collection.id).yaml", line: line, key: "topics", "unknown topic '\(topicID)'")
            }
        }
        problems += collectionProblems
        let coverFile = directory.appendingPathComponent("cover.md")
        let cover = FileManager.default.fileExists(atPath: coverFile.path)
            ? attempt { try BodyTemplate(ContentFile.read(coverFile, name: "cover.md"), file: "cover.md", lineOffset: 0, contentDirectory: directory) }
            : nil
        let stringsFile = directory.appendingPathComponent(HandoutStrings.fileName)
        let strings = FileManager.default.fileExists(atPath: stringsFile.path)
            ? attempt { try HandoutStrings.load(ContentFile.read(stringsFile, name: HandoutStrings.fileName), file: HandoutStrings.fileName) }
            : .english
        let organisationFile = directory.appendingPathComponent(Organisation.fileName)
        let organisation = FileManager.default.fileExists(atPath: organisationFile.path)
            ? attempt {
                try Organisation.load(
                    ContentFile.read(organisationFile, name: Organisation.fileName), file: Organisation.fileName,
                    contentDirectory: directory)
            }
            : nil
        let library = ContentLibrary(
            topics: topics.sorted { ($0.order, $0.id) < ($1.order, $1.id) }, glossary: glossary ?? Glossary(entries: []),
            collections: collections, cover: cover, strings: strings ?? .english, organisation: organisation ?? nil,
            directory: directory)
        return ContentLoadReport(
            library: library, problems: problems, glossaryLoaded: glossary != nil,
            topicsLoaded: topics.count == chosenFiles.count)
    }

    /// Every collection in collections/*.yaml that parses, in file-name order; the others' problems go to `problems`.
    private static func loadCollections(from directory: URL, problems: inout [ContentError]) -> [TopicCollection] {
        var collections: [TopicCollection] = []
        for file in files(in: directory.appendingPathComponent("collections"), ending: "yaml") ?? [] {
            let name = "collections/\(file.lastPathComponent)"
            do {
                collections.append(try TopicCollection.load(ContentFile.read(file, name: name), file: name, id: Self.id(of: file)))
            } catch {
                problems += Self.problems(in: error, directory: directory)
            }
        }
        return collections
    }

    /// The content problems an error stands for; one not about content is put down to the folder.
    private static func problems(in error: any Error, directory: URL) -> [ContentError] {
        switch error {
        case let error as ContentError: [error]
        case let error as ContentProblems: error.errors
        default: [ContentError(file: directory.path, "\(error)")]
        }
    }

    /// A content file's id: its name without the extension.
    private static func id(of file: URL) -> String { file.deletingPathExtension().lastPathComponent }

    /// The topic in each file, or why it did not load, in file order; the files are read and
    /// parsed on every core, since they are many and independent.
    private static func loadConcurrently(_ files: [URL], contentDirectory: URL) -> [Result<Topic, any Error>] {
        let results = ResultSlots<Topic>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let id = file.deletingPathExtension().lastPathComponent
            let name = "topics/\(file.lastPathComponent)"
            results.set(index, Result { try TopicLoader(contentDirectory: contentDirectory).load(ContentFile.read(file, name: name), file: name, expectedID: id) })
        }
        return results.all
    }

    private static func files(in folder: URL, ending: String) -> [URL]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        return names.filter { $0.hasSuffix(".\(ending)") && !$0.hasPrefix(".") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// The topic with `id`, if any.
    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }

    /// The collection with `id`, if any.
    public func collection(_ id: String) -> TopicCollection? { collections.first { $0.id == id } }

    /// Resolves ids to topics in reading order. Unknown ids are an error naming their places in
    /// the list (1 for the first id), never the ids: a name typed in the wrong column is not repeated.
    public func topics(_ ids: [String]) throws -> [Topic] {
        let unknown = ids.indices.filter { topic(ids[$0]) == nil }.map { String($0 + 1) }
        guard unknown.isEmpty else {
            let items = unknown.count == 1 ? "item \(unknown[0]) is not a topic id" : "items \(unknown.joined(separator: ", ")) are not topic ids"
            throw ContentError(file: "topics", "\(items); run `handout topics` to see the topics available")
        }
        return topics.filter { ids.contains($0.id) }
    }
}
