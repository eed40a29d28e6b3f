import ArgumentParser
import Document
import Foundation
import HandoutKit

/// `--set key=value` and `--data FILE.json`: the patient's and clinic's details.
struct PersonalOptions: ParsableArguments {
    @Option(name: .customLong("set"), help: ArgumentHelp(
        "A detail for placeholders, e.g. --set nurse.name=Sam. Keys: \(PersonalDetails.knownKeys.joined(separator: ", ")).",
        valueName: "key=value"))
    var assignments: [String] = []

    @Option(name: .long, help: ArgumentHelp("A JSON file of details; --set values override it.", valueName: "file.json"))
    var data: String?

    @Flag(inversion: .prefixedNo, help: "Open with a cover page of the details (default: when any detail is given).")
    var cover: Bool?

    @Flag(inversion: .prefixedNo, help: "End with a \"My questions\" page of writing lines (default: when any detail is given).")
    var questionsPage: Bool?

    /// The details from the data file, then `--set`.
    func details() throws -> PersonalDetails {
        var details = PersonalDetails.none
        if let data {
            let url = URL(fileURLWithPath: data)
            let text = try ContentFile.read(url, name: data, maximumBytes: 64 * 1024)
            details = try PersonalDetails(json: Data(text.utf8), file: data)
        }
        return details.merging(try PersonalDetails(assignments: assignments, source: "--set"))
    }
}
