import Document

extension HandoutRequest {
    /// `layout` with the request's body size and imposition applied.
    func adjusting(_ layout: Layout) throws -> Layout {
        var adjusted = layout
        if let bodySize {
            guard Layout.bodySizeRule.check(bodySize) != nil else { throw HandoutError("body-size must be \(Layout.bodySizeRule.requirement)") }
            adjusted = adjusted.withBodySize(bodySize)
            if let problem = adjusted.fitProblem {
                throw HandoutError("body-size: at this size the text of layout '\(layout.name)' cannot fit its page: \(problem)")
            }
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
}
