import Document

/// How a paragraph's line breaks are chosen.
enum LineBreaking {
    /// Total fit (``KnuthPlassBreaker``): what handouts are set with.
    case knuthPlass
    /// First fit (``GreedyLineBreaker``): the baseline the raggedness report measures against.
    case firstFit
}

/// Breaks a paragraph into lines: collects its words, cuts them where a line may break inside
/// them (hyphenating if the style says so), cuts any word still wider than the measure, then
/// chooses the breaks.
///
/// Knuth–Plass takes TeX's two passes: a paragraph that may be hyphenated is first set without
/// hyphens, and hyphenated only if a line of that setting is worse than
/// ``BreakCosts/pretolerance``.
struct ParagraphBreaker {
    let shaper: Shaper
    let segmenter: WordSegmenter
    var costs = BreakCosts()

    /// A breaker with `shaper`, hyphenating with `hyphenator` where a style asks for it.
    init(shaper: Shaper, hyphenator: Hyphenator) {
        self.shaper = shaper
        segmenter = WordSegmenter(shaper: shaper, hyphenator: hyphenator)
    }

    /// The lines of `spans` set in `style` at `measure` points wide; no line is wider.
    func lines(_ spans: [TextSpan], style: TextStyle, measure: Double, method: LineBreaking = .knuthPlass) -> [BrokenLine] {
        let collected = WordCollector(shaper: shaper).collect(spans, style: style)
        var lines: [BrokenLine]
        switch method {
        case .firstFit:
            let greedy = GreedyLineBreaker(measure: measure).lines(fitted(collected.words, hyphenate: style.hyphenate, style: style, measure: measure))
            lines = greedy.enumerated().map { index, line in
                BrokenLine(words: line, isLast: index == greedy.count - 1 || line.last?.breakAfter == true)
            }
        case .knuthPlass:
            lines = firstPass(collected.words, style: style, measure: measure)
                ?? knuthPlass(fitted(collected.words, hyphenate: style.hyphenate, style: style, measure: measure), style: style, measure: measure).lines
        }
        if collected.rightToLeft {
            for index in lines.indices { lines[index].rightToLeft = true }
        }
        return lines
    }

    /// Whether Knuth–Plass sets `spans` by hyphenating them (TeX's second pass): the style
    /// hyphenates and the setting without hyphens has a line worse than the pretolerance.
    func needsSecondPass(_ spans: [TextSpan], style: TextStyle, measure: Double) -> Bool {
        style.hyphenate && firstPass(WordCollector(shaper: shaper).collect(spans, style: style).words, style: style, measure: measure) == nil
    }

    /// TeX's first pass: the lines without hyphens, if the style would hyphenate, no word is
    /// wider than the measure (hyphenation points cut it better than a cut between any two
    /// characters) and no line is worse than the pretolerance; nil where the paragraph is to be
    /// hyphenated instead.
    private func firstPass(_ words: [Word], style: TextStyle, measure: Double) -> [BrokenLine]? {
        guard style.hyphenate, let pretolerance = costs.pretolerance else { return nil }
        let fragments = segmenter.fragments(words, hyphenate: false, language: style.language, measure: measure)
        guard !fragments.contains(where: { $0.width > measure }) else { return nil }
        let breaker = KnuthPlassBreaker(measure: measure, costs: costs)
        let set = knuthPlass(fragments, style: style, measure: measure)
        return set.ratios.allSatisfy { breaker.badness($0) <= pretolerance } ? set.lines : nil
    }

    /// `words` cut where a line may break inside them (at hyphenation points if `hyphenate`), and
    /// any piece still wider than `measure` cut to fit.
    private func fitted(_ words: [Word], hyphenate: Bool, style: TextStyle, measure: Double) -> [Word] {
        let fragments = segmenter.fragments(words, hyphenate: hyphenate, language: style.language, measure: measure)
        return WordSplitter(shaper: shaper, measure: measure).fitting(fragments)
    }

    /// The Knuth–Plass lines of `words`, with how far each line's glue stretched or shrank.
    private func knuthPlass(_ words: [Word], style: TextStyle, measure: Double) -> (lines: [BrokenLine], ratios: [Double]) {
        guard !words.isEmpty else { return ([], []) }
        let paragraph = ParagraphItems(
            words, justified: style.justify, rightStretch: BreakCosts.raggedRightStretch * style.size, costs: costs)
        var start = 0
        let breaks = KnuthPlassBreaker(measure: measure, costs: costs).breaks(paragraph.items)
        let lines = breaks.map { lineBreak in
            let end = paragraph.wordsBefore[lineBreak.position]
            defer { start = end }
            let line = Array(words[start..<end])
            let isLast = end == words.count || line.last?.breakAfter == true
            // A justified paragraph's last line keeps its natural width, unless it had to shrink to fit.
            let justified = style.justify && (!isLast || line.lineWidth > measure)
            return BrokenLine(words: line, justified: justified, isLast: isLast)
        }
        return (lines, breaks.map(\.ratio))
    }
}
