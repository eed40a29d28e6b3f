import Document

/// The page's stylesheet: clear print on screen (the layout's body size, left aligned, a
/// readable measure, its colours), and a print stylesheet for the layout's paper.
enum HTMLStylesheet {
    static func css(for layout: Layout) -> String {
        let colours = layout.colours
        let text = layout.text
        // A browser's 100% is 12 pt; the layout's body size scales from there.
        let scale = Int((text.bodySize / 12 * 100).rounded())
        return """
            html { font-size: \(scale)%; }
            body { font-family: "Atkinson Hyperlegible", Arial, Helvetica, sans-serif; line-height: \(text.lineHeight); color: \(colours.text); background: #fff; margin: 0; }
            header, nav, main { max-width: 36em; margin: 0 auto; padding: 0 1em; }
            h1, h2, h3, h4 { color: \(colours.heading); line-height: 1.25; margin: 1.4em 0 0.5em; }
            h1 { font-size: \(ratio(text.headingSizes[0], text.bodySize))em; }
            h2 { font-size: \(ratio(text.headingSizes[1], text.bodySize))em; }
            h3, h4 { font-size: \(ratio(text.headingSizes[2], text.bodySize))em; }
            main > section { border-top: 2px solid \(colours.muted); margin-top: 2em; }
            p, li, dd { margin: 0 0 \(text.paragraphSpacing)em; }
            ul, ol { padding-left: 1.5em; }
            a { color: \(colours.accent); text-decoration: underline; }
            a:focus, main:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
            .skip { position: absolute; left: 0.5em; top: -4em; background: #fff; padding: 0.5em 1em; border: 3px solid \(colours.accent); }
            .skip:focus { top: 0.5em; }
            .callout { background: \(colours.callout); border-left: 0.4em solid \(colours.accent); padding: 0.6em 1em; margin: 1em 0; }
            img { max-width: 100%; height: auto; }
            .logo { margin: 1em 0 0; }
            table { border-collapse: collapse; width: 100%; margin: 1em 0; }
            th, td { text-align: left; vertical-align: top; padding: 0.3em 0.45em; border-bottom: 1px solid \(colours.muted); }
            th { background: \(colours.callout); border-bottom: 2px solid \(colours.accent); }
            th.center, td.center { text-align: center; }
            th.right, td.right { text-align: right; }
            figure { margin: 1em 0; }
            figcaption { font-weight: bold; margin-top: 0.4em; }
            .details { border: 2px solid \(colours.muted); padding: 0 1em; }
            dt { font-weight: bold; margin-top: 0.8em; }
            dfn { font-style: normal; }
            dd { margin-left: 0; }
            @media print {
              @page { size: \(layout.page.paper); margin: \(mm(layout.page.marginTop))mm \(mm(layout.page.marginRight))mm \(mm(layout.page.marginBottom))mm \(mm(layout.page.marginLeft))mm; }
              html { font-size: \(text.bodySize)pt; }
              body { color: #000; }
              header, nav, main { max-width: none; padding: 0; }
              .skip { display: none; }
              main > section { border-top: none; break-before: page; }
              h1, h2, h3, h4, dt { break-after: avoid; }
              li, dd, .callout, figure, tr { break-inside: avoid; }
              thead { display: table-header-group; }
              a { color: #000; }
              a[href^="http"]::after { content: " (" attr(href) ")"; }
            }

            """
    }

    /// `size` as a multiple of `body`, to two decimals.
    private static func ratio(_ size: Double, _ body: Double) -> Double { (size / body * 100).rounded() / 100 }

    /// Points as whole millimetres.
    private static func mm(_ points: Double) -> Int { Int((points * 25.4 / 72).rounded()) }
}
