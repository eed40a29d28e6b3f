import Foundation

/// The hyphenation patterns of languages other than English, found in Debian's folder of
/// `hyph_*.dic` files and each loaded the first time it is asked for. Safe to share.
final class LanguagePatterns: @unchecked Sendable {
    private let folder: String
    private let lock = NSLock()
    private var loaded: [String: HyphenationPatterns?] = [:]

    init(folder: String) {
        self.folder = folder
    }

    /// The patterns for `language` (a BCP 47 tag): `hyph_pl_PL.dic` for `pl-PL`, else any
    /// `hyph_pl_*.dic` or `hyph_pl.dic` for `pl`; nil if there are none.
    func patterns(for language: String) -> HyphenationPatterns? {
        let parts = language.split(separator: "-").map(String.init)
        let primary = parts.first?.lowercased() ?? ""
        let region = parts.dropFirst().first { $0.count == 2 }?.uppercased()
        let key = region.map { "\(primary)_\($0)" } ?? primary
        lock.lock()
        defer { lock.unlock() }
        if let known = loaded[key] { return known }
        let found = file(primary: primary, region: region).flatMap { try? HyphenationPatterns(path: $0) }
        loaded[key] = found
        return found
    }

    private func file(primary: String, region: String?) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let candidates = [region.map { "hyph_\(primary)_\($0).dic" }, "hyph_\(primary).dic"].compactMap { $0 }
        if let exact = candidates.first(where: names.contains) { return "\(folder)/\(exact)" }
        return names.sorted().first { $0.hasPrefix("hyph_\(primary)_") && $0.hasSuffix(".dic") }.map { "\(folder)/\($0)" }
    }
}
