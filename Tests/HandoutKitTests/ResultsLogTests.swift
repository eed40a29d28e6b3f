import Dispatch
import Foundation
import HandoutTestSupport
import Testing
@testable import HandoutKit

/// The results manifest: whole JSON lines, appended.
@Suite struct ResultsLogTests {
    @Test func entriesAreOneJSONLineEach() throws {
        let entry = ResultsEntry(line: 12, output: "a.pdf", status: .built, sha256: "ab", pages: 4, bytes: 100, input: "cd")
        let line = String(decoding: try entry.jsonLine(), as: UTF8.self)
        #expect(line == #"{"bytes":100,"input":"cd","line":12,"output":"a.pdf","pages":4,"sha256":"ab","status":"built"}"# + "\n")
        #expect(ResultsEntry(jsonLine: line.dropLast()) == entry)
        #expect(ResultsEntry(jsonLine: line.prefix(40)) == nil, "a torn line is not an entry")
    }

    @Test func threadsAppendWholeLinesAndACutLastLineIsEndedFirst() throws {
        let url = try Repository.temporaryFolder().appendingPathComponent("results.jsonl")
        try Data(#"{"line":1,"output":"a.pdf","status":"bu"#.utf8).write(to: url)  // a file cut short
        let log = try ResultsLog(url)
        DispatchQueue.concurrentPerform(iterations: 400) { index in
            try? log.append(ResultsEntry(line: index + 2, output: "\(index).pdf", status: .failed, error: "no topics and no collection"))
        }
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 402, "the torn line, 400 entries, and the empty string after the last line feed")
        #expect(lines.first == #"{"line":1,"output":"a.pdf","status":"bu"#)
        #expect(lines.last == "")
        var lineNumbers: [Int] = []
        try ResultsEntry.forEach(in: url) { lineNumbers.append($0.line) }
        #expect(lineNumbers.sorted() == Array(2...401), "every entry whole, the torn line skipped")
    }

    @Test func aMissingResultsFileHasNoEntries() throws {
        var count = 0
        try ResultsEntry.forEach(in: try Repository.temporaryFolder().appendingPathComponent("results.jsonl")) { _ in count += 1 }
        #expect(count == 0)
    }
}
