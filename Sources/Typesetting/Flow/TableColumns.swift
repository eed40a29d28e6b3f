/// Column widths from the content, as CSS automatic table layout sets them: each column has a
/// minimum (its widest word) and a maximum (its longest cell on one line), padding included.
struct TableColumns {
    var minimum: [Double]
    var maximum: [Double]

    /// Widths that fill `available`: when every cell fits on one line, the room left is shared
    /// in proportion to the maximums; when it does not, each column gets its minimum and the room
    /// left over is shared in proportion to how much more each column could use. When even the
    /// minimums do not fit, they are scaled down to fit (words are then hyphenated or overflow).
    func widths(available: Double) -> [Double] {
        let least = minimum.reduce(0, +)
        let most = maximum.reduce(0, +)
        if most <= available, most > 0 {
            return maximum.map { $0 * available / most }
        }
        if least <= available {
            let spare = available - least
            return zip(minimum, maximum).map { low, high in low + (high - low) * spare / (most - least) }
        }
        return minimum.map { $0 * available / least }
    }
}
