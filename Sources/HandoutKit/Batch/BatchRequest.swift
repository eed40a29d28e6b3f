import Document

extension ManifestRow {
    /// The request this row asks for. Errors name the row's line, never its values.
    func request(file: String, defaultDate: CalendarDay) throws -> HandoutRequest {
        let place = "\(file):\(line)"
        let fields = self.fields
        var format = OutputFormat.standard
        if let name = fields["format"], !name.isEmpty { format = try OutputFormat(named: name, field: "\(place): 'format'") }
        try format.checkFileName(output, field: "\(place): 'output'")
        guard Self.isPlainFileName(output) else {
            throw HandoutError("\(place): 'output' must be a file name without folders")
        }
        let topics = (fields["topics"] ?? "").split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "," }).map(String.init)
        let collection = fields["collection"].flatMap { $0.isEmpty ? nil : $0 }
        guard !topics.isEmpty || collection != nil else { throw HandoutError("\(place): no topics and no collection") }
        var date = defaultDate
        if let text = fields["date"], !text.isEmpty {
            guard let day = CalendarDay(text) else { throw HandoutError("\(place): 'date' must be \(CalendarDay.requirement)") }
            date = day
        }
        var cover: Bool?
        if let text = fields["cover"]?.lowercased(), !text.isEmpty {
            guard ["yes", "no", "true", "false"].contains(text) else { throw HandoutError("\(place): 'cover' must be yes or no") }
            cover = text == "yes" || text == "true"
        }
        var bodySize: Double?
        if let text = fields["body-size"], !text.isEmpty {
            guard let size = Layout.bodySizeRule.value(text) else {
                throw HandoutError("\(place): 'body-size' must be \(Layout.bodySizeRule.requirement)")
            }
            bodySize = size
        }
        let speakingRate = try fields["speaking-rate"].flatMap { $0.isEmpty ? nil : $0 }.map {
            try HandoutRequest.speakingRate(parsing: $0, field: "\(place): 'speaking-rate'")
        }
        let personal = fields.filter { PersonalDetails.knownKeys.contains($0.key) }
        let details: PersonalDetails
        do { details = try PersonalDetails(personal, source: place) } catch { throw HandoutError(error) }
        let layout = fields["layout"].flatMap { $0.isEmpty ? nil : $0 } ?? "standard"
        return HandoutRequest(
            topicIDs: topics, collectionID: collection, layout: layout,
            title: fields["title"].flatMap { $0.isEmpty ? nil : $0 }, details: details, date: date, cover: cover,
            bodySize: bodySize, format: format, speakingRate: speakingRate)
    }

    /// A name with no folder part, not hidden.
    static func isPlainFileName(_ name: String) -> Bool {
        !name.hasPrefix(".") && !name.contains("/")
            && !name.contains("\\") && !name.contains(where: { $0.isNewline })
    }
}
