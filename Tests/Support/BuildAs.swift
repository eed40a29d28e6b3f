import HandoutKit

extension HandoutBuilder {
    /// `request` built in `format`, whatever format it named: how the format tests ask for
    /// braille, HTML or audio of a request made for print.
    public func build(_ request: HandoutRequest, as format: OutputFormat) throws -> BuiltHandout {
        var request = request
        request.format = format
        return try build(request)
    }
}
