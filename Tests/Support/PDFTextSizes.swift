import Foundation

/// The sizes text is drawn at in a PDF, read from the pages' content streams as a PDF viewer reads them.
///
/// A glyph's size on the page is the font size set by `Tf` times the scale of the text matrix
/// (`Tm`) times the scale of the current transformation matrix (`cm`, saved and restored by `q`
/// and `Q`). cairo writes `1 Tf` and puts the point size in `Tm`, so all three have to be combined.
/// A matrix's scale is the square root of its determinant; translations (`Td`, `T*`) do not
/// change it. The streams come decoded from qpdf, so this reads exactly what is in the file,
/// unlike word heights from `pdftotext -bbox`, which depend on each font's ascent and descent.
public enum PDFTextSizes {
    /// What the content streams of one page draw text at.
    public struct PageText {
        /// The size in points of every text-showing operator (`Tj`, `TJ`, `'`, `"`), in order,
        /// outside figures.
        public var sizes: [Double]
        /// The same for the text of figures (marked content tagged `/Figure`): an SVG's labels,
        /// which are sized with the figure rather than with the body text.
        public var figureSizes: [Double] = []
        /// Form XObjects drawn (`Do`); their contents are not read, so a test should expect none.
        public var externalObjects: Int
    }

    /// The text sizes of every page of the PDF at `url`.
    public static func pages(_ url: URL) throws -> [PageText] {
        try contentObjects(url).map { objects in
            var text = ""
            for object in objects {
                text += try CommandLineTool.run("qpdf", ["--show-object=\(object)", "--filtered-stream-data", url.path]).output
                text += "\n"
            }
            return read(text)
        }
    }

    /// For each page, the object numbers of its content streams, from `qpdf --show-pages`.
    static func contentObjects(_ url: URL) throws -> [[Int]] {
        var pages: [[Int]] = []
        var inContents = false
        for line in try CommandLineTool.run("qpdf", ["--show-pages", url.path]).output.split(separator: "\n") {
            if line.hasPrefix("page ") {
                pages.append([])
                inContents = false
            } else if line.trimmingCharacters(in: .whitespaces) == "content:" {
                inContents = true
            } else if inContents, let number = line.split(separator: " ").first.flatMap({ Int($0) }) {
                pages[pages.count - 1].append(number)
            }
        }
        return pages
    }

    /// Reads one page's content stream.
    static func read(_ stream: String) -> PageText {
        struct State {
            var matrixScale = 1.0
            var fontSize = 0.0
        }
        var state = State()
        var saved: [State] = []
        var textMatrixScale = 1.0
        var operands: [Double] = []
        var names: [String] = []
        var markedContent: [Bool] = []
        var result = PageText(sizes: [], externalObjects: 0)
        func determinant(_ m: [Double]) -> Double { m.count >= 6 ? abs(m[m.count - 6] * m[m.count - 3] - m[m.count - 5] * m[m.count - 4]) : 1 }
        for token in tokens(stream) {
            if let number = Double(token) {
                operands.append(number)
                continue
            }
            switch token {
            case "q": saved.append(state)
            case "Q": state = saved.popLast() ?? State()
            case "cm": state.matrixScale *= determinant(operands).squareRoot()
            case "BT": textMatrixScale = 1
            case "Tm": textMatrixScale = determinant(operands).squareRoot()
            case "Tf": state.fontSize = operands.last ?? 0
            case "Tj", "TJ", "'", "\"":
                let size = state.fontSize * textMatrixScale * state.matrixScale
                if markedContent.contains(true) { result.figureSizes.append(size) } else { result.sizes.append(size) }
            case "BDC", "BMC": markedContent.append(names.first == "/Figure")
            case "EMC": _ = markedContent.popLast()
            case "Do": result.externalObjects += 1
            default: break
            }
            if token.hasPrefix("/") { names.append(token) }
            let isOperator = !token.hasPrefix("/") && !["[", "]", "(", "<", ">"].contains(where: token.hasPrefix)
            if isOperator { names = [] }
            if !token.hasPrefix("/"), !["[", "]", "(", "<"].contains(where: token.hasPrefix) { operands = [] }
        }
        return result
    }

    /// Splits a content stream into numbers, names, operators and (skipped-over) strings and arrays
    /// markers. Literal strings may nest brackets and escape them with a backslash.
    static func tokens(_ stream: String) -> [String] {
        let bytes = Array(stream.utf8)
        var tokens: [String] = []
        var index = 0
        let delimiters = Set("()<>[]{}/%".utf8)
        func isSpace(_ byte: UInt8) -> Bool { [0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00].contains(byte) }
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte) {
                index += 1
            } else if byte == UInt8(ascii: "%") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else if byte == UInt8(ascii: "(") {
                var depth = 0
                repeat {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    else if bytes[index] == UInt8(ascii: "(") { depth += 1 }
                    else if bytes[index] == UInt8(ascii: ")") { depth -= 1 }
                    index += 1
                } while depth > 0 && index < bytes.count
                tokens.append("(")
            } else if byte == UInt8(ascii: "<"), index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "<") {
                while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                index += 1
                tokens.append("<")
            } else if delimiters.contains(byte), byte != UInt8(ascii: "/") {
                tokens.append(String(decoding: [byte], as: UTF8.self))
                index += 1
            } else {
                let start = index
                index += 1
                while index < bytes.count, !isSpace(bytes[index]), !delimiters.contains(bytes[index]) { index += 1 }
                tokens.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }
        }
        return tokens
    }
}
