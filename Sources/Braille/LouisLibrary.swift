import CLateLibraries.Louis

/// liblouis, opened the first time a handout is put into braille (see CLateLibraries), so that
/// other builds never map it.
enum LouisLibrary {
    /// liblouis's functions; nil when the library cannot be opened.
    static let functions: handout_louis? = withUnsafeTemporaryAllocation(of: handout_louis.self, capacity: 1) { slot in
        handout_louis_open(slot.baseAddress!) == nil ? slot[0] : nil
    }
}
