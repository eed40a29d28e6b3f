import Foundation

/// The CPU time of the calling thread, so that other work on the machine does not count.
enum ThreadCPUClock {
    static var now: Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
