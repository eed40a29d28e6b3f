import Document

/// Measures how evenly lines are filled, to compare Knuth–Plass with first fit (the raggedness
/// report, `Benchmarks/raggedness.sh`).
///
/// Every paragraph of a content library (list items and callouts included, headings not) and
/// every glossary entry is set ragged right in a layout's body style and measure, once per way
/// of breaking lines. A line's shortfall is how far it falls short of the measure; the last
/// line of each paragraph (and a line ending in a hard break) may be short and is not counted.
///
/// In a paragraph of one or two lines only the first line counts, and every method fills it as
/// far as it can, so the methods differ only in longer paragraphs; those are also summed apart.
public final class RaggednessSurvey {
    /// How one way of breaking lines did.
    public struct Row: Sendable {
        /// The breaker, and whether it could hyphenate.
        public var method: String
        /// Lines set.
        public var lines: Int
        /// The sum of the squares of the counted lines' shortfalls, in pt².
        public var raggedness: Double
        /// The same for paragraphs that first fit sets in three lines or more.
        public var longParagraphRaggedness: Double
        /// The mean and largest shortfall of a counted line, in points.
        public var meanShortfall: Double
        public var largestShortfall: Double
        /// Neighbouring counted lines whose shortfalls differ by more than the ragged right
        /// margin's stretch (2 em): a ragged edge that lurches.
        public var unevenNeighbours: Int
        /// Lines that end at a hyphenation point.
        public var hyphens: Int
        /// Lines wider than the measure; there should never be any.
        public var overfull: Int
        /// Paragraphs set with hyphenation allowed: all of them for a method that hyphenates,
        /// none for one that does not, and for two passes those the first pass set badly.
        public var hyphenatedParagraphs: Int
        /// Paragraphs set.
        public var paragraphs: Int
    }

    private let breaker: ParagraphBreaker

    public init(fontSet: FontSet, hyphenation: Hyphenation) {
        breaker = ParagraphBreaker(shaper: Shaper(fontSet: fontSet), hyphenator: Hyphenator(hyphenation: hyphenation))
    }

    /// First fit and Knuth–Plass, each without and with hyphenation, and Knuth–Plass in TeX's
    /// two passes (hyphenating only what sets badly without: what handouts use), on `library` in `layout`.
    public func rows(library: ContentLibrary, layout: Layout) throws -> [Row] {
        let paragraphs = try library.topics.flatMap { try Self.paragraphs(in: $0.blocks(for: .none)) }
            + library.glossary.entries.map { GlossaryFlow.spans(for: $0, pages: []) }
        let setup = layout.page
        let measure = setup.width - setup.marginLeft - setup.marginRight
        var everywhere = breaker
        everywhere.costs.pretolerance = nil
        let methods: [(name: String, method: LineBreaking, hyphenate: Bool, breaker: ParagraphBreaker)] = [
            ("first fit", .firstFit, false, breaker), ("first fit, hyphenated", .firstFit, true, breaker),
            ("Knuth–Plass", .knuthPlass, false, breaker), ("Knuth–Plass, hyphenated", .knuthPlass, true, everywhere),
            ("Knuth–Plass, two passes", .knuthPlass, true, breaker),
        ]
        var isLong: [Bool] = []
        return methods.map { name, method, hyphenate, breaker in
            var style = TypesetStyle(layout).body
            style.hyphenate = hyphenate
            style.justify = false
            let paragraphLines = paragraphs.map { breaker.lines($0, style: style, measure: measure, method: method) }
            let hyphenated = !hyphenate ? 0 : breaker.costs.pretolerance == nil || method == .firstFit ? paragraphs.count
                : paragraphs.filter { breaker.needsSecondPass($0, style: style, measure: measure) }.count
            if isLong.isEmpty { isLong = paragraphLines.map { $0.count >= 3 } }
            let lines = paragraphLines.flatMap { $0 }
            let shortfallsByParagraph = paragraphLines.map { $0.filter { !$0.isLast }.map { measure - $0.words.lineWidth } }
            let shortfalls = shortfallsByParagraph.flatMap { $0 }
            let longShortfalls = zip(shortfallsByParagraph, isLong).filter(\.1).flatMap(\.0)
            let lurch = BreakCosts.raggedRightStretch * style.size
            return Row(
                method: name, lines: lines.count,
                raggedness: shortfalls.reduce(0) { $0 + $1 * $1 },
                longParagraphRaggedness: longShortfalls.reduce(0) { $0 + $1 * $1 },
                meanShortfall: shortfalls.reduce(0, +) / Double(max(shortfalls.count, 1)),
                largestShortfall: shortfalls.max() ?? 0,
                unevenNeighbours: shortfallsByParagraph.reduce(0) { count, paragraph in
                    count + zip(paragraph, paragraph.dropFirst()).filter { abs($0 - $1) > lurch }.count
                },
                hyphens: lines.filter { line in
                    if case .hyphenation = line.words.last?.joint, !line.isLast { return true }
                    return false
                }.count,
                overfull: lines.filter { $0.words.lineWidth > measure + 1e-9 }.count,
                hyphenatedParagraphs: hyphenated, paragraphs: paragraphs.count)
        }
    }

    /// The text of every paragraph in `blocks`, inside lists and callouts too.
    static func paragraphs(in blocks: [Block]) -> [[TextSpan]] {
        blocks.flatMap { block -> [[TextSpan]] in
            switch block {
            case let .paragraph(spans): [spans]
            case let .list(list): list.items.flatMap(paragraphs(in:))
            case let .callout(blocks): paragraphs(in: blocks)
            case .heading, .rule, .figure, .table: []
            }
        }
    }
}
