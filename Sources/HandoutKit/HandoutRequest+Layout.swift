import Document

extension HandoutRequest {
    /// `layout` with the request's body size and imposition applied.
    func adjusting(_ layout: Layout) throws -> Layout {
        var adjusted = layout
        if let bodySize {
            guard Layout.bodySizeRange.contains(bodySize) else { throw HandoutError(Self.bodySizeMessage(bodySize)) }
            adjusted = adjusted.withBodySize(bodySize)
        }
        if let imposition {
            guard adjusted.booklet != nil else {
                guard imposition == .none else {
                    throw HandoutError("--imposition \(imposition.rawValue): layout '\(layout.name)' has no booklet: section; use --layout booklet")
                }
                return adjusted
            }
            adjusted.booklet?.imposition = imposition
        }
        return adjusted
    }

    /// The error for a body size outside ``Layout/bodySizeRange``.
    public static func bodySizeMessage(_ size: Double) -> String {
        let range = Layout.bodySizeRange
        let shown = size.isFinite && size.rounded() == size ? String(Int(size)) : String(size)
        return "--body-size must be between \(Int(range.lowerBound)) and \(Int(range.upperBound)) points, got \(shown)"
    }
}
