import CNettle
import Foundation

/// SHA-256 through GNU Nettle, fed in pieces.
struct SHA256Digest: ~Copyable {
    private var context = sha256_ctx()

    init() { nettle_sha256_init(&context) }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        nettle_sha256_update(&context, bytes.count, base.assumingMemoryBound(to: UInt8.self))
    }

    mutating func update(_ data: Data) { data.withUnsafeBytes { update($0) } }

    mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// Adds `text` preceded by its length, so that consecutive fields cannot run into each other.
    mutating func updateField(_ text: String) {
        update("\(text.utf8.count):")
        update(text)
    }

    /// The digest as 64 lowercase hex digits.
    consuming func hex() -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_SIZE))
        nettle_sha256_digest(&context, digest.count, &digest)
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    /// The SHA-256 of `data` in hex.
    static func hex(of data: Data) -> String {
        var digest = SHA256Digest()
        digest.update(data)
        return digest.hex()
    }
}
