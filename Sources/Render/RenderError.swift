/// Why a page model could not be rendered.
public enum RenderError: Error, CustomStringConvertible, Equatable {
    /// A page model whose tags do not nest: an `end` with nothing open, or tags left open.
    case unbalancedTags(page: Int)
    /// The PDF cairo wrote is not laid out as the catalog update expects.
    case unexpectedPDF(String)
    /// A preview resolution outside the supported range.
    case resolutionOutOfRange(Double)
    /// An image file of the page model that could not be read.
    case unreadableImage(path: String)

    public var description: String {
        switch self {
        case let .unbalancedTags(page): "the tags of page \(page) do not nest (an end without a begin, or a tag left open)"
        case let .unexpectedPDF(reason): "cannot update the PDF cairo wrote: \(reason)"
        case let .unreadableImage(path): "cannot read the image \(path)"
        case let .resolutionOutOfRange(dpi):
            "a resolution of \(dpi) dpi is outside \(Int(PNGRenderer.resolutions.lowerBound))-\(Int(PNGRenderer.resolutions.upperBound)) dpi"
        }
    }
}
