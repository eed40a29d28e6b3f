import Foundation
import HandoutTestSupport
import Testing

/// `--format mp3` from the command line and in batches, read back with ffprobe.
@Suite struct AudioCLITests {
    let binary: String

    init() throws {
        binary = try #require(HandoutBinary.path)
    }

    func handout(_ arguments: [String], in folder: URL) throws -> ToolResult {
        try CommandLineTool.run(binary, arguments, in: folder, environment: ["HANDOUT_HOME": Repository.root.path])
    }

    /// ffprobe's chapter titles and the file's title tag.
    func probe(_ file: URL) throws -> (title: String?, chapters: [String], duration: Double) {
        let result = try CommandLineTool.run("ffprobe", ["-v", "error", "-show_chapters", "-show_format", "-of", "json", file.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let format = try #require(json["format"] as? [String: Any])
        let chapters = (json["chapters"] as? [[String: Any]] ?? []).compactMap { ($0["tags"] as? [String: String])?["title"] }
        return ((format["tags"] as? [String: String])?["title"], chapters, Double(format["duration"] as? String ?? "") ?? 0)
    }

    @Test func buildFormatMP3WritesAChapteredRecordingWithNoDetailsInItsTag() throws {
        let folder = try Repository.temporaryFolder()
        let result = try handout(
            ["build", "tace", "--format", "mp3", "-o", "tace.mp3", "--speaking-rate", "200", "--date", "2026-11-23",
             "--set", "patient.name=Zebedee Quartermain"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let file = folder.appendingPathComponent("tace.mp3")
        let (title, chapters, duration) = try probe(file)
        #expect(title == "Chemoembolisation (TACE)")
        #expect(chapters == ["About this handout", "Chemoembolisation (TACE)", "Words used in this handout", "About this leaflet"])
        #expect(duration > 60)
        #expect(result.output.hasPrefix("Wrote tace.mp3: ") && result.output.contains("minutes of audio in 4 chapters"))
        let tag = try Data(contentsOf: file).prefix(4_096)
        #expect(tag.range(of: Data("Zebedee".utf8)) == nil, "the patient is spoken, never written into the tag")
    }

    @Test func badAudioOptionsFailWithoutLeavingAFile() throws {
        let folder = try Repository.temporaryFolder()
        let cases: [([String], String)] = [
            (["--format", "mp3", "-o", "x.pdf"], "-o must be a file name ending .mp3 for format mp3"),
            (["--format", "mp3", "-o", "x.mp3", "--speaking-rate", "500"], "--speaking-rate must be a whole number of words a minute from 80 to 250"),
            (["-o", "x.pdf", "--speaking-rate", "120"], "--speaking-rate is for audio: --format must be mp3"),
        ]
        for (arguments, message) in cases {
            let result = try handout(["build", "tace"] + arguments, in: folder)
            #expect(result.status != 0)
            #expect(result.errors.contains(message), "\(result.errors)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aBatchBuildsMP3RowsBesidePDFRowsAndABadRateStopsOnlyItsRow() throws {
        let folder = try Repository.temporaryFolder()
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try """
            output,topics,format,speaking-rate,patient.name
            sirt.mp3,sirt,mp3,180,Ada
            slow.mp3,sirt,mp3,20,Bo
            sirt.pdf,sirt,pdf,,Cy
            """.write(to: folder.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        let result = try handout(["batch", "m.csv", "--out-dir", "out", "--date", "2026-11-23"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors.contains("m.csv:3: 'speaking-rate' must be a whole number of words a minute from 80 to 250\n"), "\(result.errors)")
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: output.path))
        #expect(written.isSuperset(of: ["sirt.mp3", "sirt.pdf"]) && !written.contains("slow.mp3"))
        #expect(try probe(output.appendingPathComponent("sirt.mp3")).chapters.count == 4)
    }
}
