import Document
import Foundation

/// Hyphenation by language: libhyphen's en-GB patterns, corrected by a list of exceptions, for
/// English, and for other languages the Debian `hyphen-*` patterns in ``patternsFolder``
/// (hyphen-pl: Polish), each loaded the first time a topic in that language is set. A language
/// with no patterns there (Welsh) is not hyphenated.
///
/// Load it once and share it: it is safe to use from several tasks at once.
public final class Hyphenation: Sendable {
    /// Where Debian's hyphen-en-gb package puts the patterns.
    public static let britishEnglishPatterns = "/usr/share/hyphen/hyph_en_GB.dic"
    /// Where Debian's hyphen-* packages put their patterns, `hyph_<language>_<REGION>.dic`.
    public static let patternsFolder = "/usr/share/hyphen"
    /// The fewest letters kept before a hyphen.
    static let minimumBefore = 2
    /// The fewest letters carried over after a hyphen.
    static let minimumAfter = 3

    private let patterns: HyphenationPatterns
    private let exceptions: HyphenationExceptions
    private let otherLanguages = LanguagePatterns(folder: patternsFolder)

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
    /// English words use the exceptions and the en-GB patterns; other languages their own patterns.
    func points(_ word: String, language: String = "en-GB") -> [Int] {
        let lowercased = word.lowercased()
        let points: [Int]
        if Self.isEnglish(language) {
            points = exceptions.points[lowercased] ?? patterns.points(lowercased)
        } else {
            guard let other = otherLanguages.patterns(for: language) else { return [] }
            points = other.points(lowercased)
        }
        let count = lowercased.count
        return points.filter { $0 >= Self.minimumBefore && $0 <= count - Self.minimumAfter }
    }

    /// Whether text in `language` can be hyphenated: English, or a language with patterns installed.
    func hasPatterns(for language: String) -> Bool {
        Self.isEnglish(language) || otherLanguages.patterns(for: language) != nil
    }

    private static func isEnglish(_ language: String) -> Bool {
        language.prefix { $0 != "-" }.lowercased() == "en"
    }
}
