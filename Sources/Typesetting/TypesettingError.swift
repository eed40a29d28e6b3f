/// Why a handout could not be typeset.
public enum TypesettingError: Error, CustomStringConvertible, Equatable {
    case fontMissing(String)
    case fontUnreadable(String)
    case hyphenationPatternsMissing(String)
    case hyphenationPatternsUnreadable(String)
    case fontCatalogue(file: String, line: Int, String)

    public var description: String {
        switch self {
        case let .fontMissing(path): "\(path): font file not found"
        case let .fontUnreadable(path): "\(path): not a font file HarfBuzz can read"
        case let .hyphenationPatternsMissing(path):
            "\(path): hyphenation patterns not found (install the Debian package hyphen-en-gb)"
        case let .hyphenationPatternsUnreadable(path): "\(path): not a hyphenation dictionary libhyphen can read"
        case let .fontCatalogue(file, line, message): "\(file):\(line): \(message)"
        }
    }
}
