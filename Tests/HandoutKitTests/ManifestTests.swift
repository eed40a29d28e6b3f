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

    @Test func shardsPartitionEveryRowExactlyOnce() {
        let rows = (0..<103).map { ManifestRow(line: $0 + 2, output: "\($0).pdf", fields: [:]) }
        let manifest = Manifest(rows: rows, file: "m.csv")
        for count in [1, 2, 3, 7, 103, 200] {
            let shards = (1...count).map { manifest.shard($0, of: count).map(\.line) }
            #expect(shards.flatMap { $0 }.sorted() == rows.map(\.line), "\(count) shards")
            #expect(Set(shards.flatMap { $0 }).count == rows.count)
            #expect(shards.map(\.count).max()! - shards.map(\.count).min()! <= 1, "balanced")
        }
    }
}
