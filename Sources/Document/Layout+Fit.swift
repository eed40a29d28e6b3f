extension Layout {
    /// Why this layout's text cannot fit its page, naming the keys to change; nil when it fits.
    ///
    /// Every value can be inside its own range and the whole still not fit (A5 with 10 mm margins
    /// and 72 pt type): the running header must sit inside the top margin, "Page N of M" inside the
    /// bottom margin and across the text width, a line must hold a few words, and the text area a
    /// few lines. The checks use generous widths for the sans-serif fonts the handouts are set in.
    public var fitProblem: String? {
        let measure = page.width - page.marginLeft - page.marginRight
        let textHeight = page.height - page.marginTop - page.marginBottom
        func millimetres(_ points: Double) -> String { NumberRule.written((points * 25.4 / 72).rounded(.up)) + " mm" }
        if page.marginTop < Self.headerRoom * text.headerSize {
            return "'text.header-size' needs a top margin ('page.margins.top') of at least \(millimetres(Self.headerRoom * text.headerSize))"
        }
        if page.marginBottom < Self.footerRoom * text.footerSize {
            return "'text.footer-size' needs a bottom margin ('page.margins.bottom') of at least \(millimetres(Self.footerRoom * text.footerSize))"
        }
        if measure < Self.footerWidth * text.footerSize {
            return "'text.footer-size': \"Page N of M\" needs a text width of at least \(millimetres(Self.footerWidth * text.footerSize)) between 'page.margins.left' and 'page.margins.right'"
        }
        if measure < Self.shortestMeasure * text.bodySize {
            return "'text.body-size' needs a text width of at least \(millimetres(Self.shortestMeasure * text.bodySize)) between 'page.margins.left' and 'page.margins.right'"
        }
        let lineHeight = text.bodySize * text.lineHeight
        if textHeight < Self.fewestLines * lineHeight {
            return "'text.body-size' and 'text.line-height' need a text height of at least \(millimetres(Self.fewestLines * lineHeight)) between 'page.margins.top' and 'page.margins.bottom'"
        }
        return nil
    }

    /// The top margin holds the header text and its rule: this many times the header size.
    static let headerRoom = 2.0
    /// The bottom margin holds the footer line: this many times the footer size.
    static let footerRoom = 1.8
    /// "Page 120 of 120" is at most this many times the footer size wide.
    static let footerWidth = 9.0
    /// The narrowest text a body line may have, in body sizes: a few words a line.
    static let shortestMeasure = 8.0
    /// The fewest body lines a page's text area must hold.
    static let fewestLines = 6.0
}
