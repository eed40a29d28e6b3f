/// Counts syllables with a rule-of-thumb heuristic for English spelling. It is right for most
/// everyday words and out by one for some longer or unusual ones, which is close enough for a
/// reading-level estimate.
///
/// For a word (a run of letters; hyphenated words count each part):
/// 1. Capitals only, two or more (`CT`, `SIRT`): one syllable per letter, as they are spelt out.
/// 2. The endings -ness, -less, -ful and -ly count one syllable and are counted apart from the
///    rest of the word, so a silent "e" before them is handled ("tiredness", "likely").
/// 3. Count groups of vowels: a, e, i, o, u, and y unless it starts a syllable before a vowel
///    ("you", "beyond").
/// 4. Add one where i-a, i-o, i-u or u-a fall in two syllables ("radio", "usual"), except after
///    t, s, c, x or g ("nation", "special", "region") and u-a after q or g ("quality", "language");
///    and add one for "-ing" straight after a vowel ("going", "dying").
/// 5. Take one away for a silent ending: a final "e" after a consonant ("make", not "table"),
///    "es" after a consonant other than s, x, z ("makes", not "boxes", "changes" or "places"),
///    and "ed" after a consonant other than t or d ("called", not "needed").
/// 6. Every word has at least one syllable.
///
/// A number counts one syllable per digit.
public enum SyllableCounter {
    /// The syllables in `token`, a word as written: letters, digits and any punctuation.
    public static func syllables(in token: some StringProtocol) -> Int {
        var total = 0
        var run = ""
        func finishRun() {
            if let first = run.first {
                total += first.isNumber ? run.count : syllables(inWord: run)
            }
            run = ""
        }
        for character in token {
            guard character.isLetter || character.isNumber else {
                finishRun()
                continue
            }
            if let last = run.last, last.isNumber != character.isNumber { finishRun() }
            run.append(character)
        }
        finishRun()
        return total
    }

    /// The syllables in `word`, letters only.
    static func syllables(inWord word: String) -> Int {
        if word.count >= 2, word.allSatisfy(\.isUppercase) { return word.count }
        let letters = Array(word.lowercased())
        for suffix in ["ness", "less", "ful", "ly"] where letters.count > suffix.count + 1 && word.lowercased().hasSuffix(suffix) {
            let stem = String(letters.dropLast(suffix.count))
            if stem.contains(where: isVowel) { return syllables(inWord: stem) + 1 }
        }
        var count = vowelGroups(letters) + hiatuses(letters) + (endsInIngAfterVowel(letters) ? 1 : 0)
        if count > 1, hasSilentEnding(letters) { count -= 1 }
        return max(1, count)
    }

    private static func isVowel(_ character: Character) -> Bool { "aeiouy".contains(character) }

    /// Whether the letter at `index` is a vowel; "y" is a consonant before a vowel when it starts
    /// the word or follows a vowel ("you", "beyond"), and a vowel otherwise ("type", "dying").
    private static func isVowel(_ letters: [Character], at index: Int) -> Bool {
        guard letters[index] == "y" else { return isVowel(letters[index]) }
        let beforeVowel = index + 1 < letters.count && isVowel(letters[index + 1]) && letters[index + 1] != "y"
        let startsSyllable = index == 0 || isVowel(letters[index - 1])
        return !(beforeVowel && startsSyllable)
    }

    private static func vowelGroups(_ letters: [Character]) -> Int {
        letters.indices.filter { isVowel(letters, at: $0) && ($0 == 0 || !isVowel(letters, at: $0 - 1)) }.count
    }

    /// Vowel pairs said as two syllables.
    private static func hiatuses(_ letters: [Character]) -> Int {
        letters.indices.dropFirst().dropLast().filter { index in
            let pair = String(letters[index...index + 1])
            let before = letters[index - 1]
            switch pair {
            case "ia", "io", "iu": return !"tscxg".contains(before)
            case "ua": return !"qg".contains(before)
            default: return false
            }
        }.count
    }

    /// "-ing" straight after a vowel ("going", "dying"), which the vowel groups merge into one.
    private static func endsInIngAfterVowel(_ letters: [Character]) -> Bool {
        letters.count >= 5 && String(letters.suffix(3)) == "ing" && isVowel(letters, at: letters.count - 4)
    }

    private static func hasSilentEnding(_ letters: [Character]) -> Bool {
        func consonant(fromEnd offset: Int) -> Character? {
            guard letters.count > offset else { return nil }
            let index = letters.count - 1 - offset
            return isVowel(letters, at: index) ? nil : letters[index]
        }
        let word = String(letters)
        if word.hasSuffix("le") || word.hasSuffix("les") {
            let beforeL = consonant(fromEnd: word.hasSuffix("le") ? 2 : 3)
            if beforeL != nil { return false }
        }
        if word.hasSuffix("e") { return consonant(fromEnd: 1) != nil }
        if word.hasSuffix("es"), let before = consonant(fromEnd: 2) {
            return !"sxz".contains(before) && !["ches", "shes", "ges", "ces"].contains(where: word.hasSuffix)
        }
        if word.hasSuffix("ed"), let before = consonant(fromEnd: 2) { return !"td".contains(before) }
        return false
    }
}
