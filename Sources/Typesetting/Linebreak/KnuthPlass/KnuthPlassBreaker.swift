/// Total-fit line breaking after Knuth and Plass: of all the ways to break a paragraph into
/// lines that fit the measure, it finds the one with the fewest demerits in total (see
/// ``BreakCosts``), rather than filling each line in turn and leaving the rest to chance.
///
/// Outline of the control flow (D. E. Knuth and M. F. Plass, "Breaking paragraphs into lines",
/// Software: Practice and Experience 11, 1981; TeX: The Program, parts 38 and 39):
///
/// 1. Running totals of width, stretch and shrink from the start of the paragraph make the
///    totals of any line two subtractions (TeX keeps the same sums as deltas).
/// 2. One active node, the start of the paragraph, is where a line may begin.
/// 3. At every legal breakpoint b (a penalty that is not `+infinity`, or glue right after a
///    box), `tryBreak` (TeX §829) looks at the line from each active node a to b:
///    - it measures the line and its adjustment ratio: how much of its stretch (or shrink) the
///      glue must use to fill the measure;
///    - a line that cannot shrink enough (ratio below −1) deactivates a, since every later line
///      from a is longer still; a forced break deactivates every node, since no line may cross
///      it (§851). If a is the last active node and nothing else reaches b, the overfull line
///      is taken anyway, so a paragraph can always be set (TeX's artificial demerits, §854);
///    - any other line is feasible: its demerits (§859) are added to a's, and b remembers the
///      cheapest way to reach it for each fitness class and run of hyphenated lines (§855).
///    Those become new active nodes, except ones that cannot win: a fitness class more than
///    `fitnessJumpDemerits` behind the best of its hyphen run (§855).
/// 4. After the final forced break the cheapest node wins (§873–§874), and its chain of
///    previous nodes gives the breaks (§877).
///
/// Nodes also count the lines in a row that end with a hyphen, so the limit on consecutive
/// hyphens is a rule, not just a cost: breaking it costs ``BreakCosts/forbidden``, more than any
/// setting that keeps it, and happens only where no such setting exists. A node leaves the active list as soon as a line from it
/// overflows, so the list holds only the breaks within one line of the current point, times
/// four fitness classes and a few hyphen runs: the work grows with the paragraph's length times
/// the breaks that fit on a line, never with the square of its length.
struct KnuthPlassBreaker {
    let measure: Double
    var costs = BreakCosts()

    /// Where a line ends.
    struct Break: Equatable {
        /// The index of the item the line breaks at.
        var position: Int
        /// How far the line's glue stretched (positive) or shrank (negative), as a fraction of
        /// what it could; 0 for a line that ends with fill.
        var ratio: Double
    }

    /// The breaks for `items`, which must end with ``BreakItem/forcedBreak``.
    func breaks(_ items: [BreakItem]) -> [Break] {
        precondition(items.last == .forcedBreak, "a paragraph's items end with a forced break")
        var search = Search(breaker: self, items: items)
        for position in items.indices where Self.isLegalBreak(position, in: items) {
            search.tryBreak(at: position)
        }
        return search.bestBreaks()
    }

    /// Where the line after a break at `position` starts: glue, fill and penalties after a
    /// break are discarded up to the next box or forced break (TeX §837).
    static func nextLineStart(afterBreakAt position: Int, in items: [BreakItem]) -> Int {
        var next = position + 1
        while next < items.count, !items[next].isBox, items[next] != .forcedBreak { next += 1 }
        return next
    }

    /// A penalty that is not `+infinity`, or glue (or fill) right after a box.
    static func isLegalBreak(_ position: Int, in items: [BreakItem]) -> Bool {
        switch items[position] {
        case let .penalty(_, cost, _): cost < .infinity
        case .glue, .fill: position > 0 && items[position - 1].isBox
        case .box: false
        }
    }

