import PageModel

/// Places the words of one line as glyph runs (one per stretch of the same font, size and
/// colour, spaces included) and link areas.
struct LineAssembler {
    let shaper: Shaper

    /// Items for `words` starting at `x`, with the baseline at `baseline`; y is relative to the line top.
    /// Pieces of one word are joined and shaped whole; a line that breaks at a hyphenation point
    /// ends with a hyphen. Given `justifiedTo`, word spaces stretch or shrink in proportion to
    /// their widths so the line is exactly that wide.
    func items(_ words: [Word], x: Double, baseline: Double, lineHeight: Double, justifiedTo measure: Double? = nil) -> [PageItem] {
        var runs: [GlyphRun] = []
        var links: [(url: String, from: Double, to: Double)] = []
        var pen = x
        /// Draws `part`, then moves on `extra` more (a justified space).
        func place(_ part: WordPart, extra: Double = 0) {
            let shaped = shaper.shape(part.text, font: part.font)
            let scale = part.size / shaper.fontSet.fonts[part.font].unitsPerEm
            let width = Double(shaped.advance) * scale + extra
            if let link = part.link {
                if let last = links.last, last.url == link, abs(last.to - pen) < 0.01 {
                    links[links.count - 1].to = pen + width
                } else {
                    links.append((link, pen, pen + width))
                }
            }
            let startsNewRun = runs.last.map {
                $0.font != part.font || $0.size != part.size || $0.color != part.color
                    || abs($0.origin.x + $0.width - pen) > 0.001
            } ?? true
            if startsNewRun {
                runs.append(GlyphRun(
                    font: part.font, size: part.size, origin: Point(x: pen, y: baseline), text: "", glyphs: [],
                    clusters: [], color: part.color, width: 0))
            }
            var run = runs.removeLast()
            var advance = 0.0
            let runX = pen - run.origin.x
            for glyph in shaped.glyphs {
                run.glyphs.append(PlacedGlyph(
                    id: glyph.id, x: runX + advance + Double(glyph.xOffset) * scale, y: -Double(glyph.yOffset) * scale))
                advance += Double(glyph.advance) * scale
            }
            run.clusters += Self.clusters(shaped, byteCount: part.text.utf8.count)
            run.text += part.text
            run.width += advance + extra
            pen += advance + extra
            runs.append(run)
        }
        let words = Self.joiningPieces(words)
        let spaceScale = measure.map { justifiedSpaceScale(words, measure: $0) } ?? 1
        for (index, word) in words.enumerated() {
            word.parts.forEach { place($0) }
            if index < words.count - 1, let last = word.parts.last {
                place(
                    WordPart(
                        text: " ", font: word.spaceFont, size: last.size, color: last.color,
                        link: sharedLink(word, words[index + 1]), width: word.spaceWidth),
                    extra: word.spaceWidth * (spaceScale - 1))
            }
        }
        return runs.map(PageItem.text) + links.map {
            .link(Rect(x: $0.from, y: 0, width: $0.to - $0.from, height: lineHeight), url: $0.url)
        }
    }

    /// How much every word space must grow (or shrink) for `words` to be `measure` wide as drawn.
    private func justifiedSpaceScale(_ words: [Word], measure: Double) -> Double {
        let spaces = words.dropLast().reduce(0) { $0 + $1.spaceWidth }
        guard spaces > 0 else { return 1 }
        let drawn = words.reduce(spaces) { width, word in
            word.parts.reduce(width) { $0 + shaper.width($1.text, font: $1.font, size: $1.size) }
        }
        return 1 + (measure - drawn) / spaces
    }

    /// `words` with the pieces of each word that share the line joined back into one word, and
    /// a hyphen added if the line breaks at a hyphenation point.
    static func joiningPieces(_ words: [Word]) -> [Word] {
        var joined: [Word] = []
        for word in words {
            guard var whole = joined.last, whole.joint != .space else {
                joined.append(word)
                continue
            }
            for part in word.parts { whole.parts.appendJoining(part) }
            (whole.joint, whole.breakAfter, whole.spaceWidth, whole.spaceFont) =
                (word.joint, word.breakAfter, word.spaceWidth, word.spaceFont)
            joined[joined.count - 1] = whole
        }
        if case let .hyphenation(width)? = joined.last?.joint, var last = joined.last?.parts.last {
            last.text += "-"
            last.width += width
            joined[joined.count - 1].parts[joined[joined.count - 1].parts.count - 1] = last
        }
        return joined
    }

    /// The link a space belongs to: the one on both sides of it, if any.
    private func sharedLink(_ left: Word, _ right: Word) -> String? {
        guard let link = left.parts.last?.link, right.parts.first?.link == link else { return nil }
        return link
    }

    /// Cairo clusters from HarfBuzz clusters: each distinct cluster value starts a cluster that
    /// runs to the next value (or the end of the text), so text and glyphs are covered exactly.
    static func clusters(_ shaped: ShapedText, byteCount: Int) -> [Cluster] {
        var clusters: [Cluster] = []
        var index = 0
        let glyphs = shaped.glyphs
        while index < glyphs.count {
            let start = index == 0 ? 0 : Int(glyphs[index].cluster)
            var end = index
            while end < glyphs.count, glyphs[end].cluster == glyphs[index].cluster { end += 1 }
            let nextByte = end < glyphs.count ? Int(glyphs[end].cluster) : byteCount
            clusters.append(Cluster(bytes: nextByte - start, glyphs: end - index))
            index = end
        }
        return clusters
    }
}

extension [WordPart] {
    /// Adds `part`, joined to the last part if it is set the same way.
    fileprivate mutating func appendJoining(_ part: WordPart) {
        guard let last, last.font == part.font, last.size == part.size, last.color == part.color, last.link == part.link
        else {
            append(part)
            return
        }
        self[count - 1].text += part.text
        self[count - 1].width += part.width
    }
}
