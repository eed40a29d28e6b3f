// How much faster than real time a handout is read aloud and encoded: the full booklet,
// personalised, from the composed Document to the finished MP3 (espeak-ng, then LAME). The
// target is at least 20 times faster than real time. Wall-clock and CPU time are both shown:
// on a busy machine the CPU figure is the one to compare.
//
// Usage: swift run -c release speech [COLLECTION] [RATE]
import Document
import Foundation
import Speech

let arguments = Array(CommandLine.arguments.dropFirst())
let collectionID = arguments.first ?? "full-booklet"
let rate = arguments.count > 1 ? Int(arguments[1]) ?? SpeechOptions.defaultRate : SpeechOptions.defaultRate

func processTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let library = try ContentLibrary.load(from: root.appendingPathComponent("Content"))
guard let collection = library.collection(collectionID) else {
    print("no collection '\(collectionID)'")
    exit(1)
}
let details = try PersonalDetails(
    ["patient.name": "Pat Example", "clinic.name": "Liver Unit, Ward 5", "clinic.phone": "0113 496 0000",
     "nurse.name": "Sam Patel", "nurse.phone": "0113 496 0001", "appointment": "2026-12-08 at 10am"],
    source: "benchmark")

let wallStart = Date()
let cpuStart = processTime()
let handout = try Handout.compose(
    title: collection.title, topics: try library.topics(collection.topicIDs), glossary: library.glossary, details: details,
    cover: library.cover, date: CalendarDay("2026-11-23"))
let script = SpeechScript(handout: handout)
let spoken = try SpokenHandout(script: script, options: SpeechOptions(rate: rate))
let cpu = processTime() - cpuStart
let wall = Date().timeIntervalSince(wallStart)

let words = script.text.split(whereSeparator: \.isWhitespace).count
print("\(collectionID): \(script.chapters.count) chapters, \(words) words at \(rate) words a minute")
print(String(format: "audio %.1f min, MP3 %.1f MB", spoken.duration / 60, Double(spoken.mp3.count) / 1e6))
print(String(format: "wall %.2f s: %.1fx real time", wall, spoken.duration / wall))
print(String(format: "CPU  %.2f s: %.1fx real time", cpu, spoken.duration / cpu))