    /// The demerits of one line (TeX §859), the rules on hyphens included.
    fileprivate func lineDemerits(ratio: Double, cost: Double, flagged: Bool, forced: Bool, fitness: Fitness, from: Node) -> Double {
        let lineCost = costs.linePenalty + badness(ratio)
        var demerits = lineCost * lineCost
        if cost > 0 {
            demerits += cost * cost
        } else if cost < 0, !forced {
            demerits -= cost * cost
        }
        if flagged, from.hyphenRun > 0 { demerits += costs.consecutiveHyphenDemerits }
        if flagged, from.hyphenRun >= costs.maximumConsecutiveHyphens { demerits += costs.forbidden }
        // The line before the last of a paragraph (or before a hard break) never ends with a hyphen.
        if forced, from.hyphenRun > 0 { demerits += costs.forbidden }
        if abs(fitness.rawValue - from.fitness.rawValue) > 1 { demerits += costs.fitnessJumpDemerits }
        return demerits
    }

    /// How much of its stretch (positive) or shrink (negative) a line must use to be exactly
    /// the measure: `+infinity` if it is short with nothing to stretch, `-infinity` if it is
    /// too long with nothing to shrink.
    fileprivate func adjustmentRatio(width: Double, _ line: Totals) -> Double {
        let shortfall = measure - width
        // Widths are sums of shaped advances; a rounding error is not a shortfall.
        if abs(shortfall) < 1e-9 { return 0 }
        if shortfall > 0 {
            if line.fills > 0 { return 0 }
            return line.stretch > 0 ? shortfall / line.stretch : .infinity
        }
        return line.shrink > 0 ? shortfall / line.shrink : -.infinity
    }

    /// `100 × |ratio|³` (TeX §108), or ``BreakCosts/unstretchableBadness`` for a short line that
    /// cannot stretch.
    func badness(_ ratio: Double) -> Double {
        ratio.isFinite ? 100 * abs(ratio * ratio * ratio) : costs.unstretchableBadness
    }
}

/// The state of one paragraph's search: every node found so far and the active ones.
private struct Search {
    let breaker: KnuthPlassBreaker
    let items: [BreakItem]
    let totals: RunningTotals
    /// Every node found; nodes link to earlier ones by index.
    var nodes = [Node(position: -1, nextLine: 0, fitness: .decent, hyphenRun: 0, demerits: 0, ratio: 0, previous: nil)]
    /// Indexes of the active nodes, oldest first.
    var active = [0]
    /// Hyphen runs a node can have: none, 1 up to the limit, and one past it (forbidden).
    let runs: Int
    /// Scratch space kept between breakpoints: the cheapest new node for each fitness class and
    /// hyphen run, and the next active list.
    private var best: [Node?]
    private var nextActive: [Int] = []

    init(breaker: KnuthPlassBreaker, items: [BreakItem]) {
        self.breaker = breaker
        self.items = items
        totals = RunningTotals(items)
        runs = breaker.costs.maximumConsecutiveHyphens + 2
        best = Array(repeating: nil, count: Fitness.allCases.count * runs)
    }

    /// Considers every line from an active node to the break at `position`, and makes the
    /// feasible ones new active nodes (TeX §829).
    mutating func tryBreak(at position: Int) {
        var breakWidth = 0.0
        var cost = 0.0
        var flagged = false
        if case let .penalty(width, penaltyCost, isFlagged) = items[position] {
            (breakWidth, cost, flagged) = (width, penaltyCost, isFlagged)
        }
        let forced = cost == -.infinity
        let nextLine = KnuthPlassBreaker.nextLineStart(afterBreakAt: position, in: items)
        for slot in best.indices { best[slot] = nil }
        var foundAny = false
        nextActive.removeAll(keepingCapacity: true)
        for (order, start) in active.enumerated() {
            let from = nodes[start]
            // Glue and penalties right after a break belong to no line: a break among them
            // cannot end a line from it.
            guard from.nextLine <= position else {
                nextActive.append(start)
                continue
            }
            let line = totals[position] - totals[from.nextLine]
            let ratio = breaker.adjustmentRatio(width: line.width + breakWidth, line)
            var artificial = false
            if ratio < -1 {
                // Overfull: drop the node, unless nothing else can reach this break (TeX §854).
                let isLastHope = nextActive.isEmpty && order == active.count - 1 && !foundAny
                guard isLastHope else { continue }
                artificial = true
            } else if !forced {
                nextActive.append(start)
            }
            let fitness = Fitness(ratio: ratio, badness: breaker.badness(ratio))
            let run = flagged ? min(from.hyphenRun + 1, runs - 1) : 0
            let demerits =
                artificial
                ? 0
                : breaker.lineDemerits(ratio: ratio, cost: cost, flagged: flagged, forced: forced, fitness: fitness, from: from)
            let slot = fitness.rawValue * runs + run
            if best[slot].map({ from.demerits + demerits < $0.demerits }) ?? true {
                best[slot] = Node(
                    position: position, nextLine: nextLine, fitness: fitness, hyphenRun: run,
                    demerits: from.demerits + demerits, ratio: ratio, previous: start)
                foundAny = true
            }
        }
        // A node more than a fitness jump behind the best with the same hyphen run cannot win (§855).
        for run in 0..<runs {
            var cheapest = Double.infinity
            for fitness in Fitness.allCases {
                if let node = best[fitness.rawValue * runs + run] { cheapest = min(cheapest, node.demerits) }
            }
            for fitness in Fitness.allCases {
                guard let node = best[fitness.rawValue * runs + run],
                    node.demerits <= cheapest + breaker.costs.fitnessJumpDemerits
                else { continue }
                nodes.append(node)
                nextActive.append(nodes.count - 1)
            }
        }
        swap(&active, &nextActive)
    }

