@testable import Document
import FuzzDriver

/// One topic file: front matter, the body template, and its Markdown for a person with no details.
runFuzzer { data, count in
    guard let topic = try? TopicLoader().load(text(data, count), file: "fuzz.md", expectedID: "fuzz") else { return 0 }
    _ = try? topic.blocks(for: .none)
    return 0
}
