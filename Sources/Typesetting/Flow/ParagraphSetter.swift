import Caching
import Document
import PageModel

/// A paragraph broken into lines whose glyph runs are placed: what ``BlockFlow`` stacks.
struct SetParagraph {
    /// One line: its items (y relative to the line top), whether it ends with a hyphen, and the
    /// glossary terms used on it.
    struct Line {
        var items: [PageItem]
        var endsWithHyphen: Bool
        var glossaryTerms: [String]
    }

    var lines: [Line]
    /// The height of every line (a heading made smaller to fit has smaller lines).
    var lineHeight: Double
}

/// Sets paragraphs: fits a heading to the measure, breaks the lines and places their glyphs.
///
/// It remembers the paragraphs it has set by their text, style and frame, so a batch sets the
/// paragraphs its handouts share once and only the personalised ones again (see
/// ``CrossDocumentCache``). Not thread-safe, like ``Shaper``: one setter per task.
final class ParagraphSetter {
    let shaper: Shaper
    let breaker: ParagraphBreaker
    private var cache = CrossDocumentCache<Key, SetParagraph>(limit: cacheLimit)

    private struct Key: Hashable {
        var spans: [TextSpan]
        var style: TextStyle
        var x: Double
        var width: Double
        var smallestHeadingSize: Double?
    }

    /// Paragraphs kept for good: all the content's, in several layouts and sizes.
    static let cacheLimit = 10_000

    init(shaper: Shaper, breaker: ParagraphBreaker) {
        self.shaper = shaper
        self.breaker = breaker
    }

    /// Whether it has set nothing yet, so the next document is set from scratch.
    var isEmpty: Bool { cache.count == 0 }

    /// Takes over the paragraphs `other` has set, as if this setter had set them.
    func adopt(_ other: ParagraphSetter) {
        cache.adopt(other.cache)
    }

    /// Starts a new document: paragraphs and words only the last one set (a patient's name) are
    /// forgotten after this one.
    func startDocument() {
        cache.startDocument()
        breaker.segmenter.startDocument()
        shaper.startDocument()
    }

    /// `spans` set in `style` from `x`, `width` points wide. Given `smallestHeadingSize`, the
    /// paragraph is a heading: it is made smaller if need be, down to that size, so that its
    /// longest word fits the width.
    func set(_ spans: [TextSpan], style: TextStyle, x: Double, width: Double, smallestHeadingSize: Double? = nil) -> SetParagraph {
        let key = Key(spans: spans, style: style, x: x, width: width, smallestHeadingSize: smallestHeadingSize)
        if let known = cache.value(for: key) { return known }
        var style = style
        if let smallestHeadingSize { fitHeading(spans, style: &style, measure: width, smallestSize: smallestHeadingSize) }
        let broken = breaker.lines(spans, style: style, measure: width)
        let lineHeight = max(style.size * style.lineHeight, tallestFallback(in: broken))
        let baseline = shaper.fontSet.baselineOffset(size: style.size, lineHeight: lineHeight)
        let assembler = LineAssembler(shaper: shaper)
        let lines = broken.enumerated().map { index, line in
            SetParagraph.Line(
                items: assembler.items(
                    line.words, x: x, baseline: baseline, lineHeight: lineHeight,
                    justifiedTo: line.justified ? width : nil, endsWithSpace: index < broken.count - 1,
                    rightToLeft: line.rightToLeft, rightEdge: line.rightToLeft ? x + width : nil, language: style.language),
                endsWithHyphen: line.endsWithHyphen,
                glossaryTerms: line.words.flatMap { $0.parts.compactMap(\.glossaryTerm) })
        }
        let paragraph = SetParagraph(lines: lines, lineHeight: lineHeight)
        cache.insert(paragraph, for: key)
        return paragraph
    }

    /// The natural line height of the tallest fallback font the lines use (Nastaliq needs far more
    /// room above and below than Latin), or 0 if they use none.
    private func tallestFallback(in lines: [BrokenLine]) -> Double {
        var tallest = 0.0
        for line in lines {
            for word in line.words {
                for part in word.parts where part.font > FontSet.fallbackIndex {
                    tallest = max(tallest, shaper.fontSet.naturalLineHeight(part.font, size: part.size))
                }
            }
        }
        return tallest
    }

    /// Makes a heading's `style` just small enough that its longest word fits `measure`, but never
    /// smaller than `smallestSize`. Large print at a large `--body-size` would otherwise cut long
    /// heading words such as "Chemoembolisation" in two.
    private func fitHeading(_ spans: [TextSpan], style: inout TextStyle, measure: Double, smallestSize: Double) {
        let words = WordCollector(shaper: shaper).words(spans, style: style)
        guard let widest = words.map(\.width).max(), widest > measure, style.size > smallestSize else { return }
        // Widths scale with the size; the small margin absorbs rounding.
        style.size = max(smallestSize, style.size * measure / widest * 0.995)
    }
}
