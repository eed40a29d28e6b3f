import Document
import PageModel

/// Places the words of one line as glyph runs (one per stretch of the same font, size, colour
/// and link, spaces included); each stretch of linked runs is wrapped in a link tag over its area.
struct LineAssembler {
    let shaper: Shaper

    /// Items for `words` starting at `x`, with the baseline at `baseline`; y is relative to the line top.
    /// Pieces of one word are joined and shaped whole; a line that breaks at a hyphenation point
    /// ends with a hyphen. Given `justifiedTo`, word spaces stretch or shrink in proportion to
    /// their widths so the line is exactly that wide. With `endsWithSpace`, the space after the
    /// last word is drawn too (it is invisible) when the line breaks at a word space, so text read
    /// from the structure keeps a space where the line broke ("the blood", not "theblood").
    ///
    /// A line with right-to-left text is laid out in visual order (UAX #9, see ``Bidi``), and its
    /// glyph runs are then listed in reading order, each with its text in reading order, so the
    /// page's text and structure read as written. With `rightToLeft` the paragraph reads right to left:
    /// the line's words are reordered as such and, given `rightEdge`, the line ends there (ragged left).
    ///
    /// Given the paragraph's `language`, text in a script that language is not written in is put
    /// in a `Span` that names its own (see ``LanguageScripts``).
    func items(
        _ words: [Word], x: Double, baseline: Double, lineHeight: Double, justifiedTo measure: Double? = nil,
        endsWithSpace: Bool = false, rightToLeft: Bool = false, rightEdge: Double? = nil, language: String? = nil
    ) -> [PageItem] {
        var runs: [Run] = []
        var pen = x
        /// Draws `part`, the `logical`th piece of the line in reading order, then moves on `extra`
        /// more (a justified space).
        func place(_ part: WordPart, extra: Double, logical: Int) {
            let shaped = shaper.shape(part.text, font: part.font, context: part.context)
            let scale = part.size / shaper.fontSet.font(part.font).unitsPerEm
            let backward = part.level % 2 == 1
            // Spaces, digits and punctuation go with the run they follow, whatever its language.
            let neutral = part.text.allSatisfy(\.isWhitespace)
            let ownLanguage = neutral ? runs.last?.language : language.flatMap { LanguageScripts.tag(forScript: part.context.script, in: $0) }
            let startsNewRun = runs.last.map {
                $0.run.font != part.font || $0.run.size != part.size || $0.run.color != part.color
                    || $0.link != part.link || $0.run.rightToLeft != backward || $0.language != ownLanguage
                    || $0.isLineEndHyphen || part.isLineEndHyphen
                    || abs($0.run.origin.x + $0.run.width - pen) > 0.001
            } ?? true
            if startsNewRun {
                runs.append(Run(
                    run: GlyphRun(
                        font: part.font, size: part.size, origin: Point(x: pen, y: baseline), text: "", glyphs: [],
                        clusters: [], color: part.color, width: 0, rightToLeft: backward),
                    link: part.link, language: ownLanguage, isLineEndHyphen: part.isLineEndHyphen, logical: logical))
            }
            runs[runs.count - 1].logical = min(runs[runs.count - 1].logical, logical)
            var run = runs[runs.count - 1].run
            var advance = 0.0
            let runX = pen - run.origin.x
            for glyph in shaped.glyphs {
                run.glyphs.append(PlacedGlyph(
                    id: glyph.id, x: runX + advance + Double(glyph.xOffset) * scale, y: -Double(glyph.yOffset) * scale))
                advance += Double(glyph.advance) * scale
            }
            if backward {
                // Drawn to the right of what the run has, it comes before it in reading order.
                run.clusters = Self.clusters(shaped.readingOrder, byteCount: part.text.utf8.count) + run.clusters
                run.text = part.text + run.text
            } else {
                run.clusters += Self.clusters(shaped, byteCount: part.text.utf8.count)
                run.text += part.text
            }
            run.width += advance + extra
            pen += advance + extra
            runs[runs.count - 1].run = run
        }
        let words = Self.joiningPieces(words)
        let spaceScale = measure.map { justifiedSpaceScale(words, measure: $0) } ?? 1
        var pieces: [(part: WordPart, extra: Double)] = []
        for (index, word) in words.enumerated() {
            pieces += word.parts.map { ($0, 0) }
            if index < words.count - 1, let last = word.parts.last {
                pieces.append((
                    WordPart(
                        text: " ", font: word.spaceFont, size: last.size, color: last.color,
                        link: sharedLink(word, words[index + 1]), width: word.spaceWidth, level: word.spaceLevel),
                    word.spaceWidth * (spaceScale - 1)))
            }
        }
        if endsWithSpace, let word = words.last, word.joint == .space, word.spaceWidth > 0, let last = word.parts.last {
            // Drawn for the text it carries, it takes no room: the line ends at its last word.
            let space = WordPart(
                text: " ", font: word.spaceFont, size: last.size, color: last.color, link: nil, width: word.spaceWidth,
                level: rightToLeft ? 1 : 0)
            pieces.append((space, -shaper.width(" ", font: word.spaceFont, size: last.size)))
        }
        let order = Self.visualOrder(pieces.map(\.part), rightToLeft: rightToLeft)
        for logical in order {
            place(pieces[logical].part, extra: pieces[logical].extra, logical: logical)
        }
        if rightToLeft || pieces.contains(where: { $0.part.level > 0 }) { runs.sort { $0.logical < $1.logical } }
        var items = Self.linked(runs, lineHeight: lineHeight)
        if let rightEdge, measure == nil {
            let shift = rightEdge - (runs.map { $0.run.origin.x + $0.run.width }.max() ?? x)
            items = items.map { $0.offsetBy(dx: shift, dy: 0) }
        }
        return items
    }

