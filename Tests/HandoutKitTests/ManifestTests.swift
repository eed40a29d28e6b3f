import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

@Suite struct ManifestTests {
    @Test func csvQuotingCommasQuotesAndLineBreaks() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nplain,,end\n"
        var records: [CSVReader.Record] = []
        try CSVReader.forEachRecord(text, file: "m.csv") { records.append($0) }
        #expect(records == [
            .init(line: 1, fields: ["a", "b", "c"]),
            .init(line: 2, fields: ["x, y", "say \"hi\"", "two\nlines"]),
            .init(line: 5, fields: ["plain", "", "end"]),
        ])
    }

    @Test func brokenCSVNamesTheLine() {
        #expect(throws: HandoutError("m.csv:2: a quoted field is never closed")) {
            try CSVReader.forEachRecord("a\n\"open\n", file: "m.csv") { _ in }
        }
        #expect(throws: HandoutError("m.csv:1: a quote inside an unquoted field; put the whole field in quotes")) {
            try CSVReader.forEachRecord("ab\"c\n", file: "m.csv") { _ in }
        }
    }

    @Test func rowsKnowTheirLinesAndUnknownColumnsAreRefused() throws {
        let rows = try Manifest.csvRows("output,topics\na.pdf,tace\n\"b.pdf\",\"sirt\ntace\"\nc.pdf,ascites\n", file: "m.csv")
        #expect(rows.map(\.line) == [2, 3, 5])
        #expect(rows.map(\.output) == ["a.pdf", "b.pdf", "c.pdf"])
        #expect { try Manifest.csvRows("output,patient.nhs\na.pdf,1\n", file: "m.csv") } throws: { error in
            (error as? HandoutError)?.message.hasPrefix("m.csv:1: unknown column 'patient.nhs'") ?? false
        }
        #expect(throws: HandoutError("m.csv:2: 1 fields, but the header has 2")) {
            try Manifest.csvRows("output,topics\na.pdf\n", file: "m.csv")
        }
    }

    @Test func valuesRepeatedFromTheRowAboveReadBackAsWritten() throws {
        let rows = try Manifest.csvRows(
            "output,clinic.name,patient.name\na.pdf,\"Ward 5, Leeds\",Ann\nb.pdf,\"Ward 5, Leeds\",Bo\nc.pdf,Ward 6,Bo\n", file: "m.csv")
        #expect(rows.map(\.fields) == [
            ["output": "a.pdf", "clinic.name": "Ward 5, Leeds", "patient.name": "Ann"],
            ["output": "b.pdf", "clinic.name": "Ward 5, Leeds", "patient.name": "Bo"],
            ["output": "c.pdf", "clinic.name": "Ward 6", "patient.name": "Bo"],
        ])
    }

    @Test func jsonLinesRowsAcceptTopicListsAndNumbers() throws {
        let rows = try Manifest.jsonLinesRows(
            "{\"output\": \"a.pdf\", \"topics\": [\"tace\", \"sirt\"], \"body-size\": 18}\n\n{\"output\": \"b.pdf\", \"collection\": \"symptom-control\"}\n",
            file: "m.jsonl")
        #expect(rows.map(\.line) == [1, 3])
        #expect(rows[0].fields["topics"] == "tace sirt" && rows[0].fields["body-size"] == "18")
        #expect(throws: HandoutError("m.jsonl:1: not a JSON object")) { try Manifest.jsonLinesRows("[1]\n", file: "m.jsonl") }
    }

    @Test func aManifestFileIsReadInPiecesWithLinesCountedAcrossThem() throws {
        let folder = try Repository.temporaryFolder()
        let url = folder.appendingPathComponent("m.csv")
        let body = (1...500).map { "leaflet-\($0).pdf,\"tace\nsirt\",Ward \($0 % 3)" }.joined(separator: "\n")
        try ("output,topics,clinic.name\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
        var rows: [ManifestRow] = []
        let chunks = try TextChunks(url, name: "m.csv", blockSize: 100)
        try Manifest.forEachCSVRow(chunks.lazy.flatMap { $0 }, file: "m.csv") { rows.append($0) }
        #expect(rows.count == 500)
        #expect(rows.map(\.line) == (0..<500).map { 2 + 2 * $0 }, "each row takes two lines")
        #expect(rows[499].fields == ["output": "leaflet-500.pdf", "topics": "tace\nsirt", "clinic.name": "Ward 2"])
        var streamed = 0
        try Manifest(url, name: "m.csv").forEachRow { _ in streamed += 1 }
        #expect(streamed == 500)
    }

    @Test func invalidUTF8InAStreamedManifestNamesTheLine() throws {
        let url = try Repository.temporaryFolder().appendingPathComponent("m.jsonl")
        var data = Data("{\"output\": \"a.pdf\", \"topics\": \"tace\"}\n{\"output\": \"b.pdf\", \"topics\": \"".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        data.append(Data("\"}\n".utf8))
        try data.write(to: url)
        #expect(throws: HandoutError("m.jsonl:2: not valid UTF-8 text")) { try Manifest(url, name: "m.jsonl").forEachRow { _ in } }
        #expect(throws: HandoutError("missing.csv: file not found")) {
            try Manifest(url.deletingLastPathComponent().appendingPathComponent("missing.csv"), name: "missing.csv")
        }
    }
}
