import Document
import Foundation
import Speech

extension HandoutBuilder {
    /// The MP3 of `request`: its composed handout read aloud (see docs/audio.md). Nothing is
    /// returned, and so nothing written, unless the whole recording succeeds.
    func recording(_ request: HandoutRequest) throws -> BuiltHandout {
        do {
            let options = SpeechOptions(rate: try request.speakingRate.map { try HandoutRequest.checkSpeakingRate($0, field: "the speaking rate") } ?? SpeechOptions.defaultRate)
            let spoken = try SpokenHandout(handout: try compose(request).handout, options: options)
            return BuiltHandout(format: .mp3, data: spoken.mp3, pageCount: 0, recording: (spoken.duration, spoken.chapters.count))
        } catch let error as SpeechError where error.place != nil {
            // A problem of the content (a topic's language has no voice): its own message.
            throw HandoutError(error.message)
        } catch {
            throw HandoutError(error)
        }
    }
}

extension HandoutRequest {
    /// The one check of a speaking rate from outside (the CLI's `--speaking-rate`, a manifest's
    /// `speaking-rate` column): words a minute within ``SpeechOptions/rateRange``. `field` names
    /// where the rate came from, for the error.
    @discardableResult
    public static func checkSpeakingRate(_ rate: Int, field: String) throws -> Int {
        let range = SpeechOptions.rateRange
        guard range.contains(rate) else {
            // The value is not repeated: a manifest cell may hold a patient's details in the wrong column.
            throw HandoutError("\(field) must be \(range.lowerBound) to \(range.upperBound) words a minute")
        }
        return rate
    }

    /// A speaking rate written as text (a manifest cell), checked as ``checkSpeakingRate(_:field:)`` does.
    public static func speakingRate(parsing text: String, field: String) throws -> Int {
        guard let rate = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw HandoutError("\(field) must be a whole number of words a minute")
        }
        return try checkSpeakingRate(rate, field: field)
    }
}
