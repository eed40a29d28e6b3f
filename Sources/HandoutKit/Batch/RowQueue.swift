import Foundation

/// A manifest row on its way to a worker, with the line of an earlier row that already claimed
/// its output name, if any.
struct QueuedRow: Sendable {
    var row: ManifestRow
    var firstLineWithSameOutput: Int?
}

/// A bounded queue between the thread that reads the manifest and the workers: the reader
/// waits while it is full, so rows never pile up in memory ahead of the workers.
final class RowQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var rows: [QueuedRow] = []
    private var head = 0
    private var closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds `row`, waiting for room.
    func put(_ row: QueuedRow) {
        condition.withLock {
            while rows.count - head >= capacity { condition.wait() }
            if head > capacity {
                rows.removeFirst(head)
                head = 0
            }
            rows.append(row)
            condition.broadcast()
        }
    }

    /// The next row, waiting for one; nil once the queue is closed and empty.
    func take() -> QueuedRow? {
        condition.withLock {
            while head == rows.count, !closed { condition.wait() }
            guard head < rows.count else { return nil }
            defer { head += 1 }
            condition.broadcast()
            return rows[head]
        }
    }

    /// No more rows will come: workers finish what is queued, then stop.
    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }
}
