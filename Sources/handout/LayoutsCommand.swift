import ArgumentParser
import Foundation
import HandoutKit

/// `handout layouts`: the layouts in Layouts/, each with its description.
struct LayoutsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layouts", abstract: "List the layouts you can build a handout in.")

    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        try reportingErrors {
            let resources = try contentOptions.resources()
            let names = resources.layoutNames
            let width = names.map(\.count).max() ?? 0
            var broken: [HandoutError] = []
            print("Layouts (use --layout NAME, or --layout PATH for a layout file of your own):")
            for name in names {
                do {
                    let layout = try resources.layout(name)
                    print("  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(layout.description)")
                } catch let error as HandoutError {
                    broken.append(error)
                }
            }
            if let first = broken.first { throw first }
        }
    }
}
