/// A rectangular block of cells, optionally on a named sheet; rows and columns are 0-based.
///
/// ```swift
/// let calls = CellRange(sheet: "Intervals", rows: 1...48, columns: 2...2)
/// calls.formulaReference   // 'Intervals'!$C$2:$C$49
/// ```
public struct CellRange: Hashable, Sendable {
    public var sheet: String?
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(sheet: String? = nil, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.sheet = sheet
        self.firstRow = min(firstRow, lastRow)
        self.firstColumn = min(firstColumn, lastColumn)
        self.lastRow = max(firstRow, lastRow)
        self.lastColumn = max(firstColumn, lastColumn)
    }

    public init(sheet: String? = nil, rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.init(sheet: sheet, firstRow: rows.lowerBound, firstColumn: columns.lowerBound,
                  lastRow: rows.upperBound, lastColumn: columns.upperBound)
    }

    /// A single cell.
    public init(sheet: String? = nil, row: Int, column: Int) {
        self.init(sheet: sheet, firstRow: row, firstColumn: column, lastRow: row, lastColumn: column)
    }

    public var rowCount: Int { lastRow - firstRow + 1 }
    public var columnCount: Int { lastColumn - firstColumn + 1 }

    /// `B2:D9` (or `B2` for one cell), without a sheet: for formulas on the same sheet.
    public var a1: String {
        let start = CellReference.a1(row: firstRow, column: firstColumn)
        if rowCount == 1 && columnCount == 1 { return start }
        return start + ":" + CellReference.a1(row: lastRow, column: lastColumn)
    }

    /// `$B$2:$D$9`, without a sheet.
    public var absoluteA1: String {
        let start = CellReference.absolute(row: firstRow, column: firstColumn)
        if rowCount == 1 && columnCount == 1 { return start }
        return start + ":" + CellReference.absolute(row: lastRow, column: lastColumn)
    }

    /// `'Sheet name'!$B$2:$D$9`: what charts, validations and cross-sheet formulas need.
    public var formulaReference: String {
        guard let sheet else { return absoluteA1 }
        return SheetName.quotedForFormula(sheet) + "!" + absoluteA1
    }

    /// The same range on another sheet.
    public func on(sheet: String) -> CellRange {
        var copy = self
        copy.sheet = sheet
        return copy
    }

    func validate() throws(WorkbookError) {
        guard CellReference.isInGrid(row: firstRow, column: firstColumn),
              CellReference.isInGrid(row: lastRow, column: lastColumn) else {
            throw WorkbookError.invalidDefinition(
                "range (rows \(firstRow)-\(lastRow), columns \(firstColumn)-\(lastColumn)) is outside Excel's grid")
        }
    }
}
