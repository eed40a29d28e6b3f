import CCairo

extension Context {
    /// Saves the graphics state (transform, clip, colour) until the matching ``restore()``.
    public func save() throws {
        cairo_save(pointer)
        try check(cairo_status(pointer), "saving the graphics state")
    }

    /// Restores the graphics state saved by the last ``save()``.
    public func restore() throws {
        cairo_restore(pointer)
        forgetColorAndFont()
        try check(cairo_status(pointer), "restoring the graphics state")
    }

    /// The state restored may have another colour and font than the ones last set.
    func forgetColorAndFont() {
        currentColor = nil
        currentFont = nil
    }

    /// Moves the origin of user space by `x`, `y`.
    public func translate(x: Double, y: Double) throws {
        cairo_translate(pointer, x, y)
        try check(cairo_status(pointer), "translating")
    }

    /// Limits drawing to the rectangle (intersected with any clip already set), until ``restore()``.
    public func clip(x: Double, y: Double, width: Double, height: Double) throws {
        cairo_rectangle(pointer, x, y, width, height)
        cairo_clip(pointer)
        try check(cairo_status(pointer), "clipping")
    }

    /// Runs `body` between ``save()`` and ``restore()``; the state is restored even if it throws.
    public func withSavedState<Result>(_ body: () throws -> Result) throws -> Result {
        try save()
        do {
            let result = try body()
            try restore()
            return result
        } catch {
            cairo_restore(pointer)
            forgetColorAndFont()
            throw error
        }
    }
}
