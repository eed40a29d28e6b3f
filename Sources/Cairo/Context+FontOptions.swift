import CCairo

extension Context {
    /// Draws glyph outlines as designed, unhinted and greyscale-antialiased, so a preview image
    /// shows the same shapes and spacing as the PDF.
    public func useUnhintedGlyphs() throws {
        guard let options = cairo_font_options_create() else { throw CairoError.cairo(operation: "creating font options", message: "out of memory") }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        try check(cairo_font_options_status(options), "setting font options")
        cairo_set_font_options(pointer, options)
        try check(cairo_status(pointer), "setting font options")
    }
}
