/// The standards a rendered PDF claims, and the post-step makes it meet (see docs/pdf-conformance.md).
public enum PDFStandard: Sendable {
    /// A reading copy: tagged, accessible (PDF/UA-1) and archivable with its structure (PDF/A-2a).
    case universalAccessAndArchiveA
    /// A print file such as imposed booklet sheets: archivable appearance only (PDF/A-2b).
    case archiveB

    var isUniversallyAccessible: Bool { self == .universalAccessAndArchiveA }

    /// The PDF/A-2 conformance level, as XMP's pdfaid:conformance writes it.
    var pdfaConformance: String { self == .universalAccessAndArchiveA ? "A" : "B" }
}
