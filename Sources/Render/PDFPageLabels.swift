/// The `/PageLabels` number tree for pages labelled as printed (ISO 32000-1, 12.4.2): each run of
/// consecutive numbers is one decimal range, any other label a prefix of its own.
enum PDFPageLabels {
    static func numberTree(_ labels: [String]) -> String {
        var ranges: [String] = []
        var previous: Int?
        for (index, label) in labels.enumerated() {
            guard let number = Int(label), number > 0, String(number) == label else {
                ranges.append("\(index) << /P \(PDFText.literal(label)) >>")
                previous = nil
                continue
            }
            if previous.map({ $0 + 1 }) != number { ranges.append("\(index) << /S /D /St \(number) >>") }
            previous = number
        }
        return "<< /Nums [ \(ranges.joined(separator: " ")) ] >>"
    }
}
