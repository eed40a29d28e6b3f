/// Which cells a table header cell heads (the PDF `/Scope` attribute).
public enum HeaderScope: String, Hashable, Sendable {
    case column = "Column"
    case row = "Row"
}

/// Attributes of a structure element that cairo 1.16 cannot write: carried as plain values in
/// the page model for the PDF post-step to add.
public struct StructureAttributes: Hashable, Sendable {
    /// Alternative text (`/Alt`), for figures.
    public var alt: String?
    /// The box the element covers on its page (`/BBox`), for figures and tables.
    public var bbox: Rect?
    /// What a header cell heads (`/Scope`).
    public var scope: HeaderScope?

    public init(alt: String? = nil, bbox: Rect? = nil, scope: HeaderScope? = nil) {
        self.alt = alt
        self.bbox = bbox
        self.scope = scope
    }

    /// No attributes.
    public static let none = StructureAttributes()

    /// The same attributes with the box moved by `dx`, `dy`.
    func offsetBy(dx: Double, dy: Double) -> StructureAttributes {
        var moved = self
        moved.bbox = bbox.map { $0.offsetBy(dx: dx, dy: dy) }
        return moved
    }
}
