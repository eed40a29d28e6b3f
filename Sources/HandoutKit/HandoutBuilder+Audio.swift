import Document
import Foundation
import Speech

extension HandoutBuilder {
    /// The MP3 of `request`: its composed handout read aloud (see docs/audio.md). Nothing is
    /// returned, and so nothing written, unless the whole recording succeeds.
    func recording(_ request: HandoutRequest) throws -> BuiltHandout {
        do {
            let rate = request.speakingRate ?? SpeechOptions.defaultRate
            guard RequestField.speakingRateRule.check(Double(rate)) != nil else {
                throw HandoutError("speaking-rate must be \(RequestField.speakingRateRule.requirement)")
            }
            let options = SpeechOptions(rate: rate)
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
