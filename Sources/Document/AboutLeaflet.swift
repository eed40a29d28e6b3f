/// The "About this leaflet" page that ends a handout (the back page of a booklet): who publishes
/// it, where each topic's information comes from and when it was reviewed and is due for review,
/// the leaflet's code and version, the print date, how to give feedback and the other formats it
/// comes in. Written as blocks, so every output sets it like a topic. A layout turns it off
/// (`branding: about-page: false`).
public struct AboutLeaflet: Sendable, Equatable {
    /// The page's heading, in the content folder's language.
    public var title: String
    /// The leaflet's code, from the organisation's prefix and its topics (see ``code(prefix:digest:)``).
    public var code: String?
    /// The newest review date of its topics: the leaflet changes only when a topic is reviewed.
    public var version: CalendarDay
    /// The page as HTML, braille and audio give it, and as print gives it where it fits a page.
    public var blocks: [Block]
    /// The same facts set tighter, for print where ``blocks`` take more than a page (an A5
    /// booklet): the contact details run on (the address, then phone and website, each joined by
    /// the list separator) with no sentence naming the publisher above them; the other formats
    /// under the feedback heading; the sources straight under their heading and then the table,
    /// with no sentence before either; and the copy's code, version and print date in one
    /// paragraph at the end, with no heading of its own.
    public var compactBlocks: [Block]

    /// The page for a handout of `topics` printed on `printed`, published by `organisation` (if the
    /// content folder has one); `topicsDigest` tells leaflets of different topics apart in the code.
    /// The wording and the dates are in `strings`' language, the content folder's.
    public init(topics: [Topic], organisation: Organisation?, printed: CalendarDay, topicsDigest: String, strings: HandoutStrings = .english) {
        title = strings.aboutTitle
        let code = organisation.map { Self.code(prefix: $0.leafletCodePrefix, digest: topicsDigest) }
        self.code = code
        let version = topics.map(\.reviewed).max() ?? printed
        self.version = version
        let language = strings.language
        let separator = TextSpan(strings["list-separator"])
        func date(_ day: CalendarDay) -> TextSpan { TextSpan(Self.unbroken(day.longForm(in: language))) }
        func label(_ key: String) -> TextSpan { TextSpan(strings[key] + " ", style: .boldStyle) }
        func text(_ key: String) -> [TextSpan] { [TextSpan(strings[key])] }
        func lines(_ lines: [[TextSpan]], joinedBy join: TextSpan = .lineBreak) -> Block { .paragraph(Array(lines.joined(separator: [join]))) }
        var full: [Block] = []
        var compact: [Block] = []
        func heading(_ key: String) { both(.heading(level: 2, text(key))) }
        func both(_ block: Block) {
            full.append(block)
            compact.append(block)
        }
        if let organisation {
            let phone = Self.unbroken(organisation.phone)
            full.append(.paragraph([TextSpan(strings.filling("about-publisher", ["organisation": organisation.name]))]))
            let name = [TextSpan(organisation.name, style: .boldStyle)]
            let address = organisation.address.map { [TextSpan($0)] }
            let reach = [[label("about-phone"), TextSpan(phone)], [label("about-website"), TextSpan(organisation.website)]]
            full.append(.callout([lines([name] + address + reach)]))
            compact.append(.callout([.paragraph(
                Array(([name] + address).joined(separator: [separator])) + [.lineBreak] + Array(reach.joined(separator: [separator])))]))
            heading("about-feedback")
            both(.paragraph([TextSpan(organisation.feedback)]))
            // Compact, asking for another format follows on from giving feedback, under the same heading.
            full.append(.heading(level: 2, text("about-formats")))
            let formats = strings.alternatives(organisation.otherFormats.map(Self.inSentence))
            both(.paragraph([TextSpan(strings.filling("about-formats-text", ["formats": formats, "phone": phone]))]))
        }
        heading("about-sources")
        var sources: [String] = []
        for source in topics.flatMap(\.sources) where !sources.contains(source) { sources.append(source) }
        let sourceList = Block.list(ListBlock(ordered: false, items: sources.map { [.paragraph([TextSpan($0)])] }))
        // Compact, the sources come straight under the heading, which says what they are.
        if !sources.isEmpty { compact.append(sourceList) }
        full.append(.paragraph(text("about-reviews")))
        both(.table(TableBlock(
            header: [text("about-topic"), text("about-reviewed"), text("about-next-review")],
            rows: topics.map { [[TextSpan($0.title)], [date($0.reviewed)], [date($0.reviewDue)]] },
            alignments: [.left, .left, .left])))
        if !sources.isEmpty {
            full.append(.paragraph(text("about-based-on")))
            full.append(sourceList)
        }
        full.append(.heading(level: 2, text("about-copy")))
        var facts: [[TextSpan]] = []
        if let code { facts.append([label("about-code"), TextSpan(code)]) }
        facts.append([label("about-version"), date(version)])
        facts.append([label("about-printed"), date(printed)])
        full.append(lines(facts))
        compact.append(lines(facts, joinedBy: separator))
        blocks = full
        compactBlocks = compact
    }

    /// `text` with no-break spaces, so a date or a phone number is never broken across lines (in
    /// a narrow table cell its column is then at least as wide as the whole date, as in CSS
    /// automatic table layout). The PDF draws them as plain spaces.
    static func unbroken(_ text: String) -> String {
        text.replacingOccurrences(of: " ", with: "\u{A0}")
    }

    /// A format's name as it reads inside a sentence: the first letter in lower case ("Large print"
    /// reads "large print"); scripts without case are left as they are.
    static func inSentence(_ item: String) -> String {
        item.prefix(1).lowercased() + item.dropFirst()
    }

    /// `prefix`, a hyphen and the first 6 hex digits of `digest` in capitals, e.g. NVH-3FA2C1.
    static func code(prefix: String, digest: String) -> String {
        "\(prefix)-\(digest.prefix(6).uppercased())"
    }
}
