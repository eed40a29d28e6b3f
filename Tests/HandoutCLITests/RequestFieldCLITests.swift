import Foundation
import HandoutTestSupport
import Testing

/// `handout build` maps its options onto the request model: a value of the wrong form is a usage
/// error with the model's message, naming the flag and never the value; nothing is written.
@Suite struct RequestFieldCLITests {
    let binary: String

    init() throws {
        binary = try #require(HandoutBinary.path)
    }

    @Test func badValuesGetTheSharedMessageAndExit64() throws {
        let folder = try Repository.temporaryFolder()
        let cases: [([String], String)] = [
            (["--imposition", "Zelda"], "--imposition must be one of saddle-stitch, none"),
            (["--date", "Zelda"], "--date must be a date written YYYY-MM-DD"),
            (["--title", "Zelda\nQuimby"], "--title must be one line of at most 120 characters"),
            (["--format", "mp3", "--speaking-rate", "Zelda"], "--speaking-rate must be a whole number of words a minute from 80 to 250"),
            (["--body-size", "Zelda"], "--body-size must be a number of points from 12 to 36"),
        ]
        for (arguments, message) in cases {
            let output = arguments.contains("mp3") ? "x.mp3" : "x.pdf"
            let result = try CommandLineTool.run(
                binary, ["build", "tace", "-o", output] + arguments, in: folder, environment: ["HANDOUT_HOME": Repository.root.path])
            #expect(result.status == 64, "\(arguments)")
            #expect(result.errors.contains(message), "\(arguments): \(result.errors)")
            #expect(!result.errors.contains("Zelda"), "\(arguments): the value is not repeated")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anUnknownCollectionOrLayoutListsWhatThereIs() throws {
        let folder = try Repository.temporaryFolder()
        let environment = ["HANDOUT_HOME": Repository.root.path]
        let collection = try CommandLineTool.run(binary, ["build", "--collection", "Zelda", "-o", "x.pdf"], in: folder, environment: environment)
        #expect(collection.status == 1)
        #expect(collection.errors.contains("--collection must be the id of a collection (") && collection.errors.contains("full-booklet"))
        let layout = try CommandLineTool.run(binary, ["build", "tace", "--layout", "Zelda", "-o", "x.pdf"], in: folder, environment: environment)
        #expect(layout.status == 1)
        #expect(layout.errors.contains("--layout must be the name of a layout, or a path to a layout file (booklet, large-print"))
        #expect(!collection.errors.contains("Zelda") && !layout.errors.contains("Zelda"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
