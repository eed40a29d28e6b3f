/// Abbreviations that a topic or a glossary definition prints but the glossary does not explain.
///
/// An abbreviation is covered when it lies inside a use of a glossary term or one of its `also`
/// forms, so `SIR-spheres` is covered by an entry for `SIR-spheres`. Each abbreviation is reported
/// once per file, at its first use.
struct AbbreviationCheck: ContentCheck {
    func findings(in content: ContentLoadReport) -> [Finding] {
        guard content.glossaryLoaded else { return [] }
        let glossary = content.library.glossary
        let topicFindings = content.library.topics.flatMap { topic in
            uncovered(in: PrintedLines(topic).lines.map { ($0.number, $0.text) }, glossary: glossary).map {
                Finding(
                    .error, file: topic.file, line: $0.line, key: $0.abbreviation,
                    "abbreviation is not in the glossary; add it to glossary.yaml or write the words out")
            }
        }
        let definitions = glossary.entries.map { entry in
            (entry.line, [entry.expansion, entry.definition].compactMap { $0 }.joined(separator: " "))
        }
        let glossaryFindings = uncovered(in: definitions, glossary: glossary).map {
            Finding(
                .error, file: "glossary.yaml", line: $0.line, key: $0.abbreviation,
                "abbreviation used in a definition is not itself in the glossary")
        }
        return topicFindings + glossaryFindings
    }

    /// The first use of each abbreviation in `lines` that no glossary entry covers.
    private func uncovered(in lines: [(Int?, String)], glossary: Glossary) -> [(abbreviation: String, line: Int?)] {
        var reported: Set<String> = []
        var result: [(String, Int?)] = []
        for (number, text) in lines {
            let covered = glossary.entries.flatMap { $0.uses(in: text) }
            for (abbreviation, range) in Abbreviations.find(in: text)
            where !covered.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound })
                && reported.insert(abbreviation).inserted
            {
                result.append((abbreviation, number))
            }
        }
        return result
    }
}
