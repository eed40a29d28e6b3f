import ArgumentParser
import Document
import Foundation
import HandoutKit

/// Options every command that reads content shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder (default: Content/ beside Layouts/ and Fonts/).")
    var content: String?

    /// The content folder: `--content`, else Content/ in the handout folder.
    func contentDirectory() throws -> URL {
        if let content { return URL(fileURLWithPath: content) }
        return try ResourceLocator.root().appendingPathComponent("Content")
    }

    /// Loads fonts, layouts and the content library: of the topics, only those `topics` names if given.
    func resources(topics: TopicChoice? = nil) throws -> HandoutResources {
        let root = try ResourceLocator.root()
        return try HandoutResources(root: root, contentDirectory: content.map { URL(fileURLWithPath: $0) }, topics: topics)
    }
}

/// Runs `work`, printing a handout error to standard error and exiting with status 1.
@discardableResult
func reportingErrors<Result>(_ work: () throws -> Result) throws -> Result {
    do {
        return try work()
    } catch let error as HandoutError {
        FileHandle.standardError.write(Data("handout: error: \(error.message)\n".utf8))
        if let cause = error.cause { FileHandle.standardError.write(Data("handout: internal cause: \(cause)\n".utf8)) }
        throw ExitCode.failure
    } catch let error as ContentError {
        FileHandle.standardError.write(Data("handout: error: \(error)\n".utf8))
        throw ExitCode.failure
    }
}
