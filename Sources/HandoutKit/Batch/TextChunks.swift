import Document
import Foundation

/// Reads a file in pieces of whole lines, so that a file of any size is read in a little memory:
/// each piece ends just after a line feed (or at the end of the file), which keeps a CRLF pair and
/// every UTF-8 sequence inside one piece. The bytes are not checked: a manifest decodes them row by
/// row, so that one row of invalid UTF-8 is reported alone.
///
/// Iterating cannot throw, so a read error ends the pieces early and is kept in ``error``: check
/// it once the pieces are used up.
final class LineChunks: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private let name: String
    private let blockSize: Int
    private var pending = Data()
    private var atEnd = false
    private(set) var error: HandoutError?

    /// Opens `url`; `name` is how messages refer to it.
    init(_ url: URL, name: String, blockSize: Int = 1 << 16) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw HandoutError("\(name): file not found") }
        self.handle = handle
        self.name = name
        self.blockSize = blockSize
    }

    deinit { try? handle.close() }

    func next() -> Data? {
        guard error == nil else { return nil }
        while !atEnd, !pending.contains(UInt8(ascii: "\n")) {
            do {
                let block = try handle.read(upToCount: blockSize) ?? Data()
                if block.isEmpty { atEnd = true } else { pending.append(block) }
            } catch {
                self.error = HandoutError("\(name): the file could not be read")
                return nil
            }
        }
        guard !pending.isEmpty else { return nil }
        let end = atEnd ? pending.endIndex : pending.lastIndex(of: UInt8(ascii: "\n"))! + 1
        let piece = Data(pending[pending.startIndex..<end])
        pending = Data(pending[end...])
        return piece
    }
}

/// A text file in pieces of whole lines (see ``LineChunks``), each decoded as UTF-8; invalid
/// UTF-8 ends the pieces early, with the line in ``error``.
final class TextChunks: Sequence, IteratorProtocol {
    private let lines: LineChunks
    private let name: String
    /// The line the next piece starts on.
    private var line = 1
    private var decodingError: HandoutError?

    /// Opens `url`; `name` is how messages refer to it.
    init(_ url: URL, name: String, blockSize: Int = 1 << 16) throws {
        lines = try LineChunks(url, name: name, blockSize: blockSize)
        self.name = name
    }

    var error: HandoutError? { decodingError ?? lines.error }

    func next() -> String? {
        guard decodingError == nil, let piece = lines.next() else { return nil }
        guard let text = String(data: piece, encoding: .utf8) else {
            decodingError = HandoutError("\(name):\(line + Self.firstInvalidLine(piece)): not valid UTF-8 text")
            return nil
        }
        line += piece.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return text
    }

    /// How many lines into `piece` (0 for its first) the first invalid UTF-8 sequence is.
    private static func firstInvalidLine(_ piece: Data) -> Int {
        let lines = piece.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil } ?? 0
    }
}
