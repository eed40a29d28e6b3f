// Where a batch worker's time goes: one builder makes personalised handouts in one process, and
// the CPU time of each stage is reported in milliseconds per leaflet (the first handout, which
// fills the caches, is left out).
//
// Usage: swift run -c release stages [COUNT] [COLLECTION] [LAYOUT]
import Document
import Foundation
import HandoutKit

let arguments = Array(CommandLine.arguments.dropFirst())
let count = arguments.first.flatMap { Int($0) } ?? 300
let collection = arguments.count > 1 ? arguments[1] : "newly-diagnosed"
let layout = arguments.count > 2 ? arguments[2] : "standard"

/// CPU time of this thread, so other processes on the machine do not count.
func threadTime() -> Duration {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
}

let builder = HandoutBuilder(resources: try HandoutResources(root: try ResourceLocator.root()))
let date = CalendarDay("2026-11-23")!
var typesetting = Duration.zero
var rendering = Duration.zero
var pages = 0
var postStepBefore = Duration.zero
for row in 0...count {
    let details = try PersonalDetails(
        [
            "patient.name": "Patient \(row) Surname\(row * 7919 % 10007)", "clinic.name": "Liver Unit, Ward 5",
            "clinic.phone": "0113 496 0000", "nurse.name": "Sam Patel", "nurse.phone": "0113 496 0001",
        ], source: "row \(row)")
    let start = threadTime()
    let typeset = try builder.typeset(HandoutRequest(collectionID: collection, layout: layout, details: details, date: date))
    let typesetEnd = threadTime()
    let built = try builder.render(typeset)
    let end = threadTime()
    guard row > 0 else {
        postStepBefore = builder.postStepTime
        continue
    }
    typesetting += typesetEnd - start
    rendering += end - typesetEnd
    pages = built.pageCount
}
func perLeaflet(_ duration: Duration) -> String {
    let milliseconds = Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
    return String(format: "%.2f ms", milliseconds / Double(count))
}
print("\(count) leaflets of \(pages) pages (\(collection), \(layout)), CPU per leaflet:")
print("  typeset  \(perLeaflet(typesetting))")
print("  render   \(perLeaflet(rendering))")
let postStep = builder.postStepTime - postStepBefore
print("    of which the PDF/UA and PDF/A post-step \(perLeaflet(postStep))")
print("  total    \(perLeaflet(typesetting + rendering))")
let share = postStep / (typesetting + rendering) * 100
print(String(format: "  the post-step is %.1f%% of a leaflet's time (budget: under 15%%)", share))
