import Foundation
import Hummingbird

extension Request {
    /// Whether the body is of media type `type`: compared by type and subtype, which Hummingbird's
    /// `MediaType` reads case-insensitively, with parameters allowed (`APPLICATION/JSON; charset=utf-8`).
    func sends(_ type: MediaType) -> Bool {
        headers[.contentType].flatMap { MediaType(from: $0) }.map { $0.isExactly(type) } ?? false
    }

    /// Whether `Accept` names `type` itself (a wildcard like `*/*` does not count).
    func accepts(_ type: MediaType) -> Bool {
        (headers[.accept] ?? "").split(separator: ",").contains { entry in
            MediaType(from: entry.trimmingCharacters(in: .whitespaces)).map { $0.isExactly(type) } ?? false
        }
    }
}

extension MediaType {
    fileprivate func isExactly(_ other: MediaType) -> Bool { type == other.type && subType == other.subType }
}
