/// The material Knuth–Plass breaks into lines (Knuth & Plass 1981, "Breaking paragraphs into
/// lines", §2): boxes that never change, glue that may stretch or shrink, and penalties that
/// mark a place to break and what breaking there costs.
enum BreakItem: Equatable {
    /// Something of fixed width: a word or a piece of one.
    case box(width: Double)
    /// Space that may stretch or shrink. A line may break at glue that follows a box; glue at
    /// the start of a line vanishes.
    case glue(width: Double, stretch: Double, shrink: Double)
    /// Glue of no width that stretches without limit, like TeX's `\parfillskip`: the line
    /// ending with it may be as short as it likes.
    case fill
    /// A place to break, costing `cost` (`+infinity`: never; `-infinity`: always). `width` is
    /// added to the line only if it breaks here (a hyphen). `flagged` breaks end with a hyphen.
    case penalty(width: Double, cost: Double, flagged: Bool)

    /// A penalty that forbids a break where glue would otherwise allow one.
    static let noBreak = BreakItem.penalty(width: 0, cost: .infinity, flagged: false)
    /// A penalty that forces a break.
    static let forcedBreak = BreakItem.penalty(width: 0, cost: -.infinity, flagged: false)

    var isBox: Bool {
        if case .box = self { return true }
        return false
    }
}
