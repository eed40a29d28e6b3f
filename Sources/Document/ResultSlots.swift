import Foundation

/// One result per index, filled in by concurrent tasks (each writes its own slots) and read
/// when they are all done.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<Value, any Error>) {
        lock.withLock { slots[index] = result }
    }

    /// Every result, in index order; call once every slot is set.
    var all: [Result<Value, any Error>] {
        lock.withLock { slots.map { $0! } }
    }
}
