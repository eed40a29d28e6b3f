/// Printer's marks around the pages of an imposed sheet, as thin black rules.
public struct PrintMarks: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case none
        /// Short lines on the spine, at the top and bottom, showing where to fold.
        case fold
        /// Fold marks, and crop marks at the outer corners of the pages showing where to trim.
        case crop
    }

    public var kind: Kind

    public init(kind: Kind) { self.kind = kind }

    /// The gap between a mark and the edge it marks.
    public static let gap = points(fromMillimetres: 3)
    /// The length of a mark.
    public static let length = points(fromMillimetres: 6)
    /// How far a fold mark reaches into the pages when there is no paper outside them: far enough
    /// to show past a printer's unprintable edge, and within any page margin.
    public static let insideFoldLength = points(fromMillimetres: 8)
    public static let lineWidth = 0.3

    /// The marks for two pages covering `spread` on a sheet of `sheet` size. Marks sit outside the
    /// spread where the paper allows; fold marks otherwise reach into the pages from the sheet edge.
    public func items(around spread: Rect, on sheet: Size) -> [PageItem] {
        guard kind != .none else { return [] }
        let hasRoom = spread.minY >= Self.gap + Self.length
        let spine = spread.minX + spread.size.width / 2
        var lines: [(Point, Point)] = hasRoom
            ? [
                (Point(x: spine, y: spread.minY - Self.gap - Self.length), Point(x: spine, y: spread.minY - Self.gap)),
                (Point(x: spine, y: spread.maxY + Self.gap), Point(x: spine, y: spread.maxY + Self.gap + Self.length)),
            ]
            : [
                (Point(x: spine, y: 0), Point(x: spine, y: spread.minY + Self.insideFoldLength)),
                (Point(x: spine, y: spread.maxY - Self.insideFoldLength), Point(x: spine, y: sheet.height)),
            ]
        if kind == .crop {
            for x in [spread.minX, spread.maxX] {
                for y in [spread.minY, spread.maxY] {
                    let outX = x == spread.minX ? -1.0 : 1.0
                    let outY = y == spread.minY ? -1.0 : 1.0
                    lines.append((
                        Point(x: x + outX * Self.gap, y: y), Point(x: x + outX * (Self.gap + Self.length), y: y)))
                    lines.append((
                        Point(x: x, y: y + outY * Self.gap), Point(x: x, y: y + outY * (Self.gap + Self.length))))
                }
            }
        }
        return lines.map { .rule(from: $0.0, to: $0.1, width: Self.lineWidth, color: .black) }
    }
}
