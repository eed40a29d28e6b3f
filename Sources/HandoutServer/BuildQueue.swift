/// Lets at most `running` builds go at once and up to `waiting` more wait their turn, in order;
/// a request beyond that is refused with 503 and `Retry-After` instead of piling up work.
actor BuildQueue {
    let running: Int
    let waiting: Int
    private(set) var active = 0
    private var queue: [CheckedContinuation<Void, Never>] = []

    /// Seconds a refused client is asked to wait before trying again.
    static let retryAfterSeconds = 5

    init(running: Int, waiting: Int) {
        self.running = max(1, running)
        self.waiting = max(0, waiting)
    }

    /// How many requests wait for a build.
    var waitingCount: Int { queue.count }

    /// Takes a build slot, waiting for one if need be; throws 503 when the queue is full.
    func enter() async throws {
        if active < running {
            active += 1
            return
        }
        guard queue.count < waiting else {
            throw RequestError(
                status: .serviceUnavailable, message: "the service is busy making other handouts; please try again in a few seconds",
                retryAfterSeconds: Self.retryAfterSeconds)
        }
        await withCheckedContinuation { queue.append($0) }
    }

    /// Gives the slot to the next waiting request, if any. Returns true when nothing is left running.
    @discardableResult
    func leave() -> Bool {
        if queue.isEmpty {
            active -= 1
            return active == 0
        }
        queue.removeFirst().resume()
        return false
    }
}
