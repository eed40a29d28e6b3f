import Document
import Foundation

/// Everything a row's PDF depends on besides the row itself: the content folder, the layout
/// files, the tool's version and the date for rows without one. Its ``hash(of:)`` of a row is
/// the results manifest's input hash: when it and the PDF's SHA-256 match the record, a resumed
/// run can keep the PDF.
struct BuildInputs: Sendable {
    private let contentDigest: String
    private let layoutDigests: [String: String]
    private let defaultDate: CalendarDay

    /// Reads every file of the content folder and of Layouts/ once.
    init(resources: HandoutResources, defaultDate: CalendarDay) {
        contentDigest = Self.digest(ofFolder: resources.content.directory)
        var layouts: [String: String] = [:]
        for name in resources.layoutNames {
            layouts[name] = Self.digest(ofFile: resources.layoutsDirectory.appendingPathComponent("\(name).yaml"))
        }
        layoutDigests = layouts
        self.defaultDate = defaultDate
    }

    /// The SHA-256, in hex, of the tool's version, the content, the row's layout, the default
    /// date and the row's fields (sorted by name).
    func hash(of row: ManifestRow) -> String {
        let fields = row.fields
        let layout = fields["layout"].flatMap { $0.isEmpty ? nil : $0 } ?? "standard"
        var digest = SHA256Digest()
        digest.updateField("handout \(HandoutResources.version)")
        digest.updateField(contentDigest)
        digest.updateField(layoutDigests[layout] ?? Self.digest(ofFile: URL(fileURLWithPath: layout)))
        digest.updateField(defaultDate.description)
        for key in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            digest.updateField(key)
            digest.updateField(fields[key]!)
        }
        return digest.hex()
    }

    /// The SHA-256 of a file, or of nothing when it cannot be read (an unknown layout).
    private static func digest(ofFile url: URL) -> String {
        SHA256Digest.hex(of: FileManager.default.contents(atPath: url.path) ?? Data())
    }

    /// One SHA-256 over every file in `folder`, with their paths, in a fixed order.
    private static func digest(ofFolder folder: URL) -> String {
        let paths = (FileManager.default.subpaths(atPath: folder.path) ?? []).sorted {
            $0.utf8.lexicographicallyPrecedes($1.utf8)
        }
        var digest = SHA256Digest()
        for path in paths {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            digest.updateField(path)
            digest.updateField(Self.digest(ofFile: url))
        }
        return digest.hex()
    }
}
