import Document

/// The one place a request from outside is checked. Each front end (the command line, a batch
/// manifest row, the web form, a JSON body) only maps its syntax onto named values; this checks
/// every value once, against one rule per field (``RequestField/requirement(in:)``), with one
/// message per rule that names the field as the front end writes it and never repeats the value
/// (a manifest may hold a patient's name in the wrong column).
public struct HandoutRequestBuilder: Sendable {
    public let source: RequestSource
    /// The values given, trimmed; empty ones count as absent.
    private var texts: [RequestField: String] = [:]
    /// Personal details given one key at a time (manifest columns, form fields).
    private var detailValues: [String: String] = [:]
    /// Personal details already read whole (`--set` and `--data`, a JSON `details` object).
    private var details = PersonalDetails.none

    public init(_ source: RequestSource) { self.source = source }

    /// Sets `field` to `value`; a value of a kind the field does not take fails the field's rule.
    public mutating func set(_ field: RequestField, _ value: RequestValue) throws {
        guard field != .details, field.name(in: source.frontEnd) != nil else { throw unknownField() }
        guard let text = value.text(for: field, in: source.frontEnd) else { throw source.failure(field) }
        texts[field] = text.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Sets the field or personal detail called `name`, as the front end writes it.
    public mutating func set(named name: String, _ value: RequestValue) throws {
        if source.frontEnd == .manifest || source.frontEnd == .form, PersonalDetails.knownKeys.contains(name) {
            guard let text = value.text(for: nil, in: source.frontEnd) else {
                throw HandoutError(ContentError(file: detailsSource, key: name, "expected text"))
            }
            detailValues[name] = text ?? ""
            return
        }
        guard let field = RequestField(named: name, in: source.frontEnd) else { throw unknownField() }
        try set(field, value)
    }

    /// Adds details read whole; values set one by one take precedence.
    public mutating func add(_ details: PersonalDetails) { self.details = self.details.merging(details) }

    /// The error for a name that is not a field. The name is not repeated: it may be a value typed in the wrong place.
    public func unknownField() -> HandoutError {
        HandoutError(source.message("an unknown field; the fields are \(RequestField.names(in: source.frontEnd).joined(separator: ", "))"))
    }

    /// The checked request, dated `defaultDate` unless a date was given. With `resources`, the
    /// topics, collection and layout must also be ones they hold; without, only the form of every
    /// value is checked (the command line does that before loading anything).
    public func request(defaultDate: CalendarDay, resources: HandoutResources? = nil) throws -> HandoutRequest {
        let topics = (texts[.topics] ?? "").split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "," }).map(String.init)
        let collection = texts[.collection]
        guard !topics.isEmpty || collection != nil else {
            throw HandoutError(source.message("no topics and no collection: give \(source.name(.topics)) or \(source.name(.collection))"))
        }
        let format = try texts[.format].map { try OutputFormat(named: $0, field: source.message(source.name(.format))) } ?? .standard
        if let output = texts[.output] { try check(output: output, format: format) }
        let layout = texts[.layout] ?? "standard"
        if !source.frontEnd.takesLayoutFiles, HandoutResources.isLayoutPath(layout) { throw source.failure(.layout) }
        if let title = texts[.title], title.count > RequestField.maximumTitleLength || title.contains(where: \.isNewline) {
            throw source.failure(.title)
        }
        let speakingRate = try texts[.speakingRate].map { text in
            guard let rate = RequestField.speakingRateRule.value(text) else { throw source.failure(.speakingRate) }
            guard format == .mp3 else {
                throw HandoutError(source.message("\(source.name(.speakingRate)) is for audio: \(source.name(.format)) must be mp3"))
            }
            return Int(rate)
        }
        let request = HandoutRequest(
            topicIDs: topics, collectionID: collection, layout: layout, title: texts[.title],
            details: try personalDetails(), date: try day(.date) ?? defaultDate, cover: try flag(.cover),
            questionsPage: try flag(.questionsPage), bodySize: try number(.bodySize, Layout.bodySizeRule),
            imposition: try texts[.imposition].map { try Layout.Booklet.Imposition(rawValue: $0) ?? { throw source.failure(.imposition) }() },
            format: format, speakingRate: speakingRate)
        if let resources { try check(request, against: resources) }
        return request
    }

    /// Checks that what `request` names exists in `resources`; messages list what does (never the value).
    private func check(_ request: HandoutRequest, against resources: HandoutResources) throws {
        let content = resources.content
        let unknown = request.topicIDs.indices.filter { content.topic(request.topicIDs[$0]) == nil }.map { String($0 + 1) }
        if !unknown.isEmpty {
            let items = unknown.count == 1 ? "item \(unknown[0]) is not a topic id" : "items \(unknown.joined(separator: ", ")) are not topic ids"
            throw HandoutError(source.message("\(source.name(.topics)): \(items); \(source.frontEnd.topicListing) lists them"))
        }
        if let id = request.collectionID, content.collection(id) == nil {
            throw source.failure(.collection, content.collections.map(\.id).joined(separator: ", "))
        }
        if !HandoutResources.isLayoutPath(request.layout), !resources.layoutNames.contains(request.layout) {
            throw source.failure(.layout, resources.layoutNames.joined(separator: ", "))
        }
    }

    /// An output file name: with the format's extension and, in a manifest, without folders.
    private func check(output: String, format: OutputFormat) throws {
        try format.checkFileName(output, field: source.message(source.name(.output)))
        let plain = !output.hasPrefix(".") && !output.contains("/") && !output.contains("\\") && !output.contains(where: \.isNewline)
        if source.frontEnd == .manifest, !plain { throw source.failure(.output) }
    }

    private var detailsSource: String { source.place ?? source.frontEnd.rawValue }

    private func personalDetails() throws -> PersonalDetails {
        guard !detailValues.isEmpty else { return details }
        do { return details.merging(try PersonalDetails(detailValues, source: detailsSource)) } catch { throw HandoutError(error) }
    }

    private func day(_ field: RequestField) throws -> CalendarDay? {
        try texts[field].map { try CalendarDay($0) ?? { throw source.failure(field) }() }
    }

    private func flag(_ field: RequestField) throws -> Bool? {
        try texts[field].map { text in
            switch text.lowercased() {
            case "yes", "true": true
            case "no", "false": false
            default: throw source.failure(field)
            }
        }
    }

    private func number(_ field: RequestField, _ rule: NumberRule) throws -> Double? {
        try texts[field].map { try rule.value($0) ?? { throw source.failure(field) }() }
    }
}
