import PageModel

/// Places the words of one line as glyph runs (one per stretch of the same font, size and
/// colour, spaces included) and link areas.
struct LineAssembler {
    let shaper: Shaper

    /// Items for `words` starting at `x`, with the baseline at `baseline`; y is relative to the line top.
    func items(_ words: [Word], x: Double, baseline: Double, lineHeight: Double) -> [PageItem] {
        var runs: [GlyphRun] = []
        var links: [(url: String, from: Double, to: Double)] = []
        var pen = x
        func place(_ part: WordPart) {
            let shaped = shaper.shape(part.text, font: part.font)
            let scale = part.size / shaper.fontSet.fonts[part.font].unitsPerEm
            if let link = part.link {
                if let last = links.last, last.url == link, abs(last.to - pen) < 0.01 {
                    links[links.count - 1].to = pen + part.width
                } else {
                    links.append((link, pen, pen + part.width))
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
            run.width += advance
            pen += advance
            runs.append(run)
        }
        for (index, word) in words.enumerated() {
            word.parts.forEach(place)
            if index < words.count - 1, let last = word.parts.last {
                place(WordPart(
                    text: " ", font: word.spaceFont, size: last.size, color: last.color,
                    link: sharedLink(word, words[index + 1]), width: word.spaceWidth))
            }
        }
        return runs.map(PageItem.text) + links.map {
            .link(Rect(x: $0.from, y: 0, width: $0.to - $0.from, height: lineHeight), url: $0.url)
        }
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
