import Document
import Foundation

/// British English hyphenation: libhyphen's en-GB patterns, corrected by a list of exceptions.
///
/// Load it once and share it: it is safe to use from several tasks at once.
public final class Hyphenation: Sendable {
    /// Where Debian's hyphen-en-gb package puts the patterns.
    public static let britishEnglishPatterns = "/usr/share/hyphen/hyph_en_GB.dic"
    /// The fewest letters kept before a hyphen.
    static let minimumBefore = 2
    /// The fewest letters carried over after a hyphen.
    static let minimumAfter = 3

    private let patterns: HyphenationPatterns
    private let exceptions: HyphenationExceptions

    /// Loads the patterns at `patternsPath` and, if given, the exceptions list at `exceptionsFile`
    /// (`exceptionsName` names it in errors).
    public init(
        patternsPath: String = britishEnglishPatterns, exceptionsFile: URL? = nil, exceptionsName: String? = nil
    ) throws {
        patterns = try HyphenationPatterns(path: patternsPath)
        if let exceptionsFile {
            let name = exceptionsName ?? exceptionsFile.path
            exceptions = try HyphenationExceptions(parsing: ContentFile.read(exceptionsFile, name: name), file: name)
        } else {
            exceptions = HyphenationExceptions()
        }
    }

    /// The character offsets inside `word` (letters only) where a hyphen may go: from the
    /// exceptions list if the word is on it, else from the patterns, and never fewer than
    /// ``minimumBefore`` letters before or ``minimumAfter`` after.
    func points(_ word: String) -> [Int] {
        let lowercased = word.lowercased()
        let points = exceptions.points[lowercased] ?? patterns.points(lowercased)
        let count = lowercased.count
        return points.filter { $0 >= Self.minimumBefore && $0 <= count - Self.minimumAfter }
    }
}
