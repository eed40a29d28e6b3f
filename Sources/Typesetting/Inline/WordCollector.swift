import Document
import PageModel

/// Turns a paragraph's spans into words: splits at spaces, picks fonts (with fallback),
/// and measures every part with the shaper.
struct WordCollector {
    let shaper: Shaper

    func words(_ spans: [TextSpan], style: TextStyle) -> [Word] {
        var words: [Word] = []
        var parts: [WordPart] = []
        var lastFont = shaper.fontSet.index(for: style.base)
        func finishWord() {
            guard !parts.isEmpty else { return }
            let spaceWidth = shaper.width(" ", font: lastFont, size: style.size)
            words.append(Word(parts: parts, spaceWidth: spaceWidth, spaceFont: lastFont))
            parts = []
        }
        for span in Self.printable(spans) {
            if span == .lineBreak {
                finishWord()
                if !words.isEmpty { words[words.count - 1].breakAfter = true }
                continue
            }
            let font = shaper.fontSet.index(for: style.fontStyle(for: span))
            // Web links are coloured; links to the glossary look like the text around them.
            let isWebLink = span.link.map { !$0.hasPrefix(TextSpan.internalLinkPrefix) } ?? false
            let color = isWebLink ? style.linkColor : style.color
            var chunk = Substring()
            func flushChunk() {
                for run in shaper.fontRuns(Self.drawable(chunk), preferring: font) {
                    let text = String(run.text)
                    parts.append(
                        WordPart(
                            text: text, font: run.font, size: style.size, color: color, link: span.link,
                            width: shaper.width(text, font: run.font, size: style.size), glossaryTerm: span.glossaryTerm))
                    lastFont = run.font
                }
                chunk = Substring()
            }
            var start = span.text.startIndex
            for index in span.text.indices where Self.breaksWords(span.text[index]) {
                chunk = span.text[start..<index]
                flushChunk()
                finishWord()
                start = span.text.index(after: index)
            }
            chunk = span.text[start...]
            if !chunk.isEmpty { flushChunk() }
        }
        finishWord()
        return words
    }

    /// The no-break spaces that keep "page 12" on one line.
    static let noBreakSpaces: [Character] = ["\u{A0}", "\u{2007}", "\u{202F}"]

    /// Whitespace ends a word, except no-break spaces.
    static func breaksWords(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
        return character.isWhitespace && !noBreakSpaces.contains(character)
    }

    /// `text` as drawn: a no-break space, having kept its words together, is drawn as a plain
    /// space. Cairo 1.16 cannot put U+00A0 in a font's WinAnsi subset and embeds a second, CID
    /// copy of the font just for it.
    static func drawable(_ text: Substring) -> String {
        guard text.unicodeScalars.contains(where: { [0xA0, 0x2007, 0x202F].contains($0.value) }) else { return String(text) }
        return String(text.map { noBreakSpaces.contains($0) ? " " : $0 })
    }

    /// Spans as printed on paper: a web link whose text is not its address gets the address
    /// after it in brackets, since paper cannot be clicked.
    static func printable(_ spans: [TextSpan]) -> [TextSpan] {
        var result: [TextSpan] = []
        for (index, span) in spans.enumerated() {
            result.append(span)
            guard let link = span.link, spans.indices.contains(index + 1) ? spans[index + 1].link != link : true
            else { continue }
            let shown = displayAddress(link)
            let linkText = spans.filter { $0.link == link }.map(\.text).joined()
            if !linkText.contains(shown), link.hasPrefix("http") {
                result.append(TextSpan(" (\(shown))", style: .regular, link: link))
            }
        }
        return result
    }

    /// An address without its scheme, `www.` kept, trailing slash dropped.
    static func displayAddress(_ link: String) -> String {
        var shown = link
        for prefix in ["https://", "http://", "mailto:", "tel:"] where shown.hasPrefix(prefix) {
            shown.removeFirst(prefix.count)
        }
        if shown.hasSuffix("/") { shown.removeLast() }
        return shown
    }
}
