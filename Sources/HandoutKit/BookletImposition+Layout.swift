import Document
import PageModel

extension BookletImposition {
    /// The imposition a layout's `booklet:` section describes, for pages of `pages`.
    init(_ booklet: Layout.Booklet, pages: Layout.PageSetup) {
        let marks: PrintMarks.Kind =
            switch booklet.marks {
            case .none: .none
            case .fold: .fold
            case .crop: .crop
            }
        self.init(
            pageSize: Size(width: pages.width, height: pages.height),
            sheetSize: Size(width: booklet.sheetWidth, height: booklet.sheetHeight),
            paperThickness: booklet.paperThickness, marks: marks)
    }
}
