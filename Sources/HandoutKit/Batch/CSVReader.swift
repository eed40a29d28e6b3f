/// Reads RFC 4180 CSV: comma-separated fields, double quotes around fields that hold commas,
/// quotes or line breaks, and `""` for a quote inside them. Each record keeps the line it
/// starts on, so errors can name it.
enum CSVReader {
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    /// The records of `text`; blank lines are skipped. `file` names the file in errors.
    static func records(_ text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var characters = text.makeIterator()
        func endRecord() {
            fields.append(field)
            if fields != [""] { records.append(Record(line: recordLine, fields: fields)) }
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
                endRecord()
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
        endRecord()
        return records
    }
}
