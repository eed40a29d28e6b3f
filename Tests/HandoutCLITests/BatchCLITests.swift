import Foundation
import HandoutTestSupport
import Testing

/// `handout batch --shard auto` and `handout batch-report`, run as a scheduler's task would.
@Suite struct BatchCLITests {
    let binary: String
    let work: URL

    init() throws {
        binary = try #require(HandoutBinary.path)
        work = try Repository.temporaryFolder()
        try FileManager.default.createDirectory(at: work.appendingPathComponent("out"), withIntermediateDirectories: true)
        try "output,topics\na.pdf,tace\nb.pdf,sirt\nc.pdf,unicorns\nd.pdf,ascites\n".write(
            to: work.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
    }

    func handout(_ arguments: [String], environment: [String: String] = [:]) throws -> ToolResult {
        try CommandLineTool.run(
            binary, arguments, in: work,
            environment: environment.merging(["HANDOUT_HOME": Repository.root.path]) { $1 })
    }

    @Test func autoShardsTakeTheirIndexFromTheSchedulerAndReportCoversThemAll() throws {
        let batch = ["batch", "m.csv", "--out-dir", "out", "--date", "2026-11-23", "--shard", "auto"]
        let missing = try handout(batch, environment: ["JOB_COMPLETION_INDEX": "0"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("JOB_COMPLETION_INDEX is 0 but the number of shards is unknown; give --shards N"))

        let first = try handout(batch + ["--shards", "2"], environment: ["JOB_COMPLETION_INDEX": "0"])
        #expect(first.status == 1, "row 4 (c.pdf) fails")
        #expect(first.errors.contains("m.csv:4: ") && first.errors.contains("'topics': item 1 is not a topic id"))
        #expect(first.output.contains("1 of 2 leaflets built, 1 failed"))
        #expect(first.output.contains("/out/results-1-of-2.jsonl\n"))

        var report = try handout(["batch-report", "out", "--manifest", "m.csv"])
        #expect(report.status == 1)
        #expect(report.output.hasPrefix("m.csv: 4 rows, 1 built, 1 failed, 2 missing\nfailed lines: 4\nmissing lines: 3, 5\n"))

        let slurm = ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_COUNT": "2"]
        let second = try handout(batch, environment: slurm)
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("2 of 2 leaflets built, 0 failed"))
        report = try handout(["batch-report", "out", "--manifest", "m.csv"])
        #expect(report.status == 1)
        #expect(report.output.hasPrefix("m.csv: 4 rows, 3 built, 1 failed, 0 missing\nfailed lines: 4\n"))

        try "output,topics\na.pdf,tace\nb.pdf,sirt\nc.pdf,ablation\nd.pdf,ascites\n".write(
            to: work.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        let retry = try handout(batch + ["--shards", "2", "--resume"], environment: ["AWS_BATCH_JOB_ARRAY_INDEX": "0"])
        #expect(retry.status == 0, "\(retry.errors)")
        #expect(retry.output.contains("1 of 2 leaflets built, 1 kept from an earlier run, 0 failed"))
        report = try handout(["batch-report", "out", "--manifest", "m.csv"])
        #expect(report.status == 0, "\(report.output)")
        #expect(report.output.hasPrefix("m.csv: 4 rows, 4 built, 0 failed, 0 missing\n"))
        let files = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("out").path).sorted()
        #expect(files == ["a.pdf", "b.pdf", "c.pdf", "d.pdf", "results-1-of-2.jsonl", "results-2-of-2.jsonl"])
    }

    @Test func shardsNeedsAutoAndReportNeedsTheManifest() throws {
        let wrong = try handout(["batch", "m.csv", "--out-dir", "out", "--shard", "1/2", "--shards", "2"])
        #expect(wrong.status != 0 && wrong.errors.contains("--shards goes with --shard auto"))
        let none = try handout(["batch-report", "out", "--manifest", "nothing.csv"])
        #expect(none.status == 1 && none.errors.contains("nothing.csv: file not found"))
    }
}
