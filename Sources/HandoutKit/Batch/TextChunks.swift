import Document
import Foundation

/// Reads a text file in pieces of whole lines, so that a file of any size is read in a little
/// memory: each piece ends just after a line break (or at the end of the file), which keeps a
/// CRLF pair and every UTF-8 sequence inside one piece.
///
/// Iterating cannot throw, so a read error or invalid UTF-8 ends the pieces early and is kept
/// in ``error``: check it once the pieces are used up.
final class TextChunks: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private let name: String
    private let blockSize: Int
    private var pending = Data()
    private var atEnd = false
    /// The line the next piece starts on.
    private var line = 1
    private(set) var error: HandoutError?

    /// Opens `url`; `name` is how messages refer to it.
    init(_ url: URL, name: String, blockSize: Int = 1 << 20) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw HandoutError("\(name): file not found") }
        self.handle = handle
        self.name = name
        self.blockSize = blockSize
    }

    deinit { try? handle.close() }

    func next() -> String? {
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
        let piece = pending[pending.startIndex..<end]
        guard let text = String(data: piece, encoding: .utf8) else {
            error = HandoutError("\(name):\(line + Self.firstInvalidLine(piece)): not valid UTF-8 text")
            return nil
        }
        line += piece.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        pending = Data(pending[end...])
        return text
    }

    /// How many lines into `piece` (0 for its first) the first invalid UTF-8 sequence is.
    private static func firstInvalidLine(_ piece: Data) -> Int {
        let lines = piece.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil } ?? 0
    }
}
