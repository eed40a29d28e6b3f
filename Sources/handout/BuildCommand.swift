import ArgumentParser
import Document
import Foundation
import HandoutKit

/// `handout build`: one PDF handout from chosen topics, and PNG previews of its pages.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build a handout (PDF by default) from topics or a collection.",
        discussion: "Example: handout build symptoms tace sirt --layout standard -o out.pdf --png previews")

    @Argument(help: "Topic ids, as listed by `handout topics`. Printed in reading order.")
    var topics: [String] = []

    @Option(name: .long, help: "A collection id; its topics are added to any named.")
    var collection: String?

    @Option(name: .long, help: "A layout name from Layouts/ (`handout layouts` lists them) or a path to a layout file.")
    var layout = "standard"

    @Option(name: .shortAndLong, help: "Where to write the file, ending with the format's extension (needed unless --png is given).")
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The kind of file to write: \(OutputFormat.names) (default \(OutputFormat.standard)).", valueName: "format"))
    var format: String?

    @Option(name: .long, help: "The handout's title (default: the collection's or topic's title).")
    var title: String?

    @Option(name: .long, help: "The date, YYYY-MM-DD, written into the file (default: today). Same input and date give the same bytes.")
    var date: String?

    @OptionGroup var personalOptions: PersonalOptions

    @Option(name: .long, help: ArgumentHelp("Body text size in points, 12-36, for a reader who asks for a size. Every other size scales with it; the text is reflowed, not scaled.", valueName: "points"))
    var bodySize: String?

    @Option(name: .long, help: ArgumentHelp("Words a minute for --format mp3, 80-250 (default 160).", valueName: "n"))
    var speakingRate: String?

    @Option(name: .long, help: ArgumentHelp("saddle-stitch: booklet sheets to print on both sides; none: the plain pages (a booklet's reading copy). Default: the layout's.", valueName: "saddle-stitch|none"))
    var imposition: String?

    @Option(name: .long, help: ArgumentHelp("Also write a PNG preview of each page into this folder (page-01.png, …).", valueName: "folder"))
    var png: String?

    @Option(name: .long, help: ArgumentHelp("The previews' resolution in dots per inch (36-600).", valueName: "n"))
    var dpi = 96

    @OptionGroup var contentOptions: ContentOptions

    func validate() throws {
        guard output != nil || png != nil else { throw ValidationError("say where to write: -o FILE.pdf, --png FOLDER, or both") }
        // Every value's form is checked here (a usage error); that the names exist, once the content is loaded.
        let request: HandoutRequest
        do { request = try requestBuilder().request(defaultDate: .today()) } catch { throw ValidationError("\(error)") }
        guard png == nil || request.format == .pdf else { throw ValidationError("--png previews are of the printed pages; leave out --format or use --format pdf") }
        let resolutions = HandoutBuilder.previewResolutions
        guard resolutions.contains(Double(dpi)) else {
            throw ValidationError("--dpi must be \(NumberRule(resolutions).requirement)")
        }
    }

    /// The options mapped onto the request's fields.
    private func requestBuilder() throws -> HandoutRequestBuilder {
        var builder = HandoutRequestBuilder(RequestSource(.commandLine))
        try builder.set(.topics, .list(topics))
        let texts: [(RequestField, String?)] = [
            (.output, output), (.collection, collection), (.layout, layout), (.format, format), (.title, title), (.date, date),
            (.bodySize, bodySize), (.speakingRate, speakingRate), (.imposition, imposition),
        ]
        for case let (field, text?) in texts { try builder.set(field, .text(text)) }
        if let cover = personalOptions.cover { try builder.set(.cover, .flag(cover)) }
        if let questionsPage = personalOptions.questionsPage { try builder.set(.questionsPage, .flag(questionsPage)) }
        return builder
    }

    func run() throws {
        let interrupts = Interrupts()
        try reportingErrors {
            var requestBuilder = try requestBuilder()
            // One build reads only the topics it names; whether they exist is checked once loaded.
            let named = try requestBuilder.request(defaultDate: .today())
            let choice = TopicChoice(topicIDs: named.topicIDs, collectionID: named.collectionID)
            let builder = HandoutBuilder(resources: try contentOptions.resources(topics: choice))
            requestBuilder.add(try personalOptions.details())
            let request = try requestBuilder.request(defaultDate: .today(), resources: builder.resources)
            // The outputs are checked first: never a device, a folder or one of the build's own inputs.
            let inputs = builder.resources.inputFiles(for: request).adding(personalOptions.data.map { [$0] } ?? [])
            let outputURL = output.map { URL(fileURLWithPath: $0) }
            try outputURL.map(inputs.checkWritable)
            let folderURL = png.map { URL(fileURLWithPath: $0) }
            try folderURL.map(inputs.checkPreviewFolder)
            // Everything is made before anything is written, and every file is written before any
            // is put in place, so an error (a full disk, say) leaves no output behind.
            let typeset = try png.map { _ in try builder.typeset(request) }
            let built = try output.map { _ in try typeset.map(builder.render) ?? builder.build(request) }
            let previews = try typeset.map { try builder.previews(for: $0.document, dpi: Double(dpi)) }
            let folderExisted = folderURL.map { FileManager.default.fileExists(atPath: $0.path) } ?? true
            let folder = try folderURL.map { try PreviewFolder(creating: $0, protecting: inputs) }
            let files = StagedFiles(protecting: inputs)
            let previewFiles: [URL]?
            do {
                if let outputURL, let built { try files.stage(built.data, at: outputURL) }
                previewFiles = try folder.map { folder in try folder.stage(previews ?? [], in: files) }
                try files.commit()
            } catch {
                files.discard()
                if !folderExisted, let folderURL { rmdir(folderURL.path) }
                throw error
            }
            if let folder, let previewFiles { folder.removePreviews(except: previewFiles) }
            if let output, let built {
                print("Wrote \(output): \(Self.summary(of: built))")
            }
            if let png, let previews {
                print("Wrote \(previews.count) previews to \(png) at \(dpi) dpi")
            }
        }
        withExtendedLifetime(interrupts) {}
    }

    /// What was written, in the words of the format: pages, or sheets to print and fold.
    static func summary(of built: BuiltHandout) -> String {
        if let recording = built.recording {
            return String(format: "%.1f minutes of audio in %d chapters", recording.seconds / 60, recording.chapters)
        }
        if let sheets = built.sheets {
            return "\(built.pageCount) pages on \(sheets.count) \(sheets.paper) sheets; print on both sides, flipping on the short edge, then fold and staple"
        }
        guard let unit = built.format.pageUnit else { return "\(built.data.count / 1024 + 1) KB" }
        return "\(built.pageCount) \(unit)"
    }
}
