import Foundation

/// A folder of page previews: `page-01.png`, `page-02.png`, … (three digits from page 100).
public struct PreviewFolder {
    public let url: URL

    /// The folder at `url`, created if it does not exist yet. It must not be a file, nor one of `inputs`' folders.
    public init(creating url: URL, protecting inputs: InputFiles = InputFiles()) throws {
        try inputs.checkPreviewFolder(url)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw HandoutError("\(url.path): cannot create the preview folder")
        }
        self.url = url
    }

    /// The file name of page `number` (from 1) in a document of `count` pages.
    public static func fileName(page number: Int, of count: Int) -> String {
        let digits = max(2, String(count).count)
        let padded = String(repeating: "0", count: max(0, digits - String(number).count)) + String(number)
        return "page-\(padded).png"
    }

    /// Writes `images` (one per page, in order), each file atomically. Previews of pages the
    /// document no longer has are removed, so the folder always shows one document; other files
    /// are left alone. Returns the files written.
    @discardableResult
    public func write(_ images: [Data], protecting inputs: InputFiles = InputFiles()) throws -> [URL] {
        let files = StagedFiles(protecting: inputs)
        let written = try stage(images, in: files)
        try files.commit()
        removePreviews(except: written)
        return written
    }

    /// Stages `images` (one per page, in order) in `files`; returns where they will be.
    public func stage(_ images: [Data], in files: StagedFiles) throws -> [URL] {
        let targets = images.indices.map { url.appendingPathComponent(Self.fileName(page: $0 + 1, of: images.count)) }
        for (image, target) in zip(images, targets) { try files.stage(image, at: target) }
        return targets
    }

    /// Removes the previews of pages other than `kept`, so the folder shows one document.
    public func removePreviews(except kept: [URL]) {
        let keptNames = Set(kept.map(\.lastPathComponent))
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in existing where Self.isPreviewName(name) && !keptNames.contains(name) {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
        }
    }

    /// Whether `name` is a preview's file name: `page-`, two or more digits, `.png`.
    static func isPreviewName(_ name: String) -> Bool {
        guard name.hasPrefix("page-"), name.hasSuffix(".png") else { return false }
        let number = name.dropFirst(5).dropLast(4)
        return number.count >= 2 && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }
}