    /// The order to draw `parts` in, left to right: their reading order, unless some are right to
    /// left, when FriBidi reorders the line (rules L1 and L2 of UAX #9). Each part has one level,
    /// so it stays whole: parts are ordered by where their first character lands.
    static func visualOrder(_ parts: [WordPart], rightToLeft: Bool) -> [Int] {
        guard rightToLeft || parts.contains(where: { $0.level > 0 }) else { return Array(parts.indices) }
        var scalars: [UInt32] = []
        var levels: [UInt8] = []
        var owner: [Int] = []
        for (index, part) in parts.enumerated() {
            for scalar in part.text.unicodeScalars {
                scalars.append(scalar.value)
                levels.append(part.level)
                owner.append(index)
            }
        }
        var firstPlace = [Int](repeating: Int.max, count: parts.count)
        for (place, logical) in Bidi.visualOrder(scalars, levels: levels, rightToLeft: rightToLeft).enumerated() {
            firstPlace[owner[logical]] = min(firstPlace[owner[logical]], place)
        }
        return parts.indices.sorted { firstPlace[$0] < firstPlace[$1] }
    }

    /// A glyph run being placed, with the link it belongs to, the language of its own it has
    /// (nil: the paragraph's), whether it is the hyphen of a line break inside a word, and the
    /// first of the line's pieces (in reading order) it draws.
    struct Run {
        var run: GlyphRun
        var link: String?
        var language: String?
        var isLineEndHyphen = false
        var logical = 0
    }

    /// The runs in order, each stretch of runs with the same link wrapped in a link tag whose area
    /// spans the stretch (its runs may be in any order across the line) and the height of the line.
    static func linked(_ runs: [Run], lineHeight: Double) -> [PageItem] {
        var items: [PageItem] = []
        var index = 0
        while index < runs.count {
            var end = index
            while end + 1 < runs.count, runs[end + 1].link == runs[index].link { end += 1 }
            guard let link = runs[index].link else {
                items += spanned(runs[index...end])
                index = end + 1
                continue
            }
            let stretch = runs[index...end]
            let from = stretch.map(\.run.origin.x).min()!
            let to = stretch.map { $0.run.origin.x + $0.run.width }.max()!
            let area = Rect(x: from, y: 0, width: to - from, height: lineHeight)
            items.append(.begin(.link(target(of: link), area: area)))
            items += spanned(runs[index...end])
            items.append(.end)
            index = end + 1
        }
        return items
    }

    /// The runs' text, each stretch in a language of its own wrapped in a `Span` that names it,
    /// and the hyphen of a line break in an artifact.
    private static func spanned(_ runs: ArraySlice<Run>) -> [PageItem] {
        var items: [PageItem] = []
        var open: String?
        for run in runs {
            if run.language != open {
                if open != nil { items.append(.end) }
                if let language = run.language { items.append(.begin(.structure(.span, StructureAttributes(language: language)))) }
                open = run.language
            }
            items += run.isLineEndHyphen ? [.begin(.artifact(.lineEndHyphen)), .text(run.run), .end] : [.text(run.run)]
        }
        if open != nil { items.append(.end) }
        return items
    }

    /// A web address, or a place in the handout for links written `#name`.
    static func target(of link: String) -> LinkTarget {
        link.hasPrefix(TextSpan.internalLinkPrefix)
            ? .destination(String(link.dropFirst(TextSpan.internalLinkPrefix.count))) : .url(link)
    }

    /// How much every word space must grow (or shrink) for `words` to be `measure` wide as drawn.
    private func justifiedSpaceScale(_ words: [Word], measure: Double) -> Double {
        let spaces = words.dropLast().reduce(0) { $0 + $1.spaceWidth }
        guard spaces > 0 else { return 1 }
        let drawn = words.reduce(spaces) { width, word in
            word.parts.reduce(width) { $0 + shaper.width($1.text, like: $1) }
        }
        return 1 + (measure - drawn) / spaces
    }

    /// `words` with the pieces of each word that share the line joined back into one word, and
    /// a hyphen added if the line breaks at a hyphenation point: a part of its own (see
    /// ``WordPart/isLineEndHyphen``).
    static func joiningPieces(_ words: [Word]) -> [Word] {
        var joined: [Word] = []
        for word in words {
            guard var whole = joined.last, whole.joint != .space else {
                joined.append(word)
                continue
            }
            for part in word.parts { whole.parts.appendJoining(part) }
            (whole.joint, whole.breakAfter, whole.spaceWidth, whole.spaceFont, whole.spaceLevel) =
                (word.joint, word.breakAfter, word.spaceWidth, word.spaceFont, word.spaceLevel)
            joined[joined.count - 1] = whole
        }
        if case let .hyphenation(width)? = joined.last?.joint, var hyphen = joined.last?.parts.last {
            (hyphen.text, hyphen.width, hyphen.glossaryTerm, hyphen.isLineEndHyphen) = ("-", width, nil, true)
            joined[joined.count - 1].parts.append(hyphen)
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
    /// The glyphs must be in reading order (clusters ascending).
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
        guard let last, last.font == part.font, last.size == part.size, last.color == part.color, last.link == part.link,
            last.context == part.context, last.level == part.level
        else {
            append(part)
            return
        }
        self[count - 1].text += part.text
        self[count - 1].width += part.width
    }
}
