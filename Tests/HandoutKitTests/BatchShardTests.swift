import Testing
@testable import HandoutKit

/// `--shard auto`: each scheduler's variables, passed in as a dictionary.
@Suite struct BatchShardTests {
    func shard(_ environment: [String: String], shards: Int? = nil) throws -> BatchShard {
        try BatchShard.fromScheduler(environment: environment, shards: shards)
    }

    func message(_ environment: [String: String], shards: Int? = nil) -> String {
        do {
            return "no error: \(try shard(environment, shards: shards))"
        } catch {
            return HandoutError(error).message
        }
    }

    @Test func slurmCountsFromTheArraysFirstTaskWithItsCountOrMaximum() throws {
        let base = ["SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_COUNT": "4"]
        #expect(try shard(base.merging(["SLURM_ARRAY_TASK_ID": "0"]) { $1 }) == BatchShard(index: 1, count: 4))
        #expect(try shard(base.merging(["SLURM_ARRAY_TASK_ID": "3"]) { $1 }) == BatchShard(index: 4, count: 4))
        let fromOne = ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_MAX": "8"]
        #expect(try shard(fromOne) == BatchShard(index: 5, count: 8))
        let stepped = ["SLURM_ARRAY_TASK_ID": "20", "SLURM_ARRAY_TASK_MIN": "10", "SLURM_ARRAY_TASK_MAX": "40", "SLURM_ARRAY_TASK_STEP": "10"]
        #expect(try shard(stepped) == BatchShard(index: 2, count: 4))
    }

    @Test func slurmWithShardsReadsTheTaskIDAsAZeroBasedIndex() throws {
        // One task of a 0-3 array resubmitted alone: Slurm then says MIN = MAX = 2, COUNT = 1.
        let alone = ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_MIN": "2", "SLURM_ARRAY_TASK_MAX": "2", "SLURM_ARRAY_TASK_COUNT": "1"]
        #expect(try shard(alone, shards: 4) == BatchShard(index: 3, count: 4))
        #expect(try shard(alone) == BatchShard(index: 1, count: 1), "without --shards, the array is all there is")
        #expect(message(["SLURM_ARRAY_TASK_ID": "4"], shards: 4) == "--shard auto: SLURM_ARRAY_TASK_ID is 4, outside 0…3 for --shards 4")
    }

    @Test func slurmErrorsNameWhatIsMissing() {
        #expect(message(["SLURM_ARRAY_TASK_ID": "1"]) == "--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_MIN is not; give --shards N")
        #expect(
            message(["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_MIN": "0"])
                == "--shard auto: SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MAX is; give --shards N")
        #expect(message(["SLURM_ARRAY_TASK_ID": "x", "SLURM_ARRAY_TASK_MIN": "0"]) == "--shard auto: SLURM_ARRAY_TASK_ID must be a whole number of 0 or more")
        #expect(message(["SLURM_ARRAY_TASK_ID": "9", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_COUNT": "4"]).hasPrefix(
            "--shard auto: SLURM_ARRAY_TASK_ID 9 is not one of the 4 tasks"))
    }

    @Test func kubernetesAndAWSBatchAreZeroBasedAndNeedTheCount() throws {
        #expect(try shard(["JOB_COMPLETION_INDEX": "0"], shards: 3) == BatchShard(index: 1, count: 3))
        #expect(try shard(["JOB_COMPLETION_INDEX": "2"], shards: 3) == BatchShard(index: 3, count: 3))
        #expect(try shard(["AWS_BATCH_JOB_ARRAY_INDEX": "7"], shards: 10) == BatchShard(index: 8, count: 10))
        #expect(message(["JOB_COMPLETION_INDEX": "2"]) == "--shard auto: JOB_COMPLETION_INDEX is 2 but the number of shards is unknown; give --shards N")
        #expect(message(["AWS_BATCH_JOB_ARRAY_INDEX": "0"]).contains("AWS_BATCH_JOB_ARRAY_INDEX is 0 but the number of shards is unknown"))
        #expect(message(["JOB_COMPLETION_INDEX": "3"], shards: 3) == "--shard auto: JOB_COMPLETION_INDEX is 3, outside 0…2 for --shards 3")
        #expect(message(["JOB_COMPLETION_INDEX": "-1"], shards: 3) == "--shard auto: JOB_COMPLETION_INDEX must be a whole number of 0 or more")
    }

    @Test func noVariableOrTwoSchedulersAreErrors() {
        let none = message(["HOME": "/root"], shards: 4)
        #expect(none.contains("no array index in the environment"))
        #expect(none.contains("SLURM_ARRAY_TASK_ID") && none.contains("JOB_COMPLETION_INDEX") && none.contains("AWS_BATCH_JOB_ARRAY_INDEX"))
        #expect(message(["JOB_COMPLETION_INDEX": "1", "AWS_BATCH_JOB_ARRAY_INDEX": "1"], shards: 4)
            == "--shard auto: both JOB_COMPLETION_INDEX and AWS_BATCH_JOB_ARRAY_INDEX are set; give --shard K/N instead")
        #expect(message(["JOB_COMPLETION_INDEX": "0"], shards: 0) == "--shards must be at least 1")
    }

    @Test func writtenShardsAndTheirResultsFiles() {
        #expect(BatchShard("2/4") == BatchShard(index: 2, count: 4))
        #expect(BatchShard("0/4") == nil && BatchShard("5/4") == nil && BatchShard("2/") == nil && BatchShard("auto") == nil)
        #expect(BatchShard.resultsFileName(for: BatchShard(index: 2, count: 4)) == "results-2-of-4.jsonl")
        #expect(BatchShard.resultsFileName(for: nil) == "results.jsonl")
        #expect(BatchReport.isResultsFileName("results-2-of-4.jsonl") && BatchReport.isResultsFileName("results.jsonl"))
        #expect(!BatchReport.isResultsFileName("results-5-of-4.jsonl") && !BatchReport.isResultsFileName("results-02-of-4.jsonl"))
    }

    @Test func shardsPartitionEveryRowExactlyOnce() {
        for count in [1, 2, 3, 7, 103, 200] {
            let shards = (1...count).map { index in (0..<103).filter { BatchShard(index: index, count: count)!.contains(ordinal: $0) } }
            #expect(shards.flatMap { $0 }.sorted() == Array(0..<103), "\(count) shards")
            #expect(shards.map(\.count).max()! - shards.map(\.count).min()! <= 1, "balanced")
        }
    }
}
