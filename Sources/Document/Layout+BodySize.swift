extension Layout {
    /// The body sizes a reader may ask for with `--body-size`, in points.
    public static let bodySizeRange: ClosedRange<Double> = 12...36
    /// The check every body size a reader asks for passes, on the command line, in a manifest and on the web.
    public static let bodySizeRule = NumberRule(bodySizeRange, unit: "points")

    /// This layout with its body text at `size` points and every other size scaled in proportion:
    /// headings, running header and footer. Line height, paragraph spacing, list indents and
    /// callout padding are multiples of the body size, so they follow by themselves. The top and
    /// bottom margins grow with the header and footer they hold (they never shrink), so large
    /// header text keeps clear of the paper's edge. The page and side margins stay: the text is
    /// reflowed to the new size, never scaled.
    public func withBodySize(_ size: Double) -> Layout {
        let factor = size / text.bodySize
        var layout = self
        layout.text.bodySize = size
        layout.text.headingSizes = text.headingSizes.map { $0 * factor }
        layout.text.headerSize = text.headerSize * factor
        layout.text.footerSize = text.footerSize * factor
        layout.page.marginTop = page.marginTop * max(factor, 1)
        layout.page.marginBottom = page.marginBottom * max(factor, 1)
        return layout
    }
}
