/// An Excel table (Insert ▸ Table): banded rows, filter buttons and a name formulas can use.
public struct TableDefinition: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        case light(Int)
        case medium(Int)
        case dark(Int)
    }

    /// The table's name: letters, digits and underscores, starting with a letter.
    public var name: String
    /// The whole table including its header row.
    public var range: CellRange
    /// One header per column of `range`; the table writes them into the header row.
    public var columnHeaders: [String]
    public var style: Style
    public var bandedRows: Bool

    public init(name: String, range: CellRange, columnHeaders: [String], style: Style = .medium(2),
                bandedRows: Bool = true) {
        self.name = name
        self.range = range
        self.columnHeaders = columnHeaders
        self.style = style
        self.bandedRows = bandedRows
    }
}
