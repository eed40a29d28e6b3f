/// The "About this leaflet" page that ends a handout (the back page of a booklet): who publishes
/// it, where each topic's information comes from and when it was reviewed and is due for review,
/// the leaflet's code and version, the print date, how to give feedback and the other formats it
/// comes in. Written as blocks, so every output sets it like a topic. A layout turns it off
/// (`branding: about-page: false`).
public struct AboutLeaflet: Sendable, Equatable {
    public static let title = "About this leaflet"

    /// The leaflet's code, from the organisation's prefix and its topics (see ``code(prefix:digest:)``).
    public var code: String?
    /// The newest review date of its topics: the leaflet changes only when a topic is reviewed.
    public var version: CalendarDay
    public var blocks: [Block]

    /// The page for a handout of `topics` printed on `printed`, published by `organisation` (if the
    /// content folder has one); `topicsDigest` tells leaflets of different topics apart in the code.
    /// Dates are written in `language`, the content folder's; the wording is English for now.
    public init(topics: [Topic], organisation: Organisation?, printed: CalendarDay, topicsDigest: String, language: LanguageTag = .british) {
        code = organisation.map { Self.code(prefix: $0.leafletCodePrefix, digest: topicsDigest) }
        version = topics.map(\.reviewed).max() ?? printed
        var blocks: [Block] = []
        if let organisation {
            blocks.append(.paragraph([TextSpan("This leaflet is written and published by \(organisation.name).")]))
            let lines = [[TextSpan(organisation.name, style: .boldStyle)]] + organisation.address.map { [TextSpan($0)] }
                + [[TextSpan("Phone: ", style: .boldStyle), TextSpan(organisation.phone)],
                   [TextSpan("Website: ", style: .boldStyle), TextSpan(organisation.website)]]
            blocks.append(.callout([.paragraph(Array(lines.joined(separator: [TextSpan.lineBreak])))]))
            blocks.append(.heading(level: 2, [TextSpan("Tell us what you think")]))
            blocks.append(.paragraph([TextSpan(organisation.feedback)]))
            blocks.append(.heading(level: 2, [TextSpan("Other formats")]))
            blocks.append(.paragraph([TextSpan(
                "You can ask for this leaflet as \(Self.sentenceList(organisation.otherFormats)). Call \(organisation.phone).")]))
        }
        blocks.append(.heading(level: 2, [TextSpan("Where the information comes from")]))
        blocks.append(.paragraph([TextSpan("Each topic is reviewed by a set date:")]))
        blocks.append(.table(TableBlock(
            header: [[TextSpan("Topic")], [TextSpan("Reviewed")], [TextSpan("Next review")]],
            rows: topics.map { [[TextSpan($0.title)], [TextSpan($0.reviewed.longForm(in: language))], [TextSpan($0.reviewDue.longForm(in: language))]] },
            alignments: [.left, .left, .left])))
        var sources: [String] = []
        for source in topics.flatMap(\.sources) where !sources.contains(source) { sources.append(source) }
        if !sources.isEmpty {
            blocks.append(.paragraph([TextSpan("The information is based on:")]))
            blocks.append(.list(ListBlock(ordered: false, items: sources.map { [.paragraph([TextSpan($0)])] })))
        }
        blocks.append(.heading(level: 2, [TextSpan("This copy")]))
        var facts: [[TextSpan]] = []
        if let code { facts.append([TextSpan("Leaflet code: ", style: .boldStyle), TextSpan(code)]) }
        facts.append([TextSpan("Version: ", style: .boldStyle), TextSpan(version.description)])
        facts.append([TextSpan("Printed: ", style: .boldStyle), TextSpan(printed.longForm(in: language))])
        blocks.append(.paragraph(Array(facts.joined(separator: [TextSpan.lineBreak]))))
        self.blocks = blocks
    }

    /// "a, b or c", each item as written but the first letter in lower case ("Large print" reads "large print").
    static func sentenceList(_ items: [String]) -> String {
        let words = items.map { $0.prefix(1).lowercased() + $0.dropFirst() }
        guard words.count > 1 else { return words.joined() }
        return words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }

    /// `prefix`, a hyphen and the first 6 hex digits of `digest` in capitals, e.g. NVH-3FA2C1.
    static func code(prefix: String, digest: String) -> String {
        "\(prefix)-\(digest.prefix(6).uppercased())"
    }
}
