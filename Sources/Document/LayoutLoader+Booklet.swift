extension LayoutLoader {
    /// Papers a booklet may be imposed on, in millimetres (portrait): the page sizes and A3.
    public static let sheets: [String: (width: Double, height: Double)] = papers.merging(["A3": (297, 420)]) { $1 }

    /// Paper a crop mark needs around the pages, in millimetres: a 3 mm gap and a 6 mm line.
    static let cropMarkRoom = 9.0

    /// Reads the `booklet:` section. The landscape sheet must hold two pages side by side,
    /// with room around them for crop marks if they are asked for.
    static func booklet(_ fields: YAMLFields, pages: Layout.PageSetup) throws -> Layout.Booklet {
        try fields.rejectUnknownKeys(allowed: ["imposition", "sheet", "paper-thickness", "marks"])
        let imposition = try fields.choice("imposition", from: Layout.Booklet.Imposition.allCases.map(\.rawValue))
        let sheet = try fields.choice("sheet", from: sheets.keys.sorted())
        let thickness = try fields.number("paper-thickness", paperThicknessRule)
        let marks = try fields.choice("marks", from: Layout.Booklet.Marks.allCases.map(\.rawValue))
        let millimetre = 72 / 25.4
        let paper = sheets[sheet]!
        let booklet = Layout.Booklet(
            imposition: Layout.Booklet.Imposition(rawValue: imposition)!, sheet: sheet,
            sheetWidth: paper.height * millimetre, sheetHeight: paper.width * millimetre,
            paperThickness: thickness * millimetre, marks: Layout.Booklet.Marks(rawValue: marks)!)
        let spareWidth = (booklet.sheetWidth - 2 * pages.width) / 2 / millimetre
        let spareHeight = (booklet.sheetHeight - pages.height) / 2 / millimetre
        guard spareWidth > -0.01, spareHeight > -0.01 else {
            throw fields.error("sheet", "two \(pages.paper) pages side by side do not fit on a landscape \(sheet) sheet; use one of \(fittingSheets(for: pages).joined(separator: ", "))")
        }
        if booklet.marks == .crop, min(spareWidth, spareHeight) < cropMarkRoom {
            throw fields.error("marks", "crop marks need \(Int(cropMarkRoom)) mm of paper around the pages, and two \(pages.paper) pages fill a landscape \(sheet) sheet; use marks: fold, or a larger sheet")
        }
        return booklet
    }

    /// The sheets that hold two pages of `pages` side by side, landscape.
    private static func fittingSheets(for pages: Layout.PageSetup) -> [String] {
        let pageWidth = pages.width * 25.4 / 72
        let pageHeight = pages.height * 25.4 / 72
        return sheets.filter { $0.value.height + 0.01 >= 2 * pageWidth && $0.value.width + 0.01 >= pageHeight }.keys.sorted()
    }
}
