/// A worksheet table (ListObject) from xl/tables/tableN.xml.
///
///     #expect(sheet.tables.first?.columnNames == ["Queue", "Offered", "Answered", "Abandoned"])
public struct XlsxTable: Sendable, Equatable {
    /// The internal `name`.
    public let name: String
    /// The name formulas use (`displayName`).
    public let displayName: String
    /// The range including header and totals rows ("A1:D6").
    public let reference: String
    /// The `<tableColumn name>` values in order.
    public let columnNames: [String]
    /// Whether the table has its own `<autoFilter>` (filter buttons).
    public let hasAutoFilter: Bool
    /// `<tableStyleInfo name>` ("TableStyleMedium9"); nil when unstyled.
    public let styleName: String?
    /// False when `headerRowCount="0"`.
    public let hasHeaderRow: Bool
    /// True when `totalsRowCount` is above 0.
    public let hasTotalsRow: Bool

    public init(
        name: String, displayName: String, reference: String, columnNames: [String], hasAutoFilter: Bool,
        styleName: String?, hasHeaderRow: Bool = true, hasTotalsRow: Bool = false
    ) {
        self.name = name
        self.displayName = displayName
        self.reference = reference
        self.columnNames = columnNames
        self.hasAutoFilter = hasAutoFilter
        self.styleName = styleName
        self.hasHeaderRow = hasHeaderRow
        self.hasTotalsRow = hasTotalsRow
    }
}
