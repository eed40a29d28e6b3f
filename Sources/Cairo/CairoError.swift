import CCairo
import CFreeType

/// An error reported by cairo or FreeType, carrying the library's own message.
public enum CairoError: Error, CustomStringConvertible, Equatable {
    /// cairo returned a non-success status from `operation`.
    case cairo(operation: String, message: String)
    /// FreeType could not open or use a font file.
    case freeType(operation: String, code: Int32)
    /// A link's or destination's coordinate that is not a finite number of at most ±1e12 points.
    case coordinateOutOfRange(Double)

    init(operation: String, status: cairo_status_t) {
        self = .cairo(operation: operation, message: String(cString: cairo_status_to_string(status)))
    }

    public var description: String {
        switch self {
        case let .cairo(operation, message): "cairo \(operation) failed: \(message)"
        case let .freeType(operation, code): "FreeType \(operation) failed with error \(code)"
        case let .coordinateOutOfRange(value): "a link or destination at \(value) points is off any page (at most ±1e12)"
        }
    }
}

/// Throws when `status` is not `CAIRO_STATUS_SUCCESS`.
@inline(__always)
func check(_ status: cairo_status_t, _ operation: @autoclosure () -> String) throws {
    if status != CAIRO_STATUS_SUCCESS {
        throw CairoError(operation: operation(), status: status)
    }
}
