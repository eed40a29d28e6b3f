import Foundation
import HandoutKit
import HandoutTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HandoutServer

/// One end-to-end check in a real headless browser (Debian's chromium, driven by chromedriver):
/// open the form, tick topics, type a detail, press Download (PDF is the default format), and get a valid PDF.
@Suite struct BrowserTests {
    @Test(.timeLimit(.minutes(2))) func staffCanTickTopicsAndDownloadAPDF() async throws {
        let resources = try HandoutResources(root: Repository.root)
        let app = buildApplication(resources: resources, options: ServerOptions(port: 0))
        let downloads = try Repository.temporaryFolder()
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let browser = try await WebDriver(downloads: downloads)
            try await browser.open("http://127.0.0.1:\(port)/")
            #expect(try await browser.title() == "Make a patient handout")
            try await browser.click("#t-tace")
            try await browser.click("#t-sirt")
            try await browser.type("Zebedee Quartermain", into: "[id='d-patient.name']")
            try await browser.click("button:not([formaction])")
            var pdf: URL?
            for _ in 0..<100 where pdf == nil {
                try await Task.sleep(for: .milliseconds(200))
                pdf = try FileManager.default.contentsOfDirectory(atPath: downloads.path)
                    .first { $0.hasSuffix(".pdf") }.map { downloads.appendingPathComponent($0) }
            }
            try await browser.quit()
            let file = try #require(pdf, "the browser downloaded a PDF")
            #expect(file.lastPathComponent == "handout.pdf")
            #expect(try CommandLineTool.run("qpdf", ["--check", file.path]).status == 0)
            let text = try PDFTools.text(file)
            #expect(text.contains("Prepared for: Zebedee Quartermain"))
            #expect(text.contains("Chemoembolisation (TACE)") && text.contains("Selective internal radiotherapy (SIRT)"))
        }
    }
}
