import Document

extension Typesetter {
    /// On a typesetter that has set nothing yet, sets the paragraphs of the later half of
    /// `sections` on another core, with a typesetter of its own, while this one sets the first
    /// half; then takes over what the other set. A single handout made by a fresh process is
    /// set on two cores this way; afterwards the paragraphs come from the cache, so later
    /// handouts (a batch, whose workers fill the cores already) never do it.
    ///
    /// Setting a paragraph depends on nothing but its text, style and frame, so the pages are
    /// the same, byte for byte, as when one typesetter sets everything.
    func setAheadOnTwoCores(_ sections: [HandoutSection], style: TypesetStyle, frame: FlowFrame) {
        guard setter.isEmpty, sections.count > 1 else { return }
        let half = sections.count / 2
        let other = OtherHalf(
            typesetter: Typesetter(fontSet: shaper.fontSet, hyphenation: hyphenation), sections: Array(sections[half...]),
            style: style, frame: frame)
        let otherHalf = BackgroundLoad { () -> OtherHalf in
            other.set()
            return other
        }
        _ = HandoutFlow.flow(of: Array(sections[..<half]), setter: setter, style: style, frame: frame)
        setter.adopt(otherHalf.value().typesetter.setter)
    }
}

/// The later half of the sections and the typesetter that sets them on another thread. Only
/// that thread touches the typesetter until the caller has waited for it.
private final class OtherHalf: @unchecked Sendable {
    let typesetter: Typesetter
    let sections: [HandoutSection]
    let style: TypesetStyle
    let frame: FlowFrame

    init(typesetter: Typesetter, sections: [HandoutSection], style: TypesetStyle, frame: FlowFrame) {
        self.typesetter = typesetter
        self.sections = sections
        self.style = style
        self.frame = frame
    }

    func set() {
        _ = HandoutFlow.flow(of: sections, setter: typesetter.setter, style: style, frame: frame)
    }
}
