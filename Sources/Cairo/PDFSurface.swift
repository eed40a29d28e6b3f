import CCairo
import Foundation

/// A cairo PDF surface that writes into memory, so a caller can write the finished file atomically.
public final class PDFSurface {
    let pointer: OpaquePointer
    private let sink: ByteSink

    /// Document information written into the PDF's Info dictionary.
    public enum Metadata {
        case title, author, subject, keywords, creator, createDate, modifyDate

        var cairoValue: cairo_pdf_metadata_t {
            switch self {
            case .title: CAIRO_PDF_METADATA_TITLE
            case .author: CAIRO_PDF_METADATA_AUTHOR
            case .subject: CAIRO_PDF_METADATA_SUBJECT
            case .keywords: CAIRO_PDF_METADATA_KEYWORDS
            case .creator: CAIRO_PDF_METADATA_CREATOR
            case .createDate: CAIRO_PDF_METADATA_CREATE_DATE
            case .modifyDate: CAIRO_PDF_METADATA_MOD_DATE
            }
        }
    }

    /// Creates a surface whose first page is `width` x `height` points.
    public init(width: Double, height: Double) throws {
        sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        pointer = cairo_pdf_surface_create_for_stream(
            { closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes
                    .append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            }, closure, width, height)
        try check(cairo_surface_status(pointer), "creating a PDF surface")
    }

    deinit { cairo_surface_destroy(pointer) }

    /// Sets the size of the pages drawn from now on.
    public func setPageSize(width: Double, height: Double) throws {
        cairo_pdf_surface_set_size(pointer, width, height)
        try check(cairo_surface_status(pointer), "setting the page size")
    }

    /// Writes one metadata entry; dates are given as `YYYY-MM-DDThh:mm:ss`.
    public func setMetadata(_ key: Metadata, _ value: String) throws {
        cairo_pdf_surface_set_metadata(pointer, key.cairoValue, value)
        try check(cairo_surface_status(pointer), "setting PDF metadata")
    }

    /// A bookmark in the document outline, to nest others under.
    public struct OutlineItem: Equatable, Sendable {
        let id: Int32
        /// The top of the outline.
        public static let root = OutlineItem(id: Int32(CAIRO_PDF_OUTLINE_ROOT))
    }

    /// Adds a bookmark titled `title` under `parent` that opens the named destination `destination`.
    /// Closed bookmarks show their children only when the reader expands them.
    public func addOutlineItem(
        _ title: String, destination: String, under parent: OutlineItem = .root, open: Bool = false
    ) throws -> OutlineItem {
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
        let id = cairo_pdf_surface_add_outline(
            pointer, parent.id, title, "dest=\(Context.quoted(destination))", flags)
        try check(cairo_surface_status(pointer), "adding the bookmark \(title)")
        return OutlineItem(id: id)
    }

    /// Finishes the document and returns the bytes of the PDF file.
    public func finish() throws -> Data {
        cairo_surface_finish(pointer)
        try check(cairo_surface_status(pointer), "finishing the PDF")
        return Data(sink.bytes)
    }
}

/// Collects what cairo writes (in many small pieces, which an array takes faster than `Data`).
private final class ByteSink {
    var bytes: [UInt8] = []
}
