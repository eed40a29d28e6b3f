import Foundation

/// Reads RFC 4180 CSV from bytes: comma-separated fields, double quotes around fields that hold
/// commas, quotes or line breaks, and `""` for a quote inside them. Lines may end in LF, CRLF or CR.
///
/// Each record keeps the line it starts on, so messages can name it. A broken record (a quote
/// inside an unquoted field, text after a closing quote, a quoted field never closed, text that is
/// not UTF-8) is handed on as a problem with its line, and reading resumes at the start of the
/// line after the one the broken record starts on: one bad row never hides the rows after it.
enum CSVReader {
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    /// Why a record could not be read, and the line it starts on.
    struct Problem: Error, Equatable {
        var line: Int
        var reason: String
    }

    /// Hands each record of the bytes in `pieces`, or the problem with it, to `body` as soon as it
    /// is read; only the record being read is held. Blank lines are skipped.
    static func forEachRecord(_ pieces: some Sequence<Data>, _ body: (Result<Record, Problem>) throws -> Void) rethrows {
        var reader = Reader(pieces: pieces.makeIterator())
        while let result = reader.next() { try body(result) }
    }

    private struct Reason: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    /// A cursor over the bytes, which it takes from the pieces as it needs them. CSV's structure
    /// is all ASCII, which never occurs inside a UTF-8 sequence, so fields are cut as bytes and
    /// decoded once they are whole.
    private struct Reader<Pieces: IteratorProtocol<Data>> {
        var pieces: Pieces
        /// The bytes from the start of the record being read (and what follows, as read so far).
        var buffer: [UInt8] = []
        var position = 0
        /// Where the record being read starts in `buffer`.
        var recordStart = 0
        var line = 1
        var atStart = true

        static var quote: UInt8 { UInt8(ascii: "\"") }
        static var comma: UInt8 { UInt8(ascii: ",") }
        static var newline: UInt8 { UInt8(ascii: "\n") }
        static var carriageReturn: UInt8 { UInt8(ascii: "\r") }

        init(pieces: Pieces) {
            self.pieces = pieces
        }

        /// The byte at `index`, reading more pieces if need be; nil at the end of the bytes.
        mutating func byte(_ index: Int) -> UInt8? {
            while index >= buffer.count {
                guard let piece = pieces.next() else { return nil }
                buffer += piece
            }
            return buffer[index]
        }

        /// The next record that is not blank, or the problem with it; nil at the end.
        mutating func next() -> Result<Record, Problem>? {
            if atStart {
                atStart = false
                if byte(0) == 0xEF, byte(1) == 0xBB, byte(2) == 0xBF { position = 3 }  // a byte-order mark
            }
            while true {
                // Forget the records already read, now and then, so the bytes held stay few.
                if position > 1 << 16 {
                    buffer.removeFirst(position)
                    position = 0
                }
                recordStart = position
                guard byte(position) != nil else { return nil }
                let startLine = line
                switch record() {
                case let .success(fields) where fields.count == 1 && fields[0].isEmpty: continue
                case let .success(fields):
                    guard let decoded = decode(fields) else {
                        return .failure(Problem(line: startLine, reason: "not valid UTF-8 text"))
                    }
                    return .success(Record(line: startLine, fields: decoded))
                case let .failure(reason):
                    resume(afterFirstLine: startLine)
                    return .failure(Problem(line: startLine, reason: reason.text))
                }
            }
        }

        /// Reads one record's fields as bytes, up to and including its line end.
        private mutating func record() -> Result<[[UInt8]], Reason> {
            var fields: [[UInt8]] = []
            while true {
                guard byte(position) == Self.quote else {
                    // An unquoted field: up to a comma or the line's end; no quotes inside.
                    let start = position
                    while let next = byte(position), !isFieldEnd(next) {
                        if next == Self.quote { return .failure(Reason("a quote inside an unquoted field; put the whole field in quotes")) }
                        position += 1
                    }
                    fields.append(Array(buffer[start..<position]))
                    if endField() { return .success(fields) }
                    continue
                }
                guard let field = quotedField() else { return .failure(Reason("a quoted field is never closed")) }
                fields.append(field)
                if let next = byte(position), !isFieldEnd(next) {
                    return .failure(Reason("text after a closing quote; double quotes inside a field as \"\""))
                }
                if endField() { return .success(fields) }
            }
        }

        /// Passes the comma or line end after a field; true when the record has ended.
        private mutating func endField() -> Bool {
            guard let next = byte(position) else { return true }
            position += 1
            if next == Self.comma { return false }
            if next == Self.carriageReturn, byte(position) == Self.newline { position += 1 }
            line += 1
            return true
        }

        /// A quoted field from its opening quote, `""` taken as one quote; nil if it never closes.
        private mutating func quotedField() -> [UInt8]? {
            position += 1
            var field: [UInt8] = []
            while let next = byte(position) {
                position += 1
                if next == Self.quote {
                    guard byte(position) == Self.quote else { return field }
                    position += 1
                } else if next == Self.newline || (next == Self.carriageReturn && byte(position) != Self.newline) {
                    line += 1
                }
                field.append(next)
            }
            return nil
        }

        /// Moves to the start of the line after the record's first line.
        private mutating func resume(afterFirstLine startLine: Int) {
            position = recordStart
            while let next = byte(position), !isLineEnd(next) { position += 1 }
            if let ending = byte(position) {
                position += 1
                if ending == Self.carriageReturn, byte(position) == Self.newline { position += 1 }
            }
            line = startLine + 1
        }

        private func isLineEnd(_ byte: UInt8) -> Bool { byte == Self.newline || byte == Self.carriageReturn }

        private func isFieldEnd(_ byte: UInt8) -> Bool { byte == Self.comma || isLineEnd(byte) }

        private func decode(_ fields: [[UInt8]]) -> [String]? {
            var decoded: [String] = []
            decoded.reserveCapacity(fields.count)
            for field in fields {
                guard let text = String(validating: field, as: UTF8.self) else { return nil }
                decoded.append(text)
            }
            return decoded
        }
    }
}
