import Document
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

@Suite struct ManifestTests {
    /// The records of `text`, read in pieces of `pieceSize` bytes (all at once by default).
    func records(_ text: String, pieceSize: Int = .max) -> [Result<CSVReader.Record, CSVReader.Problem>] {
        let bytes = Data(text.utf8)
        let pieces = stride(from: 0, to: bytes.count, by: min(pieceSize, max(bytes.count, 1))).map {
            Data(bytes[$0..<min($0 + pieceSize, bytes.count)])
        }
        var records: [Result<CSVReader.Record, CSVReader.Problem>] = []
        CSVReader.forEachRecord(pieces) { records.append($0) }
        return records
    }

    @Test func csvQuotingCommasQuotesAndLineBreaks() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nplain,,end\n"
        #expect(records(text) == [
            .success(.init(line: 1, fields: ["a", "b", "c"])),
            .success(.init(line: 2, fields: ["x, y", "say \"hi\"", "two\nlines"])),
            .success(.init(line: 5, fields: ["plain", "", "end"])),
        ])
    }

    @Test func aBrokenRecordIsReportedByItsLineAndReadingResumesOnTheNextLine() {
        let text = "h\r\nab\"c\r\nok\r\n\"closed\"then text\r\n\"open, still\r\nnext\r\nlast\n"
        #expect(records(text) == [
            .success(.init(line: 1, fields: ["h"])),
            .failure(.init(line: 2, reason: "a quote inside an unquoted field; put the whole field in quotes")),
            .success(.init(line: 3, fields: ["ok"])),
            .failure(.init(line: 4, reason: "text after a closing quote; double quotes inside a field as \"\"")),
            .failure(.init(line: 5, reason: "a quoted field is never closed")),
            .success(.init(line: 6, fields: ["next"])),
            .success(.init(line: 7, fields: ["last"])),
        ])
        #expect(records(text, pieceSize: 3) == records(text), "the same when the bytes come in small pieces")
        // A quoted field that spans lines and then breaks: reading resumes inside it, on its second line.
        #expect(records("\"a\nb\"x\nc\n") == [
            .failure(.init(line: 1, reason: "text after a closing quote; double quotes inside a field as \"\"")),
            .failure(.init(line: 2, reason: "a quote inside an unquoted field; put the whole field in quotes")),
            .success(.init(line: 3, fields: ["c"])),
        ])
    }

    @Test func badRowsOfEveryKindBecomeRowsWithAProblemAndTheOthersAreRead() throws {
        var bytes = Array("output,topics,patient.name\r\na.pdf,tace,Zelda\r\nb.pdf,tace\r\nc.pdf,tace,\"Quimby\"x\r\nd.pdf,tace,".utf8)
        bytes += [0xC3, 0x28] + Array("\r\ne.pdf,sirt,Ann\r\n".utf8)
        let rows = try Manifest.csvRows(bytes, file: "m.csv")
        #expect(rows.map(\.line) == [2, 3, 4, 5, 6])
        #expect(rows.map(\.problem) == [
            nil, "2 fields, but the header has 3", "text after a closing quote; double quotes inside a field as \"\"",
            "not valid UTF-8 text", nil,
        ])
        #expect(rows.map(\.output) == ["a.pdf", "", "", "", "e.pdf"])
    }

    @Test func aBadHeaderStopsTheManifestAndNamesTheColumnByItsPlace() throws {
        #expect { try Manifest.csvRows(Array("output,Zelda Quimby\na.pdf,1\n".utf8), file: "m.csv") } throws: { error in
            let message = (error as? HandoutError)?.message ?? ""
            return message.hasPrefix("m.csv:1: column 2 of the header is not a known column") && !message.contains("Zelda")
        }
        #expect(throws: HandoutError("m.csv:1: the header row: a quote inside an unquoted field; put the whole field in quotes")) {
            try Manifest.csvRows(Array("out\"put\na.pdf\n".utf8), file: "m.csv")
        }
    }

    @Test func rowsKnowTheirLinesAndUnknownColumnsAreRefused() throws {
        let rows = try Manifest.csvRows(Array("output,topics\na.pdf,tace\n\"b.pdf\",\"sirt\ntace\"\nc.pdf,ascites\n".utf8), file: "m.csv")
        #expect(rows.map(\.line) == [2, 3, 5])
        #expect(rows.map(\.output) == ["a.pdf", "b.pdf", "c.pdf"])
        #expect { try Manifest.csvRows(Array("output,patient.nhs\na.pdf,1\n".utf8), file: "m.csv") } throws: { error in
            (error as? HandoutError)?.message.hasPrefix("m.csv:1: column 2 of the header is not a known column") ?? false
        }
    }

    @Test func valuesRepeatedFromTheRowAboveReadBackAsWritten() throws {
        let rows = try Manifest.csvRows(
            Array("output,clinic.name,patient.name\na.pdf,\"Ward 5, Leeds\",Ann\nb.pdf,\"Ward 5, Leeds\",Bo\nc.pdf,Ward 6,Bo\n".utf8), file: "m.csv")
        #expect(rows.map(\.fields) == [
            ["output": "a.pdf", "clinic.name": "Ward 5, Leeds", "patient.name": "Ann"],
            ["output": "b.pdf", "clinic.name": "Ward 5, Leeds", "patient.name": "Bo"],
            ["output": "c.pdf", "clinic.name": "Ward 6", "patient.name": "Bo"],
        ])
    }

    @Test func jsonLinesRowsAcceptTopicListsAndNumbers() throws {
        let rows = try Manifest.jsonLinesRows(
            Array("{\"output\": \"a.pdf\", \"topics\": [\"tace\", \"sirt\"], \"body-size\": 18}\n\n{\"output\": \"b.pdf\", \"collection\": \"symptom-control\"}\n".utf8),
            file: "m.jsonl")
        #expect(rows.map(\.line) == [1, 3])
        #expect(rows[0].fields["topics"] == "tace sirt" && rows[0].fields["body-size"] == "18")
    }

    @Test func everyBadJSONLineIsARowWithAProblemCRLFAndCoverTrueJustWork() throws {
        let lines = [
            #"{"output": "a.pdf", "topics": ["tace"], "cover": true}"#, "[1]", #"{"output": "c.pdf", "topics": "tace""#,
            #"{"output": "d.pdf", "topics": "tace", "patient.name": 7.5e1, "cover": "Zelda"}"#,
            #"{"output": "e.pdf", "topics": "tace", "Zelda Quimby": "x"}"#, #"{"output": "f.pdf", "topics": {"id": "tace"}}"#,
            #"{"output": "g.pdf", "topics": "tace", "body-size": true}"#, #"{"output": "h.pdf", "topics": "tace", "cover": false, "title": null}"#,
        ]
        var bytes = Array(lines.joined(separator: "\r\n").utf8) + Array("\r\n".utf8)
        bytes += Array(#"{"output": "i.pdf", "patient.name": ""#.utf8) + [0xFF] + Array("\"}\r\n".utf8)
        let rows = try Manifest.jsonLinesRows(bytes, file: "m.jsonl")
        #expect(rows.map(\.line) == Array(1...9))
        #expect(rows.map(\.problem) == [
            nil, "not a JSON object of text values (\"key\": \"value\")", "not valid JSON", nil,
            "an unknown field; the fields are \((Manifest.requestColumns + PersonalDetails.knownKeys).joined(separator: ", "))",
            "'topics' must be topic ids, separated by spaces, commas or semicolons", "'body-size' must be a number of points from 12 to 36", nil, "not valid UTF-8 text",
        ])
        #expect(rows[0].fields["cover"] == "yes" && rows[0].output == "a.pdf")
        #expect(rows[7].fields["cover"] == "no" && rows[7].fields["title"] == nil)
        // A number is written out as text; a cover of any other text is refused when the row is built.
        #expect(rows[3].fields["patient.name"] == "75" && rows[3].fields["cover"] == "Zelda")
        #expect(rows.compactMap(\.problem).allSatisfy { !$0.contains("Zelda") })
    }

    @Test func aManifestFileIsReadInPiecesWithLinesCountedAcrossThem() throws {
        let folder = try Repository.temporaryFolder()
        let url = folder.appendingPathComponent("m.csv")
        let body = (1...500).map { "leaflet-\($0).pdf,\"tace\nsirt\",Ward \($0 % 3)" }.joined(separator: "\n")
        try ("output,topics,clinic.name\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
        var rows: [ManifestRow] = []
        let chunks = try LineChunks(url, name: "m.csv", blockSize: 100)
        try Manifest.forEachCSVRow(chunks, file: "m.csv") { rows.append($0) }
        #expect(rows.count == 500)
        #expect(rows.map(\.line) == (0..<500).map { 2 + 2 * $0 }, "each row takes two lines")
        #expect(rows[499].fields == ["output": "leaflet-500.pdf", "topics": "tace\nsirt", "clinic.name": "Ward 2"])
        var streamed = 0
        try Manifest(url, name: "m.csv").forEachRow { _ in streamed += 1 }
        #expect(streamed == 500)
    }

    @Test func invalidUTF8InAStreamedManifestIsARowWithAProblem() throws {
        let url = try Repository.temporaryFolder().appendingPathComponent("m.jsonl")
        var data = Data("{\"output\": \"a.pdf\", \"topics\": \"tace\"}\n{\"output\": \"b.pdf\", \"topics\": \"".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        data.append(Data("\"}\n".utf8))
        try data.write(to: url)
        var rows: [ManifestRow] = []
        try Manifest(url, name: "m.jsonl").forEachRow { rows.append($0) }
        #expect(rows.map(\.line) == [1, 2] && rows.map(\.problem) == [nil, "not valid UTF-8 text"])
        #expect(throws: HandoutError("missing.csv: file not found")) {
            try Manifest(url.deletingLastPathComponent().appendingPathComponent("missing.csv"), name: "missing.csv")
        }
    }

    /// A batch reads its manifest twice, so a pipe would give its rows to the first pass only.
    @Test func aManifestThatIsNotARegularFileIsRefusedByName() throws {
        let folder = try Repository.temporaryFolder()
        let pipe = folder.appendingPathComponent("rows.csv")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        for url in [pipe, URL(fileURLWithPath: "/dev/null")] {
            let error = #expect(throws: HandoutError.self) { try Manifest(url, name: "rows.csv") }
            #expect(error?.message.contains("rows.csv: not a regular file") == true, "\(String(describing: error))")
        }
    }
}
