import CCairo
import Foundation

/// Tagged-PDF calls: structure elements, links and named destinations (cairo's `cairo_tag_begin`
/// with the attribute syntax written for the caller). On surfaces other than PDF they do nothing.
extension Context {
    /// Opens a structure element, e.g. `P`, `H1`, `LI` (ISO 32000-1 standard structure types).
    public func beginStructure(_ type: String) throws {
        try beginTag(type)
    }

    /// Closes the structure element `type` opened last.
    public func endStructure(_ type: String) throws {
        try endTag(type)
    }

    /// Opens a link to a web address over the area `x`, `y`, `width`, `height` (user space).
    /// What is drawn until ``endLink()`` is the link's content.
    public func beginLink(url: String, x: Double, y: Double, width: Double, height: Double) throws {
        try beginTag(CAIRO_TAG_LINK, attributes: "uri=\(Self.quoted(url)) rect=\(try Self.area(x, y, width, height))")
    }

    /// Opens a link to the destination `name` (see ``addDestination(_:x:y:)``), which may come
    /// later in the document.
    public func beginLink(destination name: String, x: Double, y: Double, width: Double, height: Double) throws {
        try beginTag(CAIRO_TAG_LINK, attributes: "dest=\(Self.quoted(name)) rect=\(try Self.area(x, y, width, height))")
    }

    /// Closes the link opened last.
    public func endLink() throws {
        try endTag(CAIRO_TAG_LINK)
    }

    /// Defines the named destination `name` at `x`, `y` on the current page.
    public func addDestination(_ name: String, x: Double, y: Double) throws {
        try beginTag(CAIRO_TAG_DEST, attributes: "name=\(Self.quoted(name)) x=\(try Self.number(x)) y=\(try Self.number(y))")
        try endTag(CAIRO_TAG_DEST)
    }

    /// A string in cairo's attribute syntax: single quotes, with `\` and `'` escaped.
    static func quoted(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "'") }) else { return "'" + value + "'" }
        return "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// The largest coordinate a tag takes, in points: far beyond any page (PDF readers handle
    /// ±32,767), and small enough that its thousandths fit an `Int`.
    static let largestCoordinate = 1e12

    /// Fixed-point numbers with three decimals, so the same input always writes the same bytes.
    /// A coordinate that is not finite or beyond ``largestCoordinate`` is an error.
    static func number(_ value: Double) throws -> String {
        guard value.isFinite, abs(value) <= largestCoordinate else { throw CairoError.coordinateOutOfRange(value) }
        let thousandths = Int((abs(value) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        let sign = value < 0 && thousandths > 0 ? "-" : ""
        return "\(sign)\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    static func area(_ x: Double, _ y: Double, _ width: Double, _ height: Double) throws -> String {
        "[\(try [x, y, width, height].map(number).joined(separator: " "))]"
    }
}
