import Cairo
import PageModel

extension PDFSurface {
    /// Writes the document's title, subject, creator and fixed dates into the PDF's Info dictionary.
    func writeMetadata(_ info: DocumentInfo) throws {
        try setMetadata(.title, info.title)
        try setMetadata(.subject, info.subject)
        try setMetadata(.creator, info.creator)
        try setMetadata(.createDate, "\(info.date)T00:00:00")
        try setMetadata(.modifyDate, "\(info.date)T00:00:00")
    }
}
