import Document
import PageModel

extension BlockFlow {
    /// In clear print, a table cell is never narrower than about this many characters: a table
    /// that would need narrower cells is set as a list instead (see ``addTable(_:in:space:)``).
    static let narrowestCellCharacters = 12.0
    /// Body sizes from here up are large print, where a table may become a list.
    static let largePrintBodySize = 16.0

    /// Space inside a cell, left and right.
    var cellPaddingX: Double { 0.45 * style.bodySize }
    /// Space inside a cell, above and below its text.
    var cellPaddingY: Double { 0.3 * style.bodySize }

    /// Adds a table: columns as wide as their content asks (``TableColumns``), each cell's text
    /// broken by the line breaker and aligned as its column says, the header row tinted and
    /// repeated at the top of each page the table continues on. Tagged Table, THead and TBody,
    /// rows TR, header cells TH with /Scope /Column, others TD. One flow line per row, so the
    /// page breaks only between rows; a row taller than a page is split into one flow line per
    /// line of text, so it starts right under the header (never leaving the header alone at a
    /// page foot) and fills each page, and is tagged as one TR whose cells' content lies on each
    /// page it reaches.
    ///
    /// In large print, a table that would need cells narrower than ``narrowestCellCharacters``, or
    /// columns narrower than their widest word (or date, or phone number), is set as a list of its
    /// rows, each cell a "header: value" line (``TableBlock/list``).
    mutating func addTable(_ table: TableBlock, in frame: FlowFrame, space: Double) {
        let columns = table.alignments.count
        let cells = [table.header] + table.rows
        let measured = TableColumns(
            minimum: (0..<columns).map { column in cells.indices.map { row in cellWidth(cells, row, column, widest: true) }.max() ?? 0 },
            maximum: (0..<columns).map { column in cells.indices.map { row in cellWidth(cells, row, column, widest: false) }.max() ?? 0 })
        let widths = measured.widths(available: frame.width)
        let breaksWords = measured.minimum.reduce(0, +) > frame.width
        if style.bodySize >= Self.largePrintBodySize, let narrowest = widths.min(), breaksWords || narrowest - 2 * cellPaddingX < narrowestCell {
            add(.list(table.list), in: frame, space: space)
            return
        }
        let grid = TableGrid(frame: frame, widths: widths, alignments: table.alignments)
        let first = lines.count
        let header = setRow(table.header, header: true, grid: grid)
        append(FlowLine(
            height: header.height, spaceBefore: space, items: header.tagged, keepWithNext: true, band: frame.band))
        tag(.tableHead, from: first)
        let repeated = FlowLine(height: header.height, spaceBefore: 0, items: [.begin(.artifact(.repeatedTableHeader))] + header.drawn + [.end], keepWithNext: true)
        let body = lines.count
        let tallest = style.layout.page.height - style.layout.page.marginTop - style.layout.page.marginBottom - header.height
        for row in table.rows {
            let pieces = setRow(row, header: false, grid: grid).pieces(fitting: tallest)
            for (index, piece) in pieces.enumerated() {
                // A split row keeps its first two lines and its last two together.
                let keep = pieces.count > 1 && (index == 0 || index == pieces.count - 2)
                var line = FlowLine(height: piece.height, spaceBefore: 0, items: piece.tagged, keepWithNext: keep, band: frame.band)
                line.tableHeader = [repeated]
                append(line)
            }
        }
        tag(.tableBody, from: body)
        tag(.table, from: first)
    }

    /// The width of the text of a cell plus its padding: of its widest word, or of all of it on one line.
    private func cellWidth(_ cells: [[[TextSpan]]], _ row: Int, _ column: Int, widest: Bool) -> Double {
        guard cells[row].indices.contains(column) else { return 0 }
        let words = WordCollector(shaper: shaper).words(cells[row][column], style: cellStyle(header: row == 0))
        let text =
            widest
            ? words.map(\.width).max() ?? 0
            : words.reduce(0) { $0 + $1.width } + words.dropLast().reduce(0) { $0 + $1.spaceWidth }
        return text + 2 * cellPaddingX
    }

    /// About ``narrowestCellCharacters`` characters of body text.
    private var narrowestCell: Double {
        let alphabet = "abcdefghijklmnopqrstuvwxyz"
        let width = WordCollector(shaper: shaper).words([TextSpan(alphabet)], style: style.body).map(\.width).reduce(0, +)
        return width / Double(alphabet.count) * Self.narrowestCellCharacters
    }

    private func cellStyle(header: Bool) -> TextStyle {
        var cell = style.body
        cell.justify = false
        if header { cell.base = .boldStyle }
        return cell
    }