    /// The breaks of the cheapest way through the paragraph, once every breakpoint is tried.
    func bestBreaks() -> [KnuthPlassBreaker.Break] {
        // The last breakpoint is forced, so every active node now ends there; there is always one.
        var index = active.min { nodes[$0].demerits < nodes[$1].demerits }
        var breaks: [KnuthPlassBreaker.Break] = []
        while let current = index, nodes[current].position >= 0 {
            breaks.append(KnuthPlassBreaker.Break(position: nodes[current].position, ratio: nodes[current].ratio))
            index = nodes[current].previous
        }
        return breaks.reversed()
    }
}

/// How loose a line is, in TeX's four classes (TeX §817); neighbours in a paragraph should not
/// be more than one class apart.
private enum Fitness: Int, CaseIterable {
    case veryLoose, loose, decent, tight

    /// The class of a line with this adjustment ratio and badness (TeX §852–§853).
    init(ratio: Double, badness: Double) {
        if ratio < 0 {
            self = badness > 12 ? .tight : .decent
        } else if badness > 99 {
            self = .veryLoose
        } else {
            self = badness > 12 ? .loose : .decent
        }
    }
}

/// A place a line may start from: a feasible break and the cheapest way found to reach it.
private struct Node {
    /// The item index of the break; -1 for the start of the paragraph.
    var position: Int
    /// The item index where the next line starts, after what the break discards.
    var nextLine: Int
    var fitness: Fitness
    /// How many lines in a row, up to the one ending here, end with a hyphen.
    var hyphenRun: Int
    /// Total demerits from the start of the paragraph.
    var demerits: Double
    /// The adjustment ratio of the line ending here.
    var ratio: Double
    /// The node the line ending here starts from.
    var previous: Int?
}

/// Width, stretch, shrink and count of fills of a stretch of items.
private struct Totals {
    var width = 0.0
    var stretch = 0.0
    var shrink = 0.0
    var fills = 0

    static func - (lhs: Totals, rhs: Totals) -> Totals {
        Totals(width: lhs.width - rhs.width, stretch: lhs.stretch - rhs.stretch, shrink: lhs.shrink - rhs.shrink, fills: lhs.fills - rhs.fills)
    }
}

/// The totals of `items[0..<i]` for every `i`.
private struct RunningTotals {
    private var sums: [Totals]

    init(_ items: [BreakItem]) {
        sums = [Totals()]
        sums.reserveCapacity(items.count + 1)
        var running = Totals()
        for item in items {
            switch item {
            case let .box(width): running.width += width
            case let .glue(width, stretch, shrink):
                running.width += width
                running.stretch += stretch
                running.shrink += shrink
            case .fill: running.fills += 1
            case .penalty: break
            }
            sums.append(running)
        }
    }

    subscript(index: Int) -> Totals { sums[index] }
}
