import Foundation
import HandoutTestSupport
import Testing

/// The promises the command line keeps under hostile or clumsy input: no input, device or folder
/// is ever replaced, a full disk or an interrupt leaves nothing behind, usage errors exit as documented.
@Suite struct HostileInputCLITests {
    let binary: String

    init() throws {
        binary = try #require(HandoutBinary.path)
    }

    func handout(_ arguments: [String], in folder: URL = Repository.root) throws -> ToolResult {
        try CommandLineTool.run(binary, arguments, in: folder)
    }

    /// A copy of the content folder, so a test may aim outputs at it without risking the real one.
    func contentCopy() throws -> URL {
        let copy = try Repository.temporaryFolder().appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: copy)
        return copy
    }

    @Test func outputsThatAreDevicesFoldersPipesOrInputsAreRefusedAndLeftAlone() throws {
        let folder = try Repository.temporaryFolder()
        let content = try contentCopy()
        let pipe = folder.appendingPathComponent("pipe.pdf").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let directory = folder.appendingPathComponent("folder.pdf")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        // -o must end in .pdf, so the inputs are reached by .pdf names: a --data file so named, and hard links.
        let data = folder.appendingPathComponent("d.pdf")
        try Data(#"{"patient": {"name": "Ann"}}"#.utf8).write(to: data)
        let hardLink = folder.appendingPathComponent("same-as-data.pdf").path
        #expect(link(data.path, hardLink) == 0)
        let topic = content.appendingPathComponent("topics/sirt.md")
        let topicBytes = try Data(contentsOf: topic)
        #expect(link(topic.path, content.appendingPathComponent("sirt-link.pdf").path) == 0)
        let layout = folder.appendingPathComponent("my-layout.yaml")
        try FileManager.default.copyItem(at: Repository.layouts.appendingPathComponent("standard.yaml"), to: layout)
        #expect(link(layout.path, folder.appendingPathComponent("layout-link.pdf").path) == 0)
        let cases: [(output: String, extra: [String], rule: String)] = [
            (pipe, [], "exists and is not a regular file"),
            (directory.path, [], "exists and is not a regular file"),
            // A topic file by another name and path: a hard link, reached through `..`.
            (content.appendingPathComponent("collections/../sirt-link.pdf").path, [], "is one of this build's inputs"),
            (data.path, ["--data", data.path], "is one of this build's inputs"),
            (hardLink, ["--data", data.path], "is one of this build's inputs"),
            (folder.appendingPathComponent("layout-link.pdf").path, ["--layout", layout.path], "is one of this build's inputs"),
        ]
        for (output, extra, rule) in cases {
            let result = try handout(["build", "tace", "--content", content.path, "-o", output] + extra)
            #expect(result.status == 1, "\(output)")
            #expect(result.errors.contains("\(output): \(rule)"), "\(output): \(result.errors)")
        }
        var info = stat()
        #expect(stat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the pipe is still a pipe")
        #expect(try Data(contentsOf: topic) == topicBytes)
        #expect(try Data(contentsOf: data).starts(with: Data("{".utf8)))
        #expect(try String(contentsOf: layout, encoding: .utf8).contains("name: standard"))
    }

    @Test func previewFoldersThatAreFilesOrInputFoldersAreRefused() throws {
        let folder = try Repository.temporaryFolder()
        let content = try contentCopy()
        let file = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        for (target, rule) in [
            (file.path, "exists and is not a folder"), (content.appendingPathComponent("topics").path, "is one of this build's input folders"),
        ] {
            let result = try handout(["build", "tace", "--content", content.path, "--png", target])
            #expect(result.status == 1 && result.errors.contains("\(target): \(rule)"), "\(result.errors)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("topics").path).allSatisfy { $0.hasSuffix(".md") })
    }

    @Test func aFullDiskLeavesNeitherThePDFNorAnyPreview() throws {
        let folder = try Repository.temporaryFolder()
        // Files over 80 KB cannot be written: the PDF (about 30 KB) fits, the first preview does not.
        let script = "trap '' XFSZ; ulimit -f 80; exec \"$0\" \"$@\""
        let result = try CommandLineTool.run(
            "/bin/bash", ["-c", script, binary, "build", "tace", "-o", "out.pdf", "--png", "previews"], in: folder,
            environment: ["HANDOUT_HOME": Repository.root.path])
        #expect(result.status == 1, "\(result.output) \(result.errors)")
        #expect(result.errors.contains("cannot write the file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no PDF, no preview folder, no temporary file")
    }

    @Test func batchMakesItsOutputFolder() throws {
        let folder = try Repository.temporaryFolder()
        try Data("output,topics\na.pdf,tace\n".utf8).write(to: folder.appendingPathComponent("m.csv"))
        let result = try handout(["batch", "m.csv", "--out-dir", "new/inner"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("new/inner/a.pdf").path))
    }

    /// A layout path can carry a patient's name, and so can a mistyped `--date`: errors name the
    /// row and column, or the flag, and the rule, never the value.
    @Test func aLayoutPathOrADateIsNamedByItsFieldNeverEchoed() throws {
        let folder = try Repository.temporaryFolder()
        let named = folder.appendingPathComponent("Zelda Quimby")
        try FileManager.default.createDirectory(at: named, withIntermediateDirectories: true)
        try Data("name: x\n".utf8).write(to: named.appendingPathComponent("broken.yaml"))
        let manifest = "output,topics,layout\na.pdf,tace,\(named.path)/missing.yaml\nb.pdf,tace,\(named.path)/broken.yaml\nc.pdf,tace,\n"
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("m.csv"))
        let batch = try handout(["batch", "m.csv", "--out-dir", "out"], in: folder)
        #expect(batch.status == 1)
        let results = try String(contentsOf: folder.appendingPathComponent("out/results.jsonl"), encoding: .utf8)
        for text in [batch.output, batch.errors, results] { #expect(!text.contains("Zelda"), "\(text)") }
        #expect(batch.errors.contains("m.csv:2: layout: file not found"), "\(batch.errors)")
        #expect(batch.errors.contains("m.csv:3: layout:1:"), "\(batch.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/c.pdf").path))
        for flag in ["--date", "--today"] {
            let command = flag == "--date" ? ["build", "tace", "-o", "x.pdf"] : ["check"]
            let result = try handout(command + [flag, "Zelda-Quimby"], in: folder)
            #expect(result.status == 64)
            #expect(!result.errors.contains("Zelda"), "\(result.errors)")
            #expect(result.errors.contains("\(flag) must be a date written YYYY-MM-DD, such as 2026-11-23"), "\(result.errors)")
        }
    }

    /// Markdown nested far deeper than a handout prints once crashed `check` and every `build`,
    /// whichever topics it asked for: each is now an error naming the topic's file and line, in
    /// `check` and in a build that asks for those topics. A build of other topics does not read them.
    @Test func markdownNestedThousandsDeepIsAnErrorNamingItsFileNeverACrash() throws {
        let content = try contentCopy()
        let bodies = [
            "tace": String(repeating: "*", count: 50_000) + "x" + String(repeating: "*", count: 50_000),
            "sirt": String(repeating: ">", count: 10_000) + " deep",
            "ascites": String(repeating: "- ", count: 10_000) + "deep",
            "jaundice-and-itching": String(repeating: "*a ", count: 20_000) + "b" + String(repeating: " a*", count: 20_000),
        ]
        for (id, body) in bodies {
            let file = content.appendingPathComponent("topics/\(id).md")
            let text = try String(contentsOf: file, encoding: .utf8)
            let frontMatterEnd = try #require(text.range(of: "\n---\n"))
            try Data((text[..<frontMatterEnd.upperBound] + "Fine.\n\n" + body + "\n").utf8).write(to: file)
        }
        let check = try handout(["check", "--content", content.path])
        let build = try handout(["build"] + bodies.keys.sorted() + ["--content", content.path, "-o", "never.pdf"], in: try Repository.temporaryFolder())
        let other = try handout(["build", "symptoms", "--content", content.path, "-o", "symptoms.pdf"], in: try Repository.temporaryFolder())
        #expect(other.status == 0, "\(other.errors)")
        // `check` prints its findings on standard output; `build` its errors on standard error.
        for (result, printed) in [(check, check.output), (build, build.errors)] {
            #expect(result.status == 1, "\(printed.suffix(300))")
            for id in bodies.keys { #expect(printed.contains("topics/\(id).md:"), "\(id): \(printed.suffix(600))") }
        }
        for rule in [
            "a run of 50000 '*' characters", "callouts (>) are nested more than 3 deep", "lists can be nested at most 3 levels deep",
            "emphasis and links are nested more than 6 deep",
        ] {
            #expect(check.output.contains(rule), "\(rule)")
        }
    }

    @Test func usageErrorsExitWith64AsTheDocumentationSays() throws {
        for arguments in [["build"], ["build", "tace", "--body-size", "1e19", "-o", "x.pdf"], ["frobnicate"]] {
            #expect(try handout(arguments).status == 64, "\(arguments)")
        }
        #expect(try handout(["build", "unicorns", "-o", "/tmp/never.pdf"]).status == 1)
        let docs = try String(contentsOf: Repository.root.appendingPathComponent("docs/errors-and-limits.md"), encoding: .utf8)
        #expect(docs.contains("| 64 |") && docs.contains("| 1 |"))
    }

    /// Whether `path` names one of handout's temporary files.
    static func isTemporary(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".handout-") && name.hasSuffix(".tmp")
    }

    /// Stops `process` while one of its temporary files exists in `folder`; false if it ended first.
    func freezeWhileWriting(_ process: Process, in folder: URL) -> Bool {
        func writing() -> Bool {
            let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
            return names.contains { Self.isTemporary($0) }
        }
        while process.isRunning {
            guard writing() else { continue }
            kill(process.processIdentifier, SIGSTOP)
            if writing() { return true }
            kill(process.processIdentifier, SIGCONT)
        }
        return false
    }

    func start(_ arguments: [String], in folder: URL) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(["HANDOUT_HOME": Repository.root.path]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }

    @Test func sigtermWhileFilesAreBeingWrittenLeavesNoTemporaryFile() throws {
        let folder = try Repository.temporaryFolder()
        let (process, _) = try start(["build", "--collection", "full-booklet", "-o", "out.pdf", "--png", "previews", "--dpi", "150"], in: folder)
        let caught = freezeWhileWriting(process, in: folder)
        kill(process.processIdentifier, SIGTERM)
        kill(process.processIdentifier, SIGCONT)
        process.waitUntilExit()
        #expect(caught, "the build was stopped while writing")
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        #expect(!names.contains { Self.isTemporary($0) }, "\(names)")
    }

    @Test func anInterruptedBatchFinishesItsRowsPrintsItsSummaryAndLeavesNoTemporaryFile() throws {
        let folder = try Repository.temporaryFolder()
        let rows = (1...400).map { "leaflet-\($0).pdf,tace" }.joined(separator: "\n")
        try Data("output,topics\n\(rows)\n".utf8).write(to: folder.appendingPathComponent("m.csv"))
        let (process, output) = try start(["batch", "m.csv", "--out-dir", "out", "--jobs", "1"], in: folder)
        let caught = freezeWhileWriting(process, in: folder)
        kill(process.processIdentifier, SIGINT)
        kill(process.processIdentifier, SIGCONT)
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(caught)
        #expect(process.terminationStatus == 130)
        #expect(printed.contains("leaflets built, 0 failed") && printed.contains("Stopped by an interrupt"), "\(printed)")
        let left = (FileManager.default.enumerator(atPath: folder.appendingPathComponent("out").path)?.allObjects as? [String]) ?? []
        let built = left.filter { $0.hasSuffix(".pdf") }
        #expect(!built.isEmpty && built.count < 400, "\(built.count) files")
        #expect(!left.contains { Self.isTemporary($0) })
    }
}
