import Foundation

/// PDF syntax for text the post-step writes into the catalog.
enum PDFText {
    /// `value` as a PDF text string: a literal for ASCII, else UTF-16BE with a byte order mark.
    static func literal(_ value: String) -> String {
        if value.allSatisfy(\.isASCII) {
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                .replacingOccurrences(of: ")", with: "\\)")
            return "(\(escaped))"
        }
        return "<FEFF" + value.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }
}
