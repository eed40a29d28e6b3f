import PageModel

/// The Info dictionary the post-step writes in place of cairo's, in the same terms as the XMP
/// packet (PDF/A requires the two to agree): cairo 1.16 writes dates PDF/A does not accept.
enum PDFInfo {
    static func entries(_ info: DocumentInfo) -> [(key: String, value: String)] {
        let date = pdfDate(info.date)
        return [
            ("/Title", info.title), ("/Subject", info.subject), ("/Creator", info.creator),
            ("/Producer", producer(info)), ("/CreationDate", date), ("/ModDate", date),
        ]
    }

    static func producer(_ info: DocumentInfo) -> String { "\(info.creator) with cairo and libqpdf" }

    /// `YYYY-MM-DD` as a PDF date at midnight UTC: `D:YYYYMMDD000000Z`.
    static func pdfDate(_ day: String) -> String { "D:" + day.filter(\.isNumber) + "000000Z" }

    /// `YYYY-MM-DD` as an XMP date at midnight UTC.
    static func xmpDate(_ day: String) -> String { day + "T00:00:00Z" }
}
