/// Why a handout could not be typeset.
public enum TypesettingError: Error, CustomStringConvertible, Equatable {
    case fontMissing(String)
    case fontUnreadable(String)

    public var description: String {
        switch self {
        case let .fontMissing(path): "\(path): font file not found"
        case let .fontUnreadable(path): "\(path): not a font file HarfBuzz can read"
        }
    }
}
