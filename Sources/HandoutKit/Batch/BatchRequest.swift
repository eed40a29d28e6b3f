import Document

extension ManifestRow {
    /// The request this row asks for, checked by ``HandoutRequestBuilder``. Errors name the row's
    /// line and the column, never its values.
    func request(file: String, defaultDate: CalendarDay, resources: HandoutResources? = nil) throws -> HandoutRequest {
        var builder = HandoutRequestBuilder(.manifest(file: file, line: line))
        for (column, value) in fields { try builder.set(named: column, .text(value)) }
        return try builder.request(defaultDate: defaultDate, resources: resources)
    }
}
