// Braille and HTML of the full booklet, warm: one builder makes each format RUNS times after
// one run that fills the caches, and the median wall time of a build (compose + write) is
// reported against the 50 ms target.
//
// Usage: swift run -c release formats [RUNS] [COLLECTION]   (or bash Benchmarks/formats.sh)
import Document
import Foundation
import HandoutKit

let arguments = Array(CommandLine.arguments.dropFirst())
let runs = arguments.first.flatMap { Int($0) } ?? 50
let collection = arguments.count > 1 ? arguments[1] : "full-booklet"
let target = 50.0

let builder = HandoutBuilder(resources: try HandoutResources(root: try ResourceLocator.root()))
let date = CalendarDay("2026-11-23")!
let details = try PersonalDetails(
    ["patient.name": "Pat Example", "clinic.name": "Liver Unit, Ward 5", "nurse.name": "Sam Patel", "nurse.phone": "0113 496 0001"],
    source: "benchmark")

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
}

var failed = false
for format in [OutputFormat.brf, .html] {
    let request = HandoutRequest(collectionID: collection, details: details, date: date, format: format)
    let first = try builder.build(request)
    var times: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<runs {
        let elapsed = try clock.measure { _ = try builder.build(request) }
        times.append(milliseconds(elapsed))
    }
    times.sort()
    let median = times[times.count / 2]
    let size = first.format.pageUnit.map { "\(first.pageCount) \($0)" } ?? "\(first.data.count / 1024) KB"
    print(String(format: "%@ of %@ (%@): median %.2f ms, fastest %.2f ms, slowest %.2f ms over %d warm runs — %@",
        format.rawValue, collection, size, median, times[0], times[times.count - 1], runs, median < target ? "under 50 ms" : "OVER 50 ms"))
    failed = failed || median >= target
}
exit(failed ? 1 : 0)
