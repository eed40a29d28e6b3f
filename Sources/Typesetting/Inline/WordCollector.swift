import CHarfBuzz
import Document
import PageModel

/// Turns a paragraph's spans into words: splits at spaces, picks fonts (with fallback),
/// and measures every part with the shaper.
struct WordCollector {
    let shaper: Shaper

    /// A paragraph's words and its direction.
    struct Collected {
        var words: [Word]
        /// Whether the paragraph reads right to left (its first strong character is Arabic or Hebrew, say).
        var rightToLeft: Bool
    }

    func words(_ spans: [TextSpan], style: TextStyle) -> [Word] {
        collect(spans, style: style).words
    }

    /// The words of `spans` in `style`, each part a run of one font, script and bidi level
    /// (see ``TextItemiser`` and ``Bidi``).
    func collect(_ spans: [TextSpan], style: TextStyle) -> Collected {
        let spans = Self.printable(spans)
        let bidi = Self.bidiParagraph(spans, style: style)
        let itemiser = TextItemiser(fontSet: shaper.fontSet, language: style.language)
        let language = hb_language_from_string(style.language, -1)
        var words: [Word] = []
        var parts: [WordPart] = []
        var lastFont = shaper.fontSet.index(for: style.base)
        var scalarOffset = 0
        func finishWord(spaceLevel: UInt8) {
            guard !parts.isEmpty else { return }
            let spaceWidth = shaper.width(" ", font: lastFont, size: style.size * shaper.fontSet.sizeScale(lastFont))
            words.append(Word(parts: parts, spaceWidth: spaceWidth, spaceFont: lastFont, spaceLevel: spaceLevel))
            parts = []
        }
        for span in spans {
            if span == .lineBreak {
                finishWord(spaceLevel: 0)
                if !words.isEmpty { words[words.count - 1].breakAfter = true }
                scalarOffset += span.text.unicodeScalars.count
                continue
            }
            let font = shaper.fontSet.index(for: style.fontStyle(for: span))
            // Web links are coloured; links to the glossary look like the text around them.
            let isWebLink = span.link.map { !$0.hasPrefix(TextSpan.internalLinkPrefix) } ?? false
            let color = isWebLink ? style.linkColor : style.color
            var chunk = Substring()
            func flushChunk() {
                let count = chunk.unicodeScalars.count
                let levels = bidi.map { $0.levels[scalarOffset..<(scalarOffset + count)] }
                for run in itemiser.runs(Self.drawable(chunk), levels: levels, preferring: font) {
                    let rightToLeft = run.level % 2 == 1
                    let size = style.size * shaper.fontSet.sizeScale(run.font)
                    let context = ShapingContext(script: run.script, rightToLeft: rightToLeft, language: language)
                    parts.append(
                        WordPart(
                            text: run.text, font: run.font, size: size, color: color, link: span.link,
                            width: shaper.width(run.text, font: run.font, size: size, context: context),
                            glossaryTerm: span.glossaryTerm, context: context, level: run.level))
                    lastFont = run.font
                }
                scalarOffset += count
                chunk = Substring()
            }
            var start = span.text.startIndex
            for index in span.text.indices where Self.breaksWords(span.text[index]) {
                chunk = span.text[start..<index]
                flushChunk()
                finishWord(spaceLevel: bidi?.levels[scalarOffset] ?? 0)
                scalarOffset += span.text[index].unicodeScalars.count
                start = span.text.index(after: index)
            }
            chunk = span.text[start...]
            if !chunk.isEmpty { flushChunk() }
        }
        finishWord(spaceLevel: 0)
        return Collected(words: words, rightToLeft: bidi?.rightToLeft ?? false)
    }

    /// The bidi levels of the paragraph's scalars, or nil when all are left to right at level 0
    /// (a left-to-right paragraph with no right-to-left letter, which needs no algorithm).
    ///
    /// A space between two digits is taken as a digit-group separator, like a no-break space
    /// (class CS, which UAX #9 rule W4 makes part of the number): "0113 496 0000" in Arabic text
    /// is then one left-to-right number, not three groups in right-to-left order.
    static func bidiParagraph(_ spans: [TextSpan], style: TextStyle) -> Bidi.Paragraph? {
        guard style.rightToLeft || spans.contains(where: { Bidi.mayNeedReordering($0.text) }) else { return nil }
        var scalars = spans.flatMap { $0.text.unicodeScalars.map(\.value) }
        for index in scalars.indices.dropFirst().dropLast()
        where scalars[index] == 0x20 && Self.isDigit(scalars[index - 1]) && Self.isDigit(scalars[index + 1]) {
            scalars[index] = 0xA0
        }
        let paragraph = Bidi.paragraph(scalars, defaultRightToLeft: style.rightToLeft)
        return paragraph.levels.allSatisfy({ $0 == 0 }) && !paragraph.rightToLeft ? nil : paragraph
    }

    private static func isDigit(_ scalar: UInt32) -> Bool { (0x30...0x39).contains(scalar) }

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
