/// How a column's text sits in its cells, from the GFM delimiter row (`:--`, `:-:`, `--:`).
public enum ColumnAlignment: Hashable, Sendable {
    /// `---` or `:--`: against the start of the line.
    case left
    case center
    case right
}

/// A GFM pipe table: a header row, body rows of the same number of cells, and each column's alignment.
public struct TableBlock: Hashable, Sendable {
    public var header: [[TextSpan]]
    public var rows: [[[TextSpan]]]
    public var alignments: [ColumnAlignment]

    public init(header: [[TextSpan]], rows: [[[TextSpan]]], alignments: [ColumnAlignment]) {
        self.header = header
        self.rows = rows
        self.alignments = alignments
    }

    /// The table as a list: one item per body row, a paragraph "header: value" for each cell (the
    /// header in bold). Clear-print guidance prefers this to a table squeezed into narrow
    /// columns; braille and audio read a table this way too.
    public var list: ListBlock {
        ListBlock(ordered: false, items: rows.map { row in
            row.enumerated().compactMap { column, cell -> Block? in
                guard !cell.isEmpty else { return nil }
                let name = header.indices.contains(column) ? header[column].map(\.text).joined() : ""
                return .paragraph((name.isEmpty ? [] : [TextSpan(name + ": ", style: .boldStyle)]) + cell)
            }
        })
    }
}
