/// Reads RFC 4180 CSV: comma-separated fields, double quotes around fields that hold commas,
/// quotes or line breaks, and `""` for a quote inside them. Each record keeps the line it
/// starts on, so errors can name it.
enum CSVReader {
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    /// Hands each record of `text` to `body` as soon as it is read, so a long manifest is never
    /// held in memory; blank lines are skipped. `file` names the file in errors.
    static func forEachRecord(_ text: some Sequence<Character>, file: String, _ body: (Record) throws -> Void) throws {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var characters = text.makeIterator()
        func endRecord() throws {
            fields.append(field)
            if fields != [""] { try body(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
            afterQuote = false
        }
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where afterQuote:
                field.append("\"")
                quoted = true
                afterQuote = false
            case "\"" where field.isEmpty:
                quoted = true
            case "\"":
                throw HandoutError("\(file):\(line): a quote inside an unquoted field; put the whole field in quotes")
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n", "\r":
                try endRecord()
                line += 1
                recordLine = line
            default:
                guard !afterQuote else {
                    throw HandoutError("\(file):\(line): text after a closing quote; double quotes inside a field as \"\"")
                }
                field.append(character)
            }
        }
        guard !quoted else { throw HandoutError("\(file):\(recordLine): a quoted field is never closed") }
        try endRecord()
    }
}
