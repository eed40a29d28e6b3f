import CHarfBuzz
import Document
import Foundation
import Synchronization

/// Which scripts a language is written in, and the language tag of text in any other script.
///
/// A language's script is its likely script (CLDR's likely subtags, through Foundation's
/// `Locale.Language`): `en` and `cy` are written in Latin, `ur` in Arabic, `ru` in Cyrillic.
/// A likely script that stands for several (`Jpan` is Han, Hiragana and Katakana; `Kore` is Hangul
/// and Han) is expanded.
///
/// Text in a letter script its language is not written in (a name in Arabic script in an English
/// handout) is tagged `und-Xxxx`: BCP 47 for "language undetermined, written in script Xxxx". The
/// script is certain, the language is not: Arabic script writes Arabic, Urdu and Persian, Han
/// writes Chinese and Japanese, so no language is guessed. Characters of no script of their own
/// (digits, punctuation, spaces) are never tagged, and neither is anything in a language whose
/// script is unknown.
enum LanguageScripts {
    /// The scripts a language is written in, by tag, as found so far. It starts with en-GB, the
    /// default language, so that English handouts never page in ICU's locale data for this one
    /// answer (a test checks it against CLDR).
    private static let known = Mutex<[String: Set<UInt32>]>([LanguageTag.british.value: [HB_SCRIPT_LATIN.rawValue]])

    /// The scripts of `language` from CLDR's likely subtags, asked afresh.
    static func likelyScripts(of language: String) -> Set<UInt32> {
        var scripts = Set<UInt32>()
        if let code = Locale.Language(identifier: language).script?.identifier {
            for name in combined[code] ?? [code] {
                let script = hb_script_from_string(name, -1)
                if script != HB_SCRIPT_UNKNOWN, script != HB_SCRIPT_INVALID { scripts.insert(script.rawValue) }
            }
        }
        return scripts
    }

    /// Likely scripts (ISO 15924) that stand for several scripts HarfBuzz tells apart.
    private static let combined: [String: [String]] = [
        "Jpan": ["Hani", "Hira", "Kana"], "Kore": ["Hang", "Hani"], "Hans": ["Hani"], "Hant": ["Hani"], "Aran": ["Arab"],
    ]

    /// The `hb_script_t` values `language` (a BCP 47 tag) is written in; empty when unknown.
    static func scripts(of language: String) -> Set<UInt32> {
        if let found = known.withLock({ $0[language] }) { return found }
        let scripts = likelyScripts(of: language)
        known.withLock { $0[language] = scripts }
        return scripts
    }

    /// The language tag of text in `script` inside text in `language`: nil when `language` is
    /// written in that script, when the script is no letter script (Common, Inherited) or when
    /// `language`'s script is unknown; else `und-` and the script's ISO 15924 code.
    static func tag(forScript script: UInt32, in language: String) -> String? {
        guard script != HB_SCRIPT_COMMON.rawValue, script != HB_SCRIPT_INHERITED.rawValue, script != HB_SCRIPT_UNKNOWN.rawValue
        else { return nil }
        let native = scripts(of: language)
        guard !native.isEmpty, !native.contains(script) else { return nil }
        return "und-" + code(of: script)
    }

    /// The ISO 15924 code of `script`: `Latn`, `Arab`, `Zyyy` for Common.
    static func code(of script: UInt32) -> String {
        let tag = hb_script_to_iso15924_tag(hb_script_t(rawValue: script))
        return String(decoding: [24, 16, 8, 0].map { UInt8((tag >> $0) & 0xFF) }, as: UTF8.self)
    }
}
