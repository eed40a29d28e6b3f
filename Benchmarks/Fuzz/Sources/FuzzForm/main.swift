import Document
import Foundation
import FuzzDriver
@testable import HandoutServer

/// The input's first byte picks the form or JSON; the rest is a request body, read and checked
/// the way POST /handouts reads it, up to the build request.
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
    _ = try? form?.request(date: CalendarDay("2026-11-23")!)
    _ = form?.fileName()
    return 0
}
