import CLateLibraries.Louis
import Foundation

/// Braille cells translated from print, with the print character each cell came from.
struct Translation: Equatable {
    /// BRF characters (ASCII braille), one per cell; a space is a blank cell.
    var cells: [UInt8]
    /// For each cell, the offset in unicode scalars of the print character it translates.
    var sources: [Int]
}

/// A liblouis table list that translates print to BRF. liblouis keeps compiled tables in
/// process-wide state and is not thread-safe, so every call goes through one lock.
struct LouisTable: Sendable {
    /// The table list given to liblouis: the BRF display table, then the translation table.
    let tableList: String
    /// The translation table's file name, for messages.
    let name: String

    /// Maps dot patterns to the ASCII braille that BRF files hold.
    static let displayTable = "en-us-brf.dis"

    static let lock = NSLock()
    /// Scalars known to have a translation, per table list (checked once each).
    nonisolated(unsafe) private static var translatable: [String: Set<UInt32>] = [:]

    init(name: String) {
        self.name = name
        tableList = Self.displayTable + "," + name
    }

    /// Translations already made, by table list and the text's UTF-8 bytes (never by String
    /// equality: canonically equal strings can differ in scalars, and the offsets count scalars).
    /// Topics repeat from handout to handout, so a batch translates each paragraph once.
    nonisolated(unsafe) private static var translations: [TranslationKey: Translation] = [:]
    /// Translations kept before the cache starts again.
    static let cacheLimit = 20_000

    private struct TranslationKey: Hashable {
        var tableList: String
        var text: [UInt8]
        var emphasis: [UInt8]
    }

    /// Translates `text` (no line breaks), with `emphasis` for each of its unicode scalars (or
    /// none): liblouis adds the table's indicators for it (UEB's bold and italic symbol, word and
    /// passage indicators). Nil if liblouis cannot load the table.
    func translate(_ text: String, emphasis: [BrailleEmphasis] = []) -> Translation? {
        let key = TranslationKey(tableList: tableList, text: Array(text.utf8), emphasis: emphasis.map(\.rawValue))
        return Self.lock.withLock {
            if let known = Self.translations[key] { return known }
            guard let louis = LouisLibrary.functions else { return nil }
            let input = text.unicodeScalars.map { widechar($0.value) }
            let typeforms = emphasis.isEmpty ? nil : Self.typeforms(emphasis, tableList: tableList, louis)
            guard let translation = Self.translate(input, tableList: tableList, mode: 0, typeforms: typeforms, louis) else { return nil }
            if Self.translations.count >= Self.cacheLimit { Self.translations.removeAll(keepingCapacity: true) }
            Self.translations[key] = translation
            return translation
        }
    }

    /// The first scalar of `text` that the table has no braille for (liblouis would write it as
    /// an escaped code), or nil when every one translates.
    func firstUntranslatable(in text: String) -> Unicode.Scalar? {
        Self.lock.withLock {
            guard let louis = LouisLibrary.functions else { return nil }
            var known = Self.translatable[tableList, default: []]
            defer { Self.translatable[tableList] = known }
            for scalar in text.unicodeScalars where !known.contains(scalar.value) {
                let input = [widechar(scalar.value)]
                let plain = Self.translate(input, tableList: tableList, mode: 0, louis)
                let strict = Self.translate(input, tableList: tableList, mode: Int32(noUndefined.rawValue), louis)
                guard plain == strict else { return scalar }
                known.insert(scalar.value)
            }
            return nil
        }
    }

    /// liblouis's typeform for each emphasis, from the table's own emphasis classes `bold` and
    /// `italic` (0 where the table has none). Called under `lock`.
    private static func typeforms(_ emphasis: [BrailleEmphasis], tableList: String, _ louis: handout_louis) -> [formtype] {
        let bold = louis.lou_getTypeformForEmphClass(tableList, EMPH_NAME_BOLD)
        let italic = louis.lou_getTypeformForEmphClass(tableList, EMPH_NAME_ITALIC)
        return emphasis.map { ($0.contains(.bold) ? bold : 0) | ($0.contains(.italic) ? italic : 0) }
    }

    /// One lou_translate call, growing the output buffer until the whole input fits.
    private static func translate(
        _ input: [widechar], tableList: String, mode: Int32, typeforms: [formtype]? = nil, _ louis: handout_louis
    ) -> Translation? {
        guard !input.isEmpty else { return Translation(cells: [], sources: []) }
        var capacity = input.count * 4 + 16
        while true {
            var inputLength = Int32(input.count)
            var outputLength = Int32(capacity)
            var output = [widechar](repeating: 0, count: capacity)
            var sources = [Int32](repeating: 0, count: capacity)
            // liblouis writes the typeform of each output cell back into the array it is given,
            // so each call gets a fresh copy as long as the output buffer.
            var typeform = typeforms.map { $0 + [formtype](repeating: 0, count: max(0, capacity - $0.count)) } ?? []
            let succeeded = typeform.withUnsafeMutableBufferPointer { typeform in
                louis.lou_translate(
                    tableList, input, &inputLength, &output, &outputLength, typeforms == nil ? nil : typeform.baseAddress, nil, nil,
                    &sources, nil, mode)
            }
            guard succeeded == 1 else { return nil }
            if inputLength == Int32(input.count), outputLength < Int32(capacity) {
                let count = Int(outputLength)
                // The BRF display table maps every cell to ASCII; anything else means it is missing.
                guard output.prefix(count).allSatisfy({ $0 < 0x80 }) else { return nil }
                return Translation(
                    cells: output.prefix(count).map { UInt8(truncatingIfNeeded: $0) }, sources: sources.prefix(count).map(Int.init))
            }
            capacity *= 2
        }
    }
}

extension LouisTable {
    /// `brf` (one line of ASCII braille) read back into print, as braille software would show it
    /// to a sighted proofreader; nil if liblouis cannot load the table.
    func backTranslate(_ brf: String) -> String? {
        let input = brf.unicodeScalars.map { widechar($0.value) }
        guard !input.isEmpty else { return "" }
        return Self.lock.withLock {
            guard let louis = LouisLibrary.functions else { return nil }
            var inputLength = Int32(input.count)
            var output = [widechar](repeating: 0, count: input.count * 8 + 16)
            var outputLength = Int32(output.count)
            guard louis.lou_backTranslateString(tableList, input, &inputLength, &output, &outputLength, nil, nil, 0) == 1 else { return nil }
            return String(String.UnicodeScalarView(output.prefix(Int(outputLength)).compactMap { Unicode.Scalar(UInt32($0)) }))
        }
    }
}
