import Document
import FuzzDriver

/// One layout file, as `--layout FILE` reads it.
runFuzzer { data, count in
    _ = try? LayoutLoader.parse(text(data, count), file: "fuzz.yaml")
    return 0
}