    /// A row's cells set in their columns, each cell's lines placed and aligned.
    private func setRow(_ row: [[TextSpan]], header: Bool, grid: TableGrid) -> SetRow {
        let cells = grid.widths.indices.map { column -> SetRow.Cell in
            let spans = row.indices.contains(column) ? row[column] : []
            let x = grid.x(of: column) + cellPaddingX
            let width = grid.widths[column] - 2 * cellPaddingX
            let paragraph = setter.set(spans, style: cellStyle(header: header), x: x, width: width)
            let lines = paragraph.lines.map { line in
                Self.aligned(line.items, grid.alignments[column], x: x, width: width)
            }
            return SetRow.Cell(lines: lines, lineHeight: paragraph.lineHeight)
        }
        return SetRow(
            cells: cells, header: header, paddingTop: cellPaddingY, paddingBottom: cellPaddingY, grid: grid, fill: header ? style.callout : nil,
            rule: header ? style.accent : style.muted)
    }

    /// `items` of one line moved so the line sits left, centred or right in `width` from `x`.
    static func aligned(_ items: [PageItem], _ alignment: ColumnAlignment, x: Double, width: Double) -> [PageItem] {
        guard alignment != .left else { return items }
        let right = items.reduce(x) { edge, item in
            if case let .text(run) = item { return max(edge, run.origin.x + run.width) }
            return edge
        }
        let spare = max(0, x + width - right)
        let shift = alignment == .right ? spare : spare / 2
        return items.map { $0.offsetBy(dx: shift, dy: 0) }
    }
}

/// Where a table's columns are: their left edges and widths in the frame, and their alignments.
struct TableGrid {
    var frame: FlowFrame
    var widths: [Double]
    var alignments: [ColumnAlignment]

    func x(of column: Int) -> Double { frame.x + widths[..<column].reduce(0, +) }
}

/// A table row with its cells set: the items it draws, tagged or not, and how to split it.
struct SetRow {
    struct Cell {
        /// Each line's items, y relative to the line's top.
        var lines: [[PageItem]]
        var lineHeight: Double
    }

    var cells: [Cell]
    var header: Bool
    /// Space above and below the text: a split row's has it only above its first piece and below its last.
    var paddingTop: Double
    var paddingBottom: Double
    var grid: TableGrid
    /// The header row's tint.
    var fill: Color?
    /// The rule under the row; nil under a piece of a split row other than the last.
    var rule: Color?
    /// Whether this is the rest of a row a page break split (see ``pieces(fitting:)``).
    var continuesPrevious = false

    var height: Double { (cells.map { Double($0.lines.count) * $0.lineHeight }.max() ?? 0) + paddingTop + paddingBottom }

    /// The row as structure: TR, then each cell TH (with its scope) or TD. The tint and rule are drawn first, outside it.
    var tagged: [PageItem] {
        let role: StructureRole = header ? .tableHeaderCell : .tableCell
        let attributes = header ? StructureAttributes(headerScope: .column) : .none
        var items = background + [.begin(.structure(.tableRow, StructureAttributes(continuesPrevious: continuesPrevious)))]
        for cell in cells {
            items += [.begin(.structure(role, attributes))] + placed(cell) + [.end]
        }
        return items + [.end]
    }

    /// The row drawn without structure: for the header repeated on a later page, an artifact.
    var drawn: [PageItem] { background + cells.flatMap(placed) }

    private func placed(_ cell: Cell) -> [PageItem] {
        cell.lines.enumerated().flatMap { index, items in
            items.map { $0.offsetBy(dx: 0, dy: paddingTop + Double(index) * cell.lineHeight) }
        }
    }

    private var background: [PageItem] {
        let left = grid.frame.x
        let right = left + grid.widths.reduce(0, +)
        let thickness = header ? 1.5 : 0.75
        var items: [PageItem] = []
        if let fill { items.append(.box(Rect(x: left, y: 0, width: right - left, height: height), fill: fill)) }
        if let rule {
            items.append(.rule(
                from: Point(x: left, y: height - thickness / 2), to: Point(x: right, y: height - thickness / 2), width: thickness,
                color: rule))
        }
        return items
    }

    /// A row taller than `tallest` cut into one piece per line of text, each holding that line of
    /// every cell; each after the first is tagged as continuing the one before, so the PDF has one
    /// row. A row that fits is itself.
    func pieces(fitting tallest: Double) -> [SetRow] {
        let count = cells.map(\.lines.count).max() ?? 0
        guard height > tallest, count > 1 else { return [self] }
        return (0..<count).map { line in
            var part = self
            part.continuesPrevious = line > 0
            part.paddingTop = line == 0 ? paddingTop : 0
            part.paddingBottom = line == count - 1 ? paddingBottom : 0
            part.rule = line == count - 1 ? rule : nil
            part.cells = cells.map { cell in
                Cell(lines: cell.lines.indices.contains(line) ? [cell.lines[line]] : [], lineHeight: cell.lineHeight)
            }
            return part
        }
    }
}
