/// Glossary entries no topic uses (a warning: they are never printed), and forms listed under two
/// entries (an error: a reader could be given either definition).
struct GlossaryUseCheck: ContentCheck {
    func findings(in content: ContentLoadReport) -> [Finding] {
        guard content.glossaryLoaded else { return [] }
        return sharedForms(in: content.library.glossary) + unused(in: content)
    }

    /// Entries that no topic uses, if every topic loaded (else a use may be in a topic not seen).
    private func unused(in content: ContentLoadReport) -> [Finding] {
        guard content.topicsLoaded else { return [] }
        let texts = content.library.topics.map { PrintedLines($0).text }
        return content.library.glossary.entries.filter { entry in !texts.contains { entry.isUsed(in: $0) } }.map {
            Finding(
                .warning, file: "glossary.yaml", line: $0.line, key: $0.term,
                "no topic uses this term, so it is never printed; remove it or check its spelling and `also` forms")
        }
    }

    /// Terms and `also` forms that appear under more than one entry.
    private func sharedForms(in glossary: Glossary) -> [Finding] {
        var owner: [String: String] = [:]
        var findings: [Finding] = []
        for entry in glossary.entries {
            for form in Set(([entry.term] + entry.also).map { $0.lowercased() }).sorted() {
                if let first = owner[form] {
                    findings.append(Finding(
                        .error, file: "glossary.yaml", line: entry.line, key: form,
                        "listed under both '\(first)' and '\(entry.term)'; keep it under one entry"))
                } else {
                    owner[form] = entry.term
                }
            }
        }
        return findings
    }
}
