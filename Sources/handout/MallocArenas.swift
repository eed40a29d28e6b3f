import CMalloc

/// How many malloc arenas glibc may keep. By default each thread that allocates can get an arena
/// of its own, up to eight a core, and memory freed in one arena is kept for that arena alone: a
/// two-job batch ran with eleven, holding about 2 MB more than it used.
enum MallocArenas {
    /// Keeps at most `count` arenas; call before the threads start.
    static func limit(to count: Int) {
        mallopt(M_ARENA_MAX, Int32(clamping: max(1, count)))
    }
}
