import Foundation

/// A folder of page previews: `page-01.png`, `page-02.png`, … (three digits from page 100).
public struct PreviewFolder {
    public let url: URL

    /// The folder at `url`, created if it does not exist yet.
    public init(creating url: URL) throws {
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
    public func write(_ images: [Data]) throws -> [URL] {
        let files = images.indices.map { url.appendingPathComponent(Self.fileName(page: $0 + 1, of: images.count)) }
        for (image, file) in zip(images, files) {
            try AtomicFile.write(image, to: file)
        }
        let written = Set(files.map(\.lastPathComponent))
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in existing where Self.isPreviewName(name) && !written.contains(name) {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
        }
        return files
    }

    /// Whether `name` is a preview's file name: `page-`, two or more digits, `.png`.
    static func isPreviewName(_ name: String) -> Bool {
        guard name.hasPrefix("page-"), name.hasSuffix(".png") else { return false }
        let number = name.dropFirst(5).dropLast(4)
        return number.count >= 2 && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }
}
