import Braille
import Document
import Foundation
import HandoutKit
import HandoutTestSupport
import Testing

/// Braille as a reader gets it: the BRF cut into pages by form feeds, read back into print with
/// liblouis, and measured cell by cell.
@Suite struct BrailleOutputTests {
    let builder: HandoutBuilder
    static let date = CalendarDay("2026-11-23")!

    init() throws {
        builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root))
    }

    func brf(_ request: HandoutRequest) throws -> (pages: BRFPages, handout: Handout) {
        let built = try builder.build(request, as: .brf)
        #expect(built.format == .brf)
        let pages = BRFPages(built.data)
        #expect(built.pageCount == pages.pages.count)
        return (pages, try builder.compose(request).handout)
    }

    /// The print text of `block` in the order braille reads it: a figure as its alt text, then its
    /// caption; a table as a list of "header: value" lines.
    static func brailleText(_ block: Block) -> String {
        switch block {
        case let .figure(figure): "\(HandoutStrings.english.filling("picture", ["alt": figure.alt])) \(figure.caption)"
        case let .table(table): Block.list(table.list).plainText
        default: block.plainText
        }
    }

    /// The print words of `handout` in reading order, as the braille should hold them (the
    /// contents aside).
    func sourceWords(_ handout: Handout) -> [String] {
        var text = [handout.title] + (handout.cover ?? []).map(\.plainText)
        for section in handout.sections {
            text.append(section.title)
            text += section.blocks.map(Self.brailleText)
        }
        if !handout.glossary.isEmpty { text.append(handout.strings.glossary) }
        for entry in handout.glossary {
            text.append("\(entry.term) \(entry.expansion ?? "") \(entry.definition)")
        }
        if let about = handout.about {
            text.append(about.title)
            text += about.blocks.map(Self.brailleText)
        }
        return text.flatMap(BackTranslation.words)
    }

    /// Source words not found, in order, in the back-translated words (each looked for a little
    /// way ahead, so one misread word does not lose the place).
    func missing(_ source: [String], in read: [String]) -> [String] {
        var missing: [String] = []
        var cursor = 0
        for word in source {
            if let found = read[cursor..<min(read.count, cursor + 40)].firstIndex(of: word) {
                cursor = found + 1
            } else {
                missing.append(word)
            }
        }
        return missing
    }

    @Test(arguments: [Layout.Braille.Grade.one, .two])
    func theFullBookletReadsBackAsItsWords(grade: Layout.Braille.Grade) throws {
        let layout = try LayoutFile.standard(braille: "braille:\n  grade: \(grade.rawValue)\n")
        let (pages, handout) = try brf(HandoutRequest(collectionID: "full-booklet", layout: layout.path, date: Self.date))
        let read = BackTranslation.words(BackTranslation.print(pages.joinedText, grade: grade))
        let source = sourceWords(handout)
        let missing = missing(source, in: read)
        // Grade 1 reads back letter for letter; contracted braille reads back all but a few
        // words that liblouis's back-translation takes for another contraction.
        let allowed = grade == .one ? 0 : source.count / 200
        #expect(missing.count <= allowed, "\(missing.count) of \(source.count) words missing: \(missing.prefix(30))")
        #expect(source.count > 3000, "the whole booklet")
    }

    /// Bold and italic print get UEB's emphasis indicators from liblouis (bold word indicator
    /// dots 45-2, `^1` in BRF; italic dots 46-2, `.1`), and read back as the same words.
    @Test func boldAndItalicAreMarkedWithUEBIndicators() throws {
        let fixture = try ContentFixture()
        try fixture.glossary("- term: CT\n  definition: A scan.\n")
        try fixture.topic("emphasis", title: "Rest", body: "Phone the **nurse** today.\n\nTake *one* tablet.\n\nRest at home.")
        let builder = HandoutBuilder(resources: try HandoutResources(root: Repository.root, contentDirectory: fixture.folder))
        let built = try builder.build(HandoutRequest(topicIDs: ["emphasis"], date: Self.date, format: .brf))
        let lines = BRFPages(built.data).pages.flatMap { $0 }
        let bold = try #require(lines.first { $0.contains("NURSE") }, "\(lines)")
        let italic = try #require(lines.first { $0.contains("TABLET") }, "\(lines)")
        let plain = try #require(lines.first { $0.contains("HOME") }, "\(lines)")
        #expect(bold.contains("^1") && !bold.contains(".1"), "\(bold)")
        #expect(italic.contains(".1") && !italic.contains("^1"), "\(italic)")
        #expect(!plain.contains("^") && !plain.contains(".1"), "\(plain)")
        let read = BackTranslation.words(BackTranslation.print(BRFPages(built.data).joinedText, grade: .two))
        for word in ["phone", "nurse", "today", "take", "one", "tablet"] { #expect(read.contains(word), "\(word): \(read)") }
    }

    @Test func everyPageIsTheRightSizeAndNumberedAtTheTopRight() throws {
        let (pages, _) = try brf(HandoutRequest(collectionID: "full-booklet", date: Self.date))
        #expect(pages.pages.count > 20)
        for (index, page) in pages.pages.enumerated() {
            #expect(page.count == 25, "page \(index + 1) has \(page.count) lines")
            #expect(page.allSatisfy { $0.count <= 40 }, "page \(index + 1) has a line over 40 cells")
            #expect(page.allSatisfy { $0.allSatisfy { (0x20...0x5F).contains($0.asciiValue ?? 0) } }, "ASCII braille only")
            let top = page[0]
            #expect(top.count == 40, "the number ends in the last cell")
            #expect(top.trimmingCharacters(in: .whitespaces) == "#" + Self.letters(index + 1), "page \(index + 1): \(top)")
            #expect(BackTranslation.print(top.trimmingCharacters(in: .whitespaces)) == "\(index + 1)")
        }
    }

    /// A number in braille: the numeric sign, then a to j for the digits 1 to 0.
    static func letters(_ number: Int) -> String {
        String(String(number).map { digit in "JABCDEFGHI"[String.Index(utf16Offset: Int(String(digit))!, in: "JABCDEFGHI")] })
    }

    @Test func noWordIsSplitExceptAfterItsOwnHyphen() throws {
        let (pages, handout) = try brf(HandoutRequest(collectionID: "full-booklet", date: Self.date))
        let printWords = Set(sourceWords(handout))
        for (index, page) in pages.pages.enumerated() {
            for (number, line) in page.enumerated().dropFirst()
            where !line.isEmpty && !Self.isDrawnLine(line) && !BRFPages.isContentsEntry(line) {
                // Each line read alone gives whole words of the print.
                let read = BackTranslation.words(BackTranslation.print(line))
                let strays = read.filter { !printWords.contains($0) }
                #expect(strays.count <= 1, "page \(index + 1) line \(number + 1): \(strays) in \(line)")
                if line.hasSuffix("-") {
                    #expect(line.trimmingCharacters(in: .whitespaces).count > 1, "a hyphen breaks only inside a hyphenated word")
                }
            }
        }
    }

    /// Box lines (dots 2356) and separator lines (dots 25) carry no words.
    static func isDrawnLine(_ line: String) -> Bool {
        let cells = Set(line)
        return cells == ["7"] || cells == ["3"]
    }

    @Test func headingsAreCentredOrIndentedByLevelAndListsUseListIndents() throws {
        let (pages, handout) = try brf(HandoutRequest(topicIDs: ["tace"], date: Self.date))
        let lines = pages.pages.flatMap { $0.dropFirst() }
        // Where each page's text starts in `lines`: a heading there needs no blank line before it.
        let pageStarts = Set(pages.pages.indices.map { page in pages.pages[..<page].map { $0.count - 1 }.reduce(0, +) })
        let readLines = lines.map { BackTranslation.print($0.trimmingCharacters(in: .whitespaces)) }
        let section = handout.sections[0]
        // Level 1: the topic title centred, three blank cells each side at the least.
        let title = try #require(readLines.firstIndex { $0.lowercased() == section.title.lowercased() }, "the title is on a line of its own")
        let left = lines[title].prefix { $0 == " " }.count
        let right = 40 - lines[title].count
        #expect(left >= 3 && abs(left - right) <= 1, "centred: \(left) blank cells left, \(right) right")
        #expect(title == 0 || lines[title - 1].isEmpty, "a blank line before, or the top of the page")
        #expect(lines[title + 1].isEmpty, "a blank line after")
        // Level 2: blocked at cell 5, a blank line before.
        let subheadings = section.blocks.compactMap { block -> String? in
            if case let .heading(2, spans) = block { return spans.map(\.text).joined() } else { return nil }
        }
        #expect(!subheadings.isEmpty)
        for heading in subheadings {
            let firstWord = BackTranslation.words(heading)[0]
            let index = try #require(readLines.indices.first { index in
                lines[index].hasPrefix("    ") && !lines[index].hasPrefix("     ")
                    && BackTranslation.words(readLines[index]).first == firstWord
                    && (pageStarts.contains(index) || lines[index - 1].isEmpty)
            }, "'\(heading)' starts in cell 5 after a blank line or at the top of a page")
            #expect(!lines[index + 1].isEmpty, "no blank line after a cell-5 heading")
        }
        // Lists: items from cell 1, their runovers from cell 3.
        let listItems = section.blocks.flatMap { block -> [String] in
            if case let .list(list) = block { return list.items.map { $0[0].plainText } } else { return [] }
        }
        #expect(!listItems.isEmpty)
        var checkedRunover = false
        for item in listItems {
            let words = BackTranslation.words(item)
            // An ordered item starts with its number.
            let itemWords = { (index: Int) in BackTranslation.words(readLines[index]).drop { $0.allSatisfy(\.isNumber) } }
            guard let start = readLines.indices.first(where: { index in
                !lines[index].hasPrefix(" ") && Array(itemWords(index).prefix(3)) == Array(words.prefix(3))
            }) else {
                Issue.record("list item '\(item.prefix(40))' does not start in cell 1")
                continue
            }
            if itemWords(start).count < words.count {
                #expect(lines[start + 1].hasPrefix("  ") && !lines[start + 1].hasPrefix("   "), "runover in cell 3: \(lines[start + 1])")
                checkedRunover = true
            }
        }
        #expect(checkedRunover, "some item runs over")
    }

    @Test func thePersonalDetailsOpenTheFirstPageAndTheGlossaryEndsIt() throws {
        var request = HandoutRequest(collectionID: "newly-diagnosed", date: Self.date)
        request.details = try PersonalDetails(["patient.name": "Zebedee Quartermain", "nurse.name": "Sam Patel"], source: "test")
        let (pages, handout) = try brf(request)
        let first = BackTranslation.print(pages.pages[0].dropFirst().joined(separator: " ")).lowercased()
        #expect(first.contains("prepared for: zebedee quartermain"), "\(first)")
        #expect(first.contains("sam patel"))
        #expect(!handout.glossary.isEmpty)
        let glossaryStart = try #require(pages.pages.firstIndex { page in
            BackTranslation.print(page[1].trimmingCharacters(in: .whitespaces)) == handout.strings.glossary
        }, "the glossary starts a page")
        // The About page, which lists the topics' review dates, ends the copy after the glossary.
        let aboutStart = try #require(pages.pages.firstIndex { page in
            BackTranslation.print(page[1].trimmingCharacters(in: .whitespaces)) == handout.about?.title
        }, "the About page starts a page")
        #expect(aboutStart > glossaryStart)
        let rest = pages.pages[glossaryStart..<aboutStart].flatMap { $0.dropFirst() }.joined(separator: " ")
        let read = BackTranslation.print(rest).lowercased()
        for entry in handout.glossary {
            #expect(read.contains(entry.term.lowercased()), "\(entry.term) in the glossary")
        }
        let lastTopic = try #require(handout.sections.last)
        #expect(!read.contains(lastTopic.title.lowercased()), "nothing of the topics after the glossary")
    }

    @Test func longHandoutsListEachTopicWithTheBraillePageItStartsOn() throws {
        let (pages, handout) = try brf(HandoutRequest(collectionID: "full-booklet", date: Self.date))
        let contents = pages.pages[1]
        #expect(BackTranslation.print(contents[1].trimmingCharacters(in: .whitespaces)) == "Contents")
        let starts = Dictionary(pages.pages.enumerated().flatMap { index, page in
            page.dropFirst().map { (BackTranslation.print($0.trimmingCharacters(in: .whitespaces)).lowercased(), index + 1) }
        }, uniquingKeysWith: { first, _ in first })
        let entries = pages.pages.prefix(4).flatMap { $0.dropFirst() }.filter { $0.contains(" \"\" ") || $0.contains("\"\" #") }
        #expect(entries.count >= handout.sections.count)
        for section in handout.sections.prefix(5) {
            let page = try #require(starts[section.title.lowercased()], "'\(section.title)' has a heading line")
            let listed = entries.contains { line in
                line.hasSuffix(" #" + Self.letters(page)) && line.count == 40
            }
            #expect(listed, "'\(section.title)' listed with page \(page)")
        }
    }

    @Test func cellsAndLinesComeFromTheLayout() throws {
        let layout = try LayoutFile.standard(braille: "braille:\n  cells: 32\n  lines: 20\n")
        let (pages, _) = try brf(HandoutRequest(topicIDs: ["tace", "sirt"], layout: layout.path, date: Self.date))
        for page in pages.pages {
            #expect(page.count == 20)
            #expect(page.allSatisfy { $0.count <= 32 })
            #expect(page[0].count == 32)
        }
    }
}

/// A copy of the standard layout with extra YAML, in a temporary folder.
enum LayoutFile {
    static func standard(braille yaml: String) throws -> URL {
        let standard = try String(contentsOf: Repository.layouts.appendingPathComponent("standard.yaml"), encoding: .utf8)
        let url = try Repository.temporaryFolder().appendingPathComponent("braille.yaml")
        try (standard + "\n" + yaml).write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
