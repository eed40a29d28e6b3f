import Document
import Foundation
import FuzzDriver
import HandoutKit
@testable import HandoutServer

/// The repository's content and layouts (four folders up from this file), loaded once, so that
/// requests are checked against the ids the service really offers.
let resources = try! HandoutResources(
    root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
let date = CalendarDay("2026-11-23")!

/// The input's first byte picks the form or JSON; the rest is a request body, read and checked
/// the way POST /handouts reads it, up to the build request and its download name.
runFuzzer { data, count in
    let input = bytes(data, count)
    guard let first = input.first else { return 0 }
    let body = Data(input.dropFirst())
    let form: HandoutForm?
    if first & 1 == 0 {
        form = String(data: body, encoding: .utf8).flatMap { try? HandoutForm(form: FormFields($0)) }
    } else {
        form = try? HandoutForm(json: body)
    }
    if let request = try? form?.request(date: date, resources: resources) {
        _ = HandoutForm.fileName(for: request)
    }
    return 0
}
