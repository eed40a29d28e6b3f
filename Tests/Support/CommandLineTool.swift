import Foundation

/// What a finished process printed and how it exited.
public struct ToolResult {
    public var status: Int32
    /// Standard output as bytes, for programs that print binary data.
    public var outputData: Data
    public var errors: String

    /// Standard output as text.
    public var output: String { String(decoding: outputData, as: UTF8.self) }
}

/// Runs programs the way a user would: pdftotext, pdfinfo, pdffonts, qpdf, or our own binary.
public enum CommandLineTool {
    /// Runs `program` (looked up on PATH unless it has a slash) with `arguments`.
    @discardableResult
    public static func run(
        _ program: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]
    ) throws -> ToolResult {
        let process = Process()
        if program.contains("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
        }
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolResult(
            status: process.terminationStatus, outputData: outputData,
            errors: String(decoding: errorData, as: UTF8.self))
    }
}

/// Reads PDFs with poppler and qpdf, as a user's tools see them.
public enum PDFTools {
    /// Writes `pdf` to a temporary file and returns its path.
    public static func save(_ pdf: Data) throws -> URL {
        let url = try Repository.temporaryFolder().appendingPathComponent("test.pdf")
        try pdf.write(to: url)
        return url
    }

    /// The text as pdftotext reads it, in reading order (`raw`: in the order it is drawn).
    public static func text(_ url: URL, layout: Bool = false, raw: Bool = false) throws -> String {
        try CommandLineTool.run("pdftotext", (layout ? ["-layout"] : []) + (raw ? ["-raw"] : []) + [url.path, "-"]).output
    }

    /// pdfinfo's fields, e.g. `Pages`, `Title`.
    public static func info(_ url: URL) throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try CommandLineTool.run("pdfinfo", [url.path]).output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// pdffonts' table rows, header lines dropped.
    public static func fonts(_ url: URL) throws -> [String] {
        try CommandLineTool.run("pdffonts", [url.path]).output.split(separator: "\n").dropFirst(2).map(String.init)
    }
}
