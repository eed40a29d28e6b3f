/// What Knuth–Plass weighs when it chooses line breaks. Names follow TeX's parameters.
///
/// Each line costs demerits, `(linePenalty + badness)²` plus the terms below, and the breaker
/// picks the breaks with the fewest demerits in total. Badness is `100 × r³`, where `r` is how
/// far the line's glue had to stretch (or shrink) as a fraction of what it can: 0 for a line
/// that is just right, 100 for one that uses all its stretch.
struct BreakCosts: Equatable {
    /// TeX's `\linepenalty`: added to every line's badness, so a paragraph prefers fewer lines.
    var linePenalty = 10.0
    /// TeX's `\hyphenpenalty`: the cost of breaking at a hyphenation point. TeX uses 50; we ask
    /// more, since every hyphen makes a word harder for a patient to read.
    var hyphenPenalty = 150.0
    /// TeX's `\exhyphenpenalty`: the cost of breaking after a hyphen, slash or dash that is
    /// already in the text, so the text is not changed.
    var explicitBreakPenalty = 50.0
    /// TeX's `\doublehyphendemerits`: two lines in a row that end with a hyphen.
    var consecutiveHyphenDemerits = 10_000.0
    /// TeX's `\adjdemerits`: two lines in a row whose fitness classes (tight, decent, loose,
    /// very loose) are not neighbours, such as a full line followed by a short one.
    var fitnessJumpDemerits = 10_000.0
    /// The most lines in a row that may end with a hyphen.
    var maximumConsecutiveHyphens = 2
    /// The badness of a short line with nothing to stretch (one word on a justified line).
    /// TeX calls this infinitely bad (10,000); it stays finite here so that such a line is
    /// still possible when nothing else is.
    var unstretchableBadness = 100_000.0
    /// Demerits for what the rules forbid: a third hyphen in a row, or a hyphenated word split
    /// over the last line of a paragraph. Finite, so a paragraph can always be set, but larger
    /// than anything else costs, so it happens only when nothing else fits.
    var forbidden = 1e30

    /// TeX's `\pretolerance`: a paragraph that hyphenation may set is first set without it, and
    /// that setting is kept if no line's badness is above this (100: a ragged line at most 2 em
    /// short of the measure, a justified one whose spaces stretch or shrink at most their full
    /// allowance). Only the others are hyphenated, as TeX's second pass does, so a handout whose
    /// paragraphs all set well never needs the patterns. Nil hyphenates every such paragraph.
    var pretolerance: Double? = 100

    /// The right margin's stretch in ragged-right text, in ems: how far short of the measure a
    /// line may fall before it counts as badly set (badness 100).
    static let raggedRightStretch = 2.0
    /// How far a justified word space may stretch and shrink, as fractions of its width (TeX's
    /// Computer Modern has 1/2 and 1/3).
    static let justifiedSpaceStretch = 1.0 / 2
    static let justifiedSpaceShrink = 1.0 / 3
}
