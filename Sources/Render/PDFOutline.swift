import Cairo
import PageModel

/// Writes the document outline (bookmarks), nesting each entry under the nearest one before it
/// with a lower level.
enum PDFOutline {
    static func add(_ entries: [OutlineEntry], to surface: PDFSurface) throws {
        var parents: [(level: Int, item: PDFSurface.OutlineItem)] = []
        for entry in entries {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let item = try surface.addOutlineItem(
                entry.title, destination: entry.destination, under: parents.last?.item ?? .root)
            parents.append((entry.level, item))
        }
    }
}
