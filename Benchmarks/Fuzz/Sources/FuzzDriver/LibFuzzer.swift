#if canImport(Glibc)
import Glibc
#endif

/// What libFuzzer calls with each input: its bytes, and a return value of 0.
public typealias FuzzInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzInput
) -> CInt

/// Hands the command line to libFuzzer and runs `test` on every input it makes, then exits.
///
/// SwiftPM links every executable with its own `main`, so the fuzz targets start libFuzzer
/// from their top-level code (with `LLVMFuzzerRunDriver`) instead of using libFuzzer's `main`.
public func runFuzzer(_ test: FuzzInput) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(llvmFuzzerRunDriver(&argc, &argv, test))
}

/// The input as text, with invalid UTF-8 repaired the way `String(decoding:)` does.
public func text(_ data: UnsafePointer<UInt8>?, _ count: Int) -> String {
    guard let data else { return "" }
    return String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
}

/// The input's bytes.
public func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
    guard let data else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: count))
}
