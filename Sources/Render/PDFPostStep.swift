import Foundation
import PDFConformance
import PageModel

/// Makes the PDF cairo wrote conform to its standard (``PDFStandard``), with libqpdf: one read
/// and one write in memory (the C++ in Sources/PDFConformance). It writes
///
/// - the catalog entries cairo cannot write (`/Lang`, `/ViewerPreferences`, `/PageLabels`),
/// - an Info dictionary and an XMP packet that agree (``PDFInfo``, ``XMPPacket``),
/// - the sRGB output intent (``ColorProfile``),
/// - `/Contents` and the print flag on every link, and a trailer `/ID` derived from the content,
/// - for a tagged reading copy: `/Tabs /S` on every page, the structure elements' attributes, page
///   artifacts' placeholder elements turned into artifacts of their kind, and `/Artifact` around
///   everything else drawn outside the structure.
///
/// See docs/pdf-conformance.md.
enum PDFPostStep {
    /// A structure element as the page model began it, with the attributes cairo 1.16 drops.
    struct Element: Equatable {
        var role: String
        var alternativeText: String?
        var language: String?
        var headerScope: String?
        /// `[x0, y0, x1, y1]` in PDF user space.
        var boundingBox: [Double]?
        /// For an artifact's placeholder: the artifact's property list entries (`/Type /Layout`).
        /// The element leaves the structure tree and its content becomes that artifact.
        var artifact: String?
        /// The element continues the one before it of its role (a table row a page break split):
        /// the post-step makes the two one element.
        var continuesPrevious = false
        /// Where the post-step finds it in cairo's file.
        var location: Location?
    }

    /// A structure element found from marked content: the element whose marked content has MCID
    /// `markedContent` on page `page` (from 0), then `levelsUp` parents above it.
    struct Location: Equatable {
        var page: Int
        var markedContent: Int
        var levelsUp: Int
    }

    /// What the post-step needs to know about the document beyond cairo's file.
    struct Request {
        var info: DocumentInfo
        var standard: PDFStandard
        /// Catalog entries, values in PDF syntax.
        var catalog: [(key: String, value: String)] = []
        /// What each link annotation says, in page order.
        var linkContents: [String] = []
        /// Every structure element in the order begun; empty for an untagged file.
        var elements: [Element] = []
        /// How many MCIDs cairo numbers on each page, checked against the parent tree.
        var markedContentCounts: [Int] = []
    }

    static func apply(_ request: Request, to pdf: Data) throws -> Data {
        let profile = try ColorProfile.sRGB.get()
        let xmp = Array(XMPPacket.make(request.info, standard: request.standard).utf8)
        var strings = CStrings()
        defer { strings.free() }
        let catalog = request.catalog.map { hc_entry(key: strings.add($0.key), value: strings.add($0.value)) }
        let info = PDFInfo.entries(request.info).map { hc_entry(key: strings.add($0.key), value: strings.add($0.value)) }
        let links: [UnsafePointer<CChar>?] = request.linkContents.map { UnsafePointer(strings.add($0)) }
        let elements = request.elements.map { element in
            let box = element.boundingBox ?? [0, 0, 0, 0]
            return hc_element(
                role: strings.add(element.role), alt: strings.addOptional(element.alternativeText),
                lang: strings.addOptional(element.language), scope: strings.addOptional(element.headerScope),
                has_bbox: element.boundingBox == nil ? 0 : 1, bbox: (box[0], box[1], box[2], box[3]),
                artifact: strings.addOptional(element.artifact), page: Int64(element.location?.page ?? -1),
                mcid: Int64(element.location?.markedContent ?? -1), levels_up: Int32(element.location?.levelsUp ?? 0),
                continues: element.continuesPrevious ? 1 : 0)
        }
        let counts = request.markedContentCounts
        let condition = strings.add(ColorProfile.sRGBCondition)
        // Every pointer in the C request stays valid for the whole call.
        var result = pdf.withUnsafeBytes { pdfBytes in
            profile.withUnsafeBytes { iccBytes in
                catalog.withUnsafeBufferPointer { catalog in
                    info.withUnsafeBufferPointer { info in
                        xmp.withUnsafeBufferPointer { xmp in
                            links.withUnsafeBufferPointer { links in
                                elements.withUnsafeBufferPointer { elements in
                                  counts.withUnsafeBufferPointer { counts in
                                    var cRequest = hc_request(
                                        pdf: pdfBytes.bindMemory(to: UInt8.self).baseAddress, pdf_length: pdfBytes.count,
                                        catalog: catalog.baseAddress, catalog_count: catalog.count,
                                        info: info.baseAddress, info_count: info.count,
                                        xmp: xmp.baseAddress, xmp_length: xmp.count,
                                        icc: iccBytes.bindMemory(to: UInt8.self).baseAddress, icc_length: iccBytes.count,
                                        output_condition: condition, link_contents: links.baseAddress,
                                        link_count: links.count, tagged: request.standard.isUniversallyAccessible ? 1 : 0,
                                        elements: elements.baseAddress, element_count: elements.count,
                                        marked_content_counts: counts.baseAddress, page_count: counts.count)
                                    return hc_conform(&cRequest)
                                  }
                                }
                            }
                        }
                    }
                }
            }
        }
        defer { hc_result_free(&result) }
        if let error = result.error { throw RenderError.postStepFailed(String(cString: error)) }
        return Data(bytes: result.data, count: result.length)
    }
}

/// C strings that live until `free()`.
private struct CStrings {
    private var pointers: [UnsafeMutablePointer<CChar>] = []

    mutating func add(_ text: String) -> UnsafeMutablePointer<CChar> {
        let pointer = strdup(text)!
        pointers.append(pointer)
        return pointer
    }

    mutating func addOptional(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        text.map { add($0) }
    }

    func free() {
        pointers.forEach { Foundation.free($0) }
    }
}
