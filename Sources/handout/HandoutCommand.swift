import ArgumentParser
import Document
import Foundation
import HandoutKit

/// The `handout` command: lists topics and builds printable PDF handouts.
@main
struct HandoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Compose patient-information topics into printable PDF handouts.",
        version: HandoutResources.version,
        subcommands: [
            TopicsCommand.self, LayoutsCommand.self, BuildCommand.self, CheckCommand.self, BatchCommand.self,
            BatchReportCommand.self,
            ServeCommand.self,
        ])
}
