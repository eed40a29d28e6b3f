import CHarfBuzz
import Caching

/// Cuts words where a line may break inside them, and measures the pieces.
///
/// Following the Unicode line breaking rules (UAX #14) for these characters, a line may break
/// between ideographs and inside Thai words (see ``ScriptBreaks``), after a hyphen between letters, after a slash (as in web addresses; not before a digit or
/// another slash), after an em dash, and after an en dash before a letter (so "3–7" stays whole).
/// When hyphenating, it may also break at the hyphenation points of words that are not links.
///
/// A piece is measured as it is drawn: on its own where it starts a line, or as its glyphs'
/// advances within the whole word (kerning across the cut included) elsewhere; it takes the
/// larger, so a line is never wider than its pieces add up to. A hyphen is measured with the
/// letter before it, kerning and all. Each typesetter keeps one segmenter, which remembers the
/// pieces of every word it has cut; not thread-safe, like ``Shaper``.
final class WordSegmenter {
    private let shaper: Shaper
    private let hyphenator: Hyphenator
    private let scriptBreaks = ScriptBreaks()
    private var cache = CrossDocumentCache<PieceKey, [Piece]>(limit: Shaper.cacheLimit)

    /// A piece of one word part and the joint to the next piece (nil for the part's last piece).
    private struct Piece {
        var text: String
        var width: Double
        var joint: Joint?
    }

    private struct PieceKey: Hashable {
        /// Exact scalars: the pieces' widths come from byte offsets into this very text.
        var text: ExactText
        var font: Int
        var context: ShapingContext
        var size: Double
        var hyphenate: Bool
    }

    init(shaper: Shaper, hyphenator: Hyphenator) {
        self.shaper = shaper
        self.hyphenator = hyphenator
    }

    /// Starts a new document: words only the last one cut are forgotten after this one.
    func startDocument() {
        cache.startDocument()
    }

    /// `words`, each cut into pieces joined by the kind of break each cut allows. A hyphenation
    /// point is dropped where the piece before it and its hyphen could not fit `measure`, so
    /// every piece fits wherever a line breaks.
    /// Hyphenation points are those of `language`'s patterns; a language without any is not hyphenated.
    func fragments(_ words: [Word], hyphenate: Bool, language: String = "en-GB", measure: Double) -> [Word] {
        let hyphenate = hyphenate && hyphenator.hyphenation.hasPatterns(for: language)
        return words.flatMap { fragments(of: $0, hyphenate: hyphenate, language: language, measure: measure) }
    }

    private func fragments(of word: Word, hyphenate: Bool, language: String, measure: Double) -> [Word] {
        var fragments: [Word] = []
        var pending: [WordPart] = []
        for part in word.parts {
            var carried: (text: String, width: Double) = ("", 0)
            for piece in pieces(of: part, hyphenate: hyphenate && part.link == nil && part.context.script == HB_SCRIPT_LATIN.rawValue, language: language) {
                var slice = part
                slice.text = carried.text + piece.text
                slice.width = carried.width + piece.width
                guard let joint = piece.joint else {
                    pending.append(slice)
                    break
                }
                let pendingWidth = pending.reduce(slice.width) { $0 + $1.width }
                if joint.widthAtBreak > 0, pendingWidth + joint.widthAtBreak > measure {
                    carried = (slice.text, slice.width)
                    continue
                }
                fragments.append(Word(parts: pending + [slice], spaceWidth: word.spaceWidth, spaceFont: word.spaceFont, joint: joint))
                pending = []
                carried = ("", 0)
            }
        }
        var last = word
        last.parts = pending
        return fragments + [last]
    }

    /// The pieces of `part`: one, unless a line may break inside it.
    private func pieces(of part: WordPart, hyphenate: Bool, language: String) -> [Piece] {
        let key = PieceKey(text: ExactText(part.text), font: part.font, context: part.context, size: part.size, hyphenate: hyphenate)
        if let known = cache.value(for: key) { return known }
        var pieces: [Piece] = []
        let cuts = cuts(in: part, hyphenate: hyphenate, language: language)
        let text = Array(part.text)
        let advances = cuts.isEmpty ? [] : advancesBefore(part)
        var start = 0
        var startWidth = 0.0
        var byteOffset = 0
        for (offset, joint) in cuts {
            let piece = String(text[start..<offset])
            byteOffset += piece.utf8.count
            let prefixWidth = advances[byteOffset]
            pieces.append(Piece(text: piece, width: max(width(piece, of: part), prefixWidth - startWidth), joint: joint))
            (start, startWidth) = (offset, prefixWidth)
        }
        let rest = String(text[start...])
        let restWidth = start == 0 ? part.width : max(width(rest, of: part), part.width - startWidth)
        pieces.append(Piece(text: rest, width: restWidth, joint: nil))
        cache.insert(pieces, for: key)
        return pieces
    }

    /// For each byte offset into `part`'s text, the advance of the glyphs before it when the
    /// whole part is shaped (a glyph belongs where its cluster starts).
    private func advancesBefore(_ part: WordPart) -> [Double] {
        let shaped = shaper.shape(part.text, font: part.font, context: part.context)
        let scale = part.size / shaper.fontSet.font(part.font).unitsPerEm
        var advances = [Double](repeating: 0, count: part.text.utf8.count + 1)
        for glyph in shaped.glyphs where Int(glyph.cluster) + 1 < advances.count {
            advances[Int(glyph.cluster) + 1] += Double(glyph.advance) * scale
        }
        for index in advances.indices.dropFirst() { advances[index] += advances[index - 1] }
        return advances
    }

    /// The places inside `part` where a line may break, in order, with the joint each makes.
    private func cuts(in part: WordPart, hyphenate: Bool, language: String) -> [(offset: Int, joint: Joint)] {
        var cuts: [Int: Joint] = [:]
        let characters = Array(part.text)
        // Every character a line may break after is a hyphen, a slash, or starts with byte E2
        // in UTF-8 (U+2010 to U+2014); most words have none.
        if part.text.utf8.contains(where: { $0 == 0x2D || $0 == 0x2F || $0 == 0xE2 }) {
            for index in characters.indices.dropLast() {
                if let joint = Self.breakAfter(index, in: characters) { cuts[index + 1] = joint }
            }
        }
        if ScriptBreaks.applies(to: part.context.script) {
            for offset in scriptBreaks.breaks(in: characters, script: part.context.script) where cuts[offset] == nil {
                cuts[offset] = .open
            }
        }
        if hyphenate {
            for point in hyphenator.points(in: part.text, language: language) where cuts[point] == nil {
                let letter = String(characters[point - 1])
                cuts[point] = .hyphenation(hyphenWidth: width(letter + "-", of: part) - width(letter, of: part))
            }
        }
        return cuts.sorted { $0.key < $1.key }.map { (offset: $0.key, joint: $0.value) }
    }

    /// The joint a break after `text[index]` makes, if a line may break there; `index` is never the last.
    static func breakAfter(_ index: Int, in text: [Character]) -> Joint? {
        let previous = index > 0 ? text[index - 1] : nil
        let next = text[index + 1]
        switch text[index] {
        case "-", "\u{2010}":
            return previous?.isLetter == true && next.isLetter ? .explicitHyphen : nil
        case "/":
            return previous != nil && previous != "/" && next != "/" && !next.isNumber ? .open : nil
        case "\u{2014}":
            return next.isLetter || next.isNumber ? .open : nil
        case "\u{2013}":
            return next.isLetter ? .open : nil
        default:
            return nil
        }
    }

    private func width(_ text: String, of part: WordPart) -> Double {
        shaper.width(text, like: part)
    }
}
