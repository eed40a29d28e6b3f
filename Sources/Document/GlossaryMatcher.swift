/// Finds the glossary entries a handout's sections use. Topics without placeholders always use
/// the same entries, so their answer is remembered: a batch matches each such topic once.
///
/// Not thread-safe: one matcher per task (each handout builder has its own).
public final class GlossaryMatcher {
    public let glossary: Glossary
    private var fixedTopicEntries: [String: [Int]] = [:]

    public init(glossary: Glossary) { self.glossary = glossary }

    /// The entries used in `sections`, alphabetical. `topics` tells which sections never change.
    public func entries(for sections: [HandoutSection], topics: [Topic]) -> [GlossaryEntry] {
        var used = Set<Int>()
        for (section, topic) in zip(sections, topics) {
            if let known = fixedTopicEntries[topic.id] {
                used.formUnion(known)
                continue
            }
            let text = WordIndex(([section.title] + section.blocks.map(\.plainText)).joined(separator: "\n"))
            let indices = glossary.entries.indices.filter { glossary.entries[$0].isUsed(in: text) }
            if !topic.body.hasPlaceholders { fixedTopicEntries[topic.id] = indices }
            used.formUnion(indices)
        }
        return used.map { glossary.entries[$0] }
            .sorted { $0.term.localizedCaseInsensitiveCompare($1.term) == .orderedAscending }
    }
}
