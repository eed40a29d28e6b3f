/// A paragraph's words as Knuth–Plass items, set ragged right or justified.
///
/// Ragged right follows Knuth and Plass (1981, "Ragged-right margins"): word spaces are fixed,
/// and every place a line may break carries the right margin's stretch R, which the next line
/// gives back if the line does not break there:
///
///     box  noBreak  glue(0, +R)  penalty  glue(space, -R)  box
///
/// so every line can stretch by exactly R at its end, however many spaces it has (`noBreak`
/// keeps the first glue from being a breakpoint of its own: the penalty is the one). Justified
/// text gives each word space its own stretch and shrink instead. Either way the paragraph ends
/// with fill and a forced break, and so does every hard line break.
struct ParagraphItems {
    private(set) var items: [BreakItem] = []
    /// For each item, how many words come before it: a line that breaks at item `i` ends with
    /// word `wordsBefore[i] - 1`.
    private(set) var wordsBefore: [Int] = []

    /// `rightStretch` is the ragged right margin's stretch, ignored when `justified`.
    init(_ words: [Word], justified: Bool, rightStretch: Double, costs: BreakCosts) {
        items.reserveCapacity(5 * words.count)
        wordsBefore.reserveCapacity(5 * words.count)
        for (index, word) in words.enumerated() {
            let following: [BreakItem] =
                word.breakAfter || index == words.count - 1
                ? [.noBreak, .fill, .forcedBreak]
                : Self.items(after: word, justified: justified, rightStretch: rightStretch, costs: costs)
            items.append(.box(width: word.width))
            items.append(contentsOf: following)
            wordsBefore.append(index)
            wordsBefore.append(contentsOf: repeatElement(index + 1, count: following.count))
        }
    }

    /// The items for the joint between `word` and the next word.
    private static func items(after word: Word, justified: Bool, rightStretch: Double, costs: BreakCosts) -> [BreakItem] {
        let breakItem: BreakItem
        switch word.joint {
        case .space:
            let space = word.spaceWidth
            guard !justified else {
                return [.glue(
                    width: space, stretch: space * BreakCosts.justifiedSpaceStretch,
                    shrink: space * BreakCosts.justifiedSpaceShrink)]
            }
            return Self.raggedBreak(.penalty(width: 0, cost: 0, flagged: false), rightStretch: rightStretch, spaceAfter: space)
        case .open: breakItem = .penalty(width: 0, cost: costs.explicitBreakPenalty, flagged: false)
        case .explicitHyphen: breakItem = .penalty(width: 0, cost: costs.explicitBreakPenalty, flagged: true)
        case let .hyphenation(width): breakItem = .penalty(width: width, cost: costs.hyphenPenalty, flagged: true)
        }
        return justified ? [breakItem] : Self.raggedBreak(breakItem, rightStretch: rightStretch, spaceAfter: 0)
    }

    /// A ragged-right breakpoint: the right margin's stretch before `breakItem`, given back
    /// after it together with `spaceAfter` (the word space, if the line does not break).
    private static func raggedBreak(_ breakItem: BreakItem, rightStretch: Double, spaceAfter: Double) -> [BreakItem] {
        [
            .noBreak, .glue(width: 0, stretch: rightStretch, shrink: 0), breakItem,
            .glue(width: spaceAfter, stretch: -rightStretch, shrink: 0),
        ]
    }
}
