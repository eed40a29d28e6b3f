/// How a handout looks: page, type sizes, spacing and colours. Loaded from `Layouts/*.yaml`.
///
/// Lengths are in points unless a name says otherwise; colours are `#rrggbb`.
public struct Layout: Sendable, Equatable {
    public var name: String
    public var description: String
    public var page: PageSetup
    public var text: TextSetup
    public var colours: Colours
    /// How the pages are imposed for a folded booklet; nil for a layout printed page by page.
    public var booklet: Booklet? = nil
    /// Whether the handout opens with a table of contents; optional in the file (default `auto`).
    public var contents: ContentsSetting = .auto
    /// The braille page, for braille output; optional in the file.
    public var braille: Braille = .standard
    /// Where the organisation's logo goes and whether the handout ends with "About this leaflet"; optional in the file.
    public var branding: Branding = .standard

    /// The `branding:` section.
    public struct Branding: Sendable, Equatable {
        /// The logo's height at the top of page 1, in points.
        public var logoHeight: Double
        /// Whether a small logo also prints at the right of the running header.
        public var headerLogo: Bool
        /// Whether the handout ends with the "About this leaflet" page (see ``AboutLeaflet``).
        public var aboutPage: Bool

        /// A 16 mm logo on page 1 only, and the About page.
        public static let standard = Branding(logoHeight: 16 * 72 / 25.4, headerLogo: false, aboutPage: true)
    }

    /// Paper size and margins.
    public struct PageSetup: Sendable, Equatable {
        /// The paper name as written in the file: A4, A5 or Letter.
        public var paper: String
        public var width: Double
        public var height: Double
        public var marginTop: Double
        public var marginBottom: Double
        public var marginLeft: Double
        public var marginRight: Double
    }

    /// Type sizes and spacing. Sizes are in points; spacings are multiples of the body size.
    public struct TextSetup: Sendable, Equatable {
        public var bodySize: Double
        /// Baseline-to-baseline distance as a multiple of the font size.
        public var lineHeight: Double
        /// Space between paragraphs, in multiples of the body size.
        public var paragraphSpacing: Double
        public var headingSizes: [Double]
        public var headerSize: Double
        public var footerSize: Double
        /// Whether emphasis may be set in italic; when false it is set in bold (large print).
        public var italics = true
        /// Whether body text may be hyphenated (headings never are). Optional in the file; true.
        public var hyphenate = true
        /// Whether body text is justified rather than ragged right. Optional in the file; false.
        public var justify = false
    }

    /// Colours, as `#rrggbb`.
    public struct Colours: Sendable, Equatable {
        public var text: String
        public var heading: String
        public var accent: String
        public var callout: String
        public var muted: String
    }
}
