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
        let fragments = segmenter.fragments(collected.words, hyphenate: style.hyphenate, language: style.language, measure: measure)
        let words = WordSplitter(shaper: shaper, measure: measure).fitting(fragments)
        var lines: [BrokenLine]
        switch method {
        case .firstFit:
            let greedy = GreedyLineBreaker(measure: measure).lines(words)
            lines = greedy.enumerated().map { index, line in
                BrokenLine(words: line, isLast: index == greedy.count - 1 || line.last?.breakAfter == true)
            }
        case .knuthPlass:
            lines = knuthPlass(words, style: style, measure: measure)
        }
        if collected.rightToLeft {
            for index in lines.indices { lines[index].rightToLeft = true }
        }
        return lines
    }

    private func knuthPlass(_ words: [Word], style: TextStyle, measure: Double) -> [BrokenLine] {
        guard !words.isEmpty else { return [] }
        let paragraph = ParagraphItems(
            words, justified: style.justify, rightStretch: BreakCosts.raggedRightStretch * style.size, costs: costs)
        var start = 0
        return KnuthPlassBreaker(measure: measure, costs: costs).breaks(paragraph.items).map { lineBreak in
            let end = paragraph.wordsBefore[lineBreak.position]
            defer { start = end }
            let line = Array(words[start..<end])
            let isLast = end == words.count || line.last?.breakAfter == true
            // A justified paragraph's last line keeps its natural width, unless it had to shrink to fit.
            let justified = style.justify && (!isLast || line.lineWidth > measure)
            return BrokenLine(words: line, justified: justified, isLast: isLast)
        }
    }
}
