import Foundation

/// Reads and validates layout files; every error names the file, line and key.
public enum LayoutLoader {
    /// Paper sizes in millimetres.
    public static let papers: [String: (width: Double, height: Double)] = [
        "A4": (210, 297), "A5": (148, 210), "Letter": (215.9, 279.4),
    ]

    /// The numbers a layout file may hold (see ``NumberRule``).
    public static let marginRule = NumberRule(5...60, unit: "millimetres")
    public static let typeSizeRule = NumberRule(6...72, unit: "points")
    public static let lineHeightRule = NumberRule(1...3)
    public static let paragraphSpacingRule = NumberRule(0...4)
    public static let paperThicknessRule = NumberRule(0...0.5, unit: "millimetres")
    public static let logoHeightRule = NumberRule(8...40, unit: "millimetres")

    /// Loads the layout file at `url`; `name` is how messages refer to it.
    public static func load(_ url: URL, name: String) throws -> Layout {
        try parse(ContentFile.read(url, name: name), file: name)
    }

    /// Parses layout YAML.
    public static func parse(_ text: String, file: String) throws -> Layout {
        let root = try YAMLFields.parse(text, file: file)
        try root.rejectUnknownKeys(allowed: ["name", "description", "page", "text", "colours", "booklet", "contents", "braille", "branding"])
        var layout = Layout(
            name: try root.string("name"), description: try root.string("description"),
            page: try page(root.nested("page")), text: try textSetup(root.nested("text")),
            colours: try colours(root.nested("colours")),
            contents: root.has("contents")
                ? ContentsSetting(rawValue: try root.choice("contents", from: ContentsSetting.allCases.map(\.rawValue)))!
                : .auto)
        if root.has("booklet") { layout.booklet = try booklet(root.nested("booklet"), pages: layout.page) }
        if root.has("braille") { layout.braille = try braille(root.nested("braille")) }
        if root.has("branding") { layout.branding = try branding(root.nested("branding")) }
        if let problem = layout.fitProblem { throw ContentError(file: file, "the text cannot fit the page: \(problem)") }
        return layout
    }

    private static func page(_ fields: YAMLFields) throws -> Layout.PageSetup {
        try fields.rejectUnknownKeys(allowed: ["size", "margins"])
        let paper = try fields.choice("size", from: papers.keys.sorted())
        let size = papers[paper]!
        let margins = try fields.nested("margins")
        try margins.rejectUnknownKeys(allowed: ["top", "bottom", "left", "right"])
        let millimetres = { (key: String) in try margins.number(key, marginRule) * 72 / 25.4 }
        let setup = Layout.PageSetup(
            paper: paper, width: size.width * 72 / 25.4, height: size.height * 72 / 25.4,
            marginTop: try millimetres("top"), marginBottom: try millimetres("bottom"),
            marginLeft: try millimetres("left"), marginRight: try millimetres("right"))
        guard setup.width - setup.marginLeft - setup.marginRight >= 144 else {
            throw margins.error("left", "the margins leave less than 2 inches for text")
        }
        return setup
    }

    /// Reads the `braille:` section; keys left out keep their ``Layout/Braille/standard`` values.
    private static func braille(_ fields: YAMLFields) throws -> Layout.Braille {
        try fields.rejectUnknownKeys(allowed: ["cells", "lines", "grade"])
        let standard = Layout.Braille.standard
        let grades = Layout.Braille.Grade.allCases.map(\.rawValue)
        return Layout.Braille(
            cells: fields.has("cells") ? try fields.int("cells", in: Layout.Braille.cellRange) : standard.cells,
            lines: fields.has("lines") ? try fields.int("lines", in: Layout.Braille.lineRange) : standard.lines,
            grade: fields.has("grade")
                ? Layout.Braille.Grade(rawValue: try fields.int("grade", in: grades.min()!...grades.max()!))!
                : standard.grade)
    }

    /// Reads the `branding:` section; keys left out keep their ``Layout/Branding/standard`` values.
    private static func branding(_ fields: YAMLFields) throws -> Layout.Branding {
        try fields.rejectUnknownKeys(allowed: ["logo-height", "header-logo", "about-page"])
        let standard = Layout.Branding.standard
        return Layout.Branding(
            logoHeight: fields.has("logo-height") ? try fields.number("logo-height", logoHeightRule) * 72 / 25.4 : standard.logoHeight,
            headerLogo: try fields.bool("header-logo", default: standard.headerLogo),
            aboutPage: try fields.bool("about-page", default: standard.aboutPage))
    }

    private static func textSetup(_ fields: YAMLFields) throws -> Layout.TextSetup {
        try fields.rejectUnknownKeys(allowed: [
            "body-size", "line-height", "paragraph-spacing", "h1-size", "h2-size", "h3-size", "header-size",
            "footer-size", "italics", "hyphenate", "justify",
        ])
        let size = { (key: String) in try fields.number(key, typeSizeRule) }
        return Layout.TextSetup(
            bodySize: try size("body-size"), lineHeight: try fields.number("line-height", lineHeightRule),
            paragraphSpacing: try fields.number("paragraph-spacing", paragraphSpacingRule),
            headingSizes: [try size("h1-size"), try size("h2-size"), try size("h3-size")],
            headerSize: try size("header-size"), footerSize: try size("footer-size"),
            italics: try fields.bool("italics", default: true), hyphenate: try fields.bool("hyphenate", default: true),
            justify: try fields.bool("justify", default: false))
    }

    private static func colours(_ fields: YAMLFields) throws -> Layout.Colours {
        let keys = ["text", "heading", "accent", "callout", "muted"]
        try fields.rejectUnknownKeys(allowed: keys)
        let colour = { (key: String) in
            let value = try fields.string(key)
            let hex = value.dropFirst()
            guard value.count == 7, value.first == "#", hex.allSatisfy(\.isHexDigit) else {
                throw fields.error(key, "'\(value)' is not a colour; write it as #rrggbb")
            }
            return value
        }
        return Layout.Colours(
            text: try colour("text"), heading: try colour("heading"), accent: try colour("accent"),
            callout: try colour("callout"), muted: try colour("muted"))
    }
}
