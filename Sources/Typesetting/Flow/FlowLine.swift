import PageModel

/// A tinted band behind a callout's lines, with an accent bar at its left edge.
struct Band: Equatable {
    var x: Double
    var width: Double
    var fill: Color
    var bar: Color
    /// Whether the accent bar is on the right (a callout in a right-to-left language).
    var barOnRight = false
    static let barWidth = 4.0

    /// Where the accent bar starts, from the same origin as `x`.
    var barX: Double { barOnRight ? x + width - Self.barWidth : x }
}

/// One line of the flow, measured and ready to stack: the unit the paginator places.
struct FlowLine {
    var height: Double
    /// Space above the line; dropped at the top of a page.
    var spaceBefore: Double
    /// Items relative to the content area's left edge and the line's top.
    var items: [PageItem]
    /// A page may not break after this line (headings and what they keep, orphans, widows,
    /// hyphenated lines, short callouts).
    var keepWithNext = false
    var band: Band?
    /// Glossary terms used on this line, for the glossary's page references.
    var glossaryTerms: [String] = []
    /// The line begins a new page (the first section after the contents).
    var startsPage = false
}
