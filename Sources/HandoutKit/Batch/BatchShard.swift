import Foundation

/// One shard of a batch: shard `index` (1-based) of `count` builds every `count`-th row of the
/// manifest starting at row `index`, so shards 1…`count` together build every row exactly once.
public struct BatchShard: Equatable, Sendable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// A shard from its index (1-based) and count; nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `K/N`, as written after `--shard`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the row at `ordinal` (0-based, counting every row of the manifest) is this shard's.
    public func contains(ordinal: Int) -> Bool { ordinal % count == index - 1 }

    /// The results manifest's name for a run of `shard`, or of a whole manifest when nil.
    public static func resultsFileName(for shard: BatchShard?) -> String {
        shard.map { "results-\($0.index)-of-\($0.count).jsonl" } ?? "results.jsonl"
    }
}

extension BatchShard {
    /// The variables that hold an array task's index, by scheduler.
    public static let slurmTask = "SLURM_ARRAY_TASK_ID"
    public static let kubernetesIndex = "JOB_COMPLETION_INDEX"
    public static let awsBatchIndex = "AWS_BATCH_JOB_ARRAY_INDEX"

    /// The shard a scheduler's array task runs, from `environment` (`--shard auto`).
    ///
    /// - Slurm: `SLURM_ARRAY_TASK_ID`, counted from `SLURM_ARRAY_TASK_MIN`, in steps of
    ///   `SLURM_ARRAY_TASK_STEP` when set; the count is `SLURM_ARRAY_TASK_COUNT`, or follows from
    ///   `SLURM_ARRAY_TASK_MAX`. With `shards`, the task ID is read as a 0-based index of `shards`
    ///   instead, as for the others: that is how one task of an array is resubmitted on its own.
    /// - Kubernetes Indexed Jobs: `JOB_COMPLETION_INDEX`, 0-based; the count is `shards`.
    /// - AWS Batch array jobs: `AWS_BATCH_JOB_ARRAY_INDEX`, 0-based; the count is `shards`.
    ///
    /// Errors name the variable or option that is missing or wrong.
    public static func fromScheduler(environment: [String: String], shards: Int?) throws -> BatchShard {
        if let shards, shards < 1 { throw HandoutError("--shards must be at least 1") }
        let found = [slurmTask, kubernetesIndex, awsBatchIndex].filter { environment[$0] != nil }
        guard let variable = found.first else {
            throw HandoutError(
                "--shard auto: no array index in the environment; expected \(slurmTask) (Slurm), \(kubernetesIndex) "
                    + "(Kubernetes Indexed Job) or \(awsBatchIndex) (AWS Batch array job); or give --shard K/N")
        }
        guard found.count == 1 else {
            throw HandoutError("--shard auto: both \(found[0]) and \(found[1]) are set; give --shard K/N instead")
        }
        let value = try number(variable, in: environment)
        if variable == slurmTask, shards == nil { return try slurmShard(id: value, environment: environment) }
        guard let shards else {
            throw HandoutError("--shard auto: \(variable) is \(value) but the number of shards is unknown; give --shards N")
        }
        guard let shard = BatchShard(index: value + 1, count: shards) else {
            throw HandoutError("--shard auto: \(variable) is \(value), outside 0…\(shards - 1) for --shards \(shards)")
        }
        return shard
    }

    private static func slurmShard(id: Int, environment: [String: String]) throws -> BatchShard {
        let minimum = "SLURM_ARRAY_TASK_MIN", maximum = "SLURM_ARRAY_TASK_MAX"
        let countName = "SLURM_ARRAY_TASK_COUNT", stepName = "SLURM_ARRAY_TASK_STEP"
        guard environment[minimum] != nil else {
            throw HandoutError("--shard auto: \(slurmTask) is set but \(minimum) is not; give --shards N")
        }
        let first = try number(minimum, in: environment)
        let step = environment[stepName] == nil ? 1 : try number(stepName, in: environment)
        guard step >= 1 else { throw HandoutError("--shard auto: \(stepName) must be at least 1") }
        let count: Int
        if environment[countName] != nil {
            count = try number(countName, in: environment)
        } else if environment[maximum] != nil {
            count = (try number(maximum, in: environment) - first) / step + 1
        } else {
            throw HandoutError("--shard auto: \(slurmTask) is set but neither \(countName) nor \(maximum) is; give --shards N")
        }
        let offset = id - first
        guard offset >= 0, offset % step == 0, let shard = BatchShard(index: offset / step + 1, count: count) else {
            throw HandoutError(
                "--shard auto: \(slurmTask) \(id) is not one of the \(count) tasks from \(minimum) \(first) in steps of \(step); "
                    + "give --shards N")
        }
        return shard
    }

    private static func number(_ variable: String, in environment: [String: String]) throws -> Int {
        guard let text = environment[variable], let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 0
        else {
            throw HandoutError("--shard auto: \(variable) must be a whole number of 0 or more")
        }
        return value
    }
}
