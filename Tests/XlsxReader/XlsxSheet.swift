/// One worksheet as stored: cells with resolved values and styles, plus the sheet-level parts tests check.
///
///     let sheet = try file.sheet("Agents")
///     #expect(sheet.cell("A2")?.value == .text("Žemaitė"))
///     #expect(sheet.frozenRows == 1 && sheet.frozenColumns == 2)
public struct XlsxSheet: Sendable {
    /// The sheet's name in the workbook.
    public let name: String
    /// The package part it was read from ("xl/worksheets/sheet1.xml").
    public let partName: String
    /// Every `<c>` element by canonical reference ("B7"), including styled blanks.
    public let cells: [String: XlsxCell]
    /// `<pane ySplit>` of a frozen pane in the first sheet view; 0 when none.
    public let frozenRows: Int
    /// `<pane xSplit>` of a frozen pane in the first sheet view; 0 when none.
    public let frozenColumns: Int
    /// The worksheet's `<autoFilter ref>` ("A1:F20"); tables' own filters are in `tables`.
    public let autoFilter: String?
    /// 0-based column -> `<col width>` as stored (character widths including padding).
    public let columnWidths: [Int: Double]
    /// 0-based row -> `outlineLevel`, only for rows with a level above 0.
    public let rowOutlineLevels: [Int: Int]
    /// 0-based rows with `hidden="1"`.
    public let hiddenRows: Set<Int>
    /// `<mergeCell ref>` values in order ("A9:C9").
    public let mergedRanges: [String]
    /// Data validations in document order.
    public let dataValidations: [XlsxDataValidation]
    /// One entry per `<cfRule>`, in document order.
    public let conditionalFormats: [XlsxConditionalFormat]
    /// Tables from the sheet's `<tableParts>`, in order.
    public let tables: [XlsxTable]
    /// Charts in the sheet's drawing, in anchor order.
    public let charts: [XlsxChart]
    /// `<hyperlink ref>` -> target: the external URL, "URL#location", or the internal location ("Lists!A1").
    public let hyperlinks: [String: String]

    private let bounds: (maxRow: Int, maxColumn: Int)

    /// The largest 0-based row holding a cell; -1 for a sheet without cells.
    public var maxRow: Int { bounds.maxRow }
    /// The largest 0-based column holding a cell; -1 for a sheet without cells.
    public var maxColumn: Int { bounds.maxColumn }

    /// The cell at an A1 reference ("B7", "b7" and "$B$7" alike); nil when the sheet has no such `<c>`.
    public func cell(_ reference: String) -> XlsxCell? {
        if let cell = cells[reference] { return cell }
        guard let position = XlsxCellReference.coordinates(reference) else { return nil }
        return cell(row: position.row, column: position.column)
    }

    /// The cell at a 0-based position; nil when the sheet has no such `<c>`.
    public func cell(row: Int, column: Int) -> XlsxCell? {
        guard row >= 0, column >= 0 else { return nil }
        return cells[XlsxCellReference.reference(row: row, column: column)]
    }

    /// The 0-based index of column letters ("A" -> 0, "AA" -> 26); see `XlsxCellReference`.
    public static func columnIndex(_ letters: String) -> Int? {
        XlsxCellReference.columnIndex(letters)
    }

    /// The A1 reference of a 0-based position: (0, 0) -> "A1", column 26 -> "AA".
    public static func reference(row: Int, column: Int) -> String {
        XlsxCellReference.reference(row: row, column: column)
    }

    init(
        name: String, partName: String, cells: [String: XlsxCell], maxRow: Int, maxColumn: Int,
        frozenRows: Int, frozenColumns: Int, autoFilter: String?, columnWidths: [Int: Double],
        rowOutlineLevels: [Int: Int], hiddenRows: Set<Int>, mergedRanges: [String],
        dataValidations: [XlsxDataValidation], conditionalFormats: [XlsxConditionalFormat],
        tables: [XlsxTable], charts: [XlsxChart], hyperlinks: [String: String]
    ) {
        self.name = name
        self.partName = partName
        self.cells = cells
        self.bounds = (maxRow, maxColumn)
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.autoFilter = autoFilter
        self.columnWidths = columnWidths
        self.rowOutlineLevels = rowOutlineLevels
        self.hiddenRows = hiddenRows
        self.mergedRanges = mergedRanges
        self.dataValidations = dataValidations
        self.conditionalFormats = conditionalFormats
        self.tables = tables
        self.charts = charts
        self.hyperlinks = hyperlinks
    }
}
