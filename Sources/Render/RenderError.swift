/// Why a page model could not be rendered.
public enum RenderError: Error, CustomStringConvertible, Equatable {
    /// A page model whose tags do not nest: an `end` with nothing open, or tags left open.
    case unbalancedTags(page: Int)
    /// The conformance post-step (libqpdf) could not read or update the PDF cairo wrote.
    case postStepFailed(String)
    /// The sRGB profile of the output intent is not installed (package icc-profiles-free).
    case missingColorProfile(String)
    /// A preview resolution outside the supported range.
    case resolutionOutOfRange(Double)
    /// A page whose preview at `dpi` would not be an image of 1 to 32,767 pixels a side.
    case imageTooLarge(page: Int, dpi: Double)

    public var description: String {
        switch self {
        case let .unbalancedTags(page): "the tags of page \(page) do not nest (an end without a begin, or a tag left open)"
        case let .postStepFailed(reason): "cannot make the PDF conform to PDF/UA and PDF/A: \(reason)"
        case let .missingColorProfile(path): "the sRGB colour profile \(path) is missing: install icc-profiles-free"
        case let .resolutionOutOfRange(dpi):
            "a resolution of \(dpi) dpi is outside \(Int(PNGRenderer.resolutions.lowerBound))-\(Int(PNGRenderer.resolutions.upperBound)) dpi"
        case let .imageTooLarge(page, dpi):
            "page \(page) at \(dpi) dpi would not be an image of 1 to \(PNGRenderer.longestSide) pixels a side"
        }
    }
}
