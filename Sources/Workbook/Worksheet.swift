import CXlsxWriter
import Foundation

/// One sheet of a ``Workbook``: cells, layout, filters, rules, tables and charts.
///
/// Rows and columns are 0-based, as in libxlsxwriter. Column widths follow the content
/// written (see ``setColumnWidth(_:columns:)`` to fix one instead).
public final class Worksheet {
    public let name: String
    let handle: UnsafeMutablePointer<lxw_worksheet>
    unowned let workbook: Workbook
    private var widthEstimator = ColumnWidthEstimator()
    private var fixedWidths: [Int: Double] = [:]
    private var hiddenColumns: Set<Int> = []
    private(set) var insertedCharts: [Chart] = []
    /// The last row and column written so far, or -1.
    public private(set) var lastRow = -1
    public private(set) var lastColumn = -1

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
    }

    // MARK: Cells

    /// Writes one value; dates, date-times and durations get a suitable number format when
    /// `style` has none.
    public func write(_ value: CellValue, row: Int, column: Int, style: CellStyle = .plain) throws(WorkbookError) {
        try workbook.requireOpen()
        guard CellReference.isInGrid(row: row, column: column) else {
            throw .cellOutOfRange(sheet: name, row: row, column: column)
        }
        let style = Self.effectiveStyle(for: value, style)
        let format = workbook.format(for: style)
        let zone = workbook.options.timeZone
        let r = lxw_row_t(row)
        let c = lxw_col_t(column)
        let cell = { CellReference.a1(row: row, column: column) }
        switch value {
        case .text(let text):
            try requireLength(text, row: row, column: column)
            try checkLibrary(worksheet_write_string(handle, r, c, text, format), "worksheet_write_string(\(name)!\(cell()))")
        case .number(let number):
            try requireFinite(number, row: row, column: column)
            try checkLibrary(worksheet_write_number(handle, r, c, number, format), "worksheet_write_number(\(name)!\(cell()))")
        case .date(let date):
            try checkLibrary(worksheet_write_number(handle, r, c, workbook.zoneOffsets.serial(date).rounded(.down), format),
                             "worksheet_write_number(\(name)!\(cell()))")
        case .dateTime(let date):
            try checkLibrary(worksheet_write_number(handle, r, c, workbook.zoneOffsets.serial(date), format),
                             "worksheet_write_number(\(name)!\(cell()))")
        case .duration(let seconds):
            try requireFinite(seconds, row: row, column: column)
            try checkLibrary(worksheet_write_number(handle, r, c, ExcelDate.durationSerial(seconds: seconds), format),
                             "worksheet_write_number(\(name)!\(cell()))")
        case .bool(let flag):
            try checkLibrary(worksheet_write_boolean(handle, r, c, flag ? 1 : 0, format), "worksheet_write_boolean(\(name)!\(cell()))")
        case .url(let url, let text):
            try checkLibrary(
                withOptionalCString(text) { worksheet_write_url_opt(handle, r, c, url, format, $0, nil) },
                "worksheet_write_url(\(name)!\(cell()))")
        case .formula(let formula):
            switch formula.cached {
            case .number(let number):
                try requireFinite(number, row: row, column: column)
                try checkLibrary(worksheet_write_formula_num(handle, r, c, formula.expression, format, number),
                                 "worksheet_write_formula(\(name)!\(cell()))")
            case .text(let text):
                try checkLibrary(worksheet_write_formula_str(handle, r, c, formula.expression, format, text),
                                 "worksheet_write_formula(\(name)!\(cell()))")
            case .bool(let flag):
                // Written as a number: libxlsxwriter 1.1.4 has no boolean formula result.
                try checkLibrary(worksheet_write_formula_num(handle, r, c, formula.expression, format, flag ? 1 : 0),
                                 "worksheet_write_formula(\(name)!\(cell()))")
            }
        case .blank:
            try checkLibrary(worksheet_write_blank(handle, r, c, format), "worksheet_write_blank(\(name)!\(cell()))")
        }
        widthEstimator.record(value, style: style, column: column, timeZone: zone)
        lastRow = max(lastRow, row)
        lastColumn = max(lastColumn, column)
    }

    /// Writes values left to right from `column`, all in one style.
    public func writeRow(_ values: [CellValue], row: Int, column: Int = 0, style: CellStyle = .plain) throws(WorkbookError) {
        for (offset, value) in values.enumerated() {
            try write(value, row: row, column: column + offset, style: style)
        }
    }

    /// Writes values left to right, each with its own style.
    public func writeRow(_ cells: [(CellValue, CellStyle)], row: Int, column: Int = 0) throws(WorkbookError) {
        for (offset, cell) in cells.enumerated() {
            try write(cell.0, row: row, column: column + offset, style: cell.1)
        }
    }

    /// Writes a header row in the header style.
    public func writeHeader(_ titles: [String], row: Int, column: Int = 0, style: CellStyle = .header) throws(WorkbookError) {
        try writeRow(titles.map { .text($0) }, row: row, column: column, style: style)
    }

    /// Merges a block of cells and writes one value into it.
    public func merge(_ range: CellRange, value: CellValue, style: CellStyle = .plain) throws(WorkbookError) {
        try workbook.requireOpen()
        try range.validate()
        let text: String
        switch value {
        case .text(let string): text = string
        default: text = ""
        }
        let format = workbook.format(for: style)
        try checkLibrary(
            worksheet_merge_range(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                  lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), text, format),
            "worksheet_merge_range(\(name)!\(range.a1))")
        if case .text = value {} else if value != .blank {
            try write(value, row: range.firstRow, column: range.firstColumn, style: style)
        }
        lastRow = max(lastRow, range.lastRow)
        lastColumn = max(lastColumn, range.lastColumn)
    }

    // MARK: Layout

    /// Fixes the width of columns (in characters of the default font) instead of following content.
    public func setColumnWidth(_ width: Double, columns: ClosedRange<Int>) {
        for column in columns { fixedWidths[column] = width }
    }

    public func hideColumns(_ columns: ClosedRange<Int>) {
        for column in columns { hiddenColumns.insert(column) }
    }

    /// Groups a row at an outline level (1-7) so hierarchies can be folded open and shut.
    /// In constant-memory mode call this before writing the row.
    public func setOutlineLevel(_ level: Int, row: Int, hidden: Bool = false, collapsed: Bool = false) throws(WorkbookError) {
        try workbook.requireOpen()
        guard (0...7).contains(level) else {
            throw .invalidDefinition("sheet '\(name)': outline level \(level) is outside 0-7")
        }
        guard CellReference.isInGrid(row: row, column: 0) else {
            throw .cellOutOfRange(sheet: name, row: row, column: 0)
        }
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: UInt8(level), collapsed: collapsed ? 1 : 0)
        try checkLibrary(worksheet_set_row_opt(handle, lxw_row_t(row), LXW_DEF_ROW_HEIGHT, nil, &options),
                         "worksheet_set_row_opt(\(name) row \(row + 1))")
    }

    /// Puts the outline's +/− buttons above groups, as an org chart reads (manager above reports).
    public func showOutlineSummaryAbove() {
        worksheet_outline_settings(handle, 1, 0, 1, 0)
    }

    /// Keeps the top `rows` and left `columns` in view while scrolling.
    public func freezePanes(rows: Int, columns: Int = 0) {
        worksheet_freeze_panes(handle, lxw_row_t(rows), lxw_col_t(columns))
    }

    /// Adds filter buttons to the header row of `range` (header row included in the range).
    public func autofilter(_ range: CellRange) throws(WorkbookError) {
        try workbook.requireOpen()
        try range.validate()
        try checkLibrary(
            worksheet_autofilter(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                 lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn)),
            "worksheet_autofilter(\(name)!\(range.a1))")
        widthEstimator.allowForFilterButtons(columns: range.firstColumn...range.lastColumn)
    }

    public func setTabColor(_ color: Color) { worksheet_set_tab_color(handle, color.libraryValue) }
    public func setLandscape() { worksheet_set_landscape(handle) }

    /// Prints the sheet `wide` pages across and as many pages down as it needs, repeating the
    /// header rows on every page: how managers print a table.
    public func setPrintLayout(landscape: Bool = true, pagesWide wide: Int = 1, repeatingRows rows: ClosedRange<Int>? = nil) throws(WorkbookError) {
        try workbook.requireOpen()
        if landscape { worksheet_set_landscape(handle) }
        worksheet_fit_to_pages(handle, UInt16(clamping: max(wide, 1)), 0)
        if let rows {
            try checkLibrary(worksheet_repeat_rows(handle, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
                             "worksheet_repeat_rows(\(name))")
        }
    }
    public func hide() { worksheet_hide(handle) }
    public func activate() { worksheet_activate(handle) }
    public func setZoom(percent: Int) { worksheet_set_zoom(handle, UInt16(min(max(percent, 10), 400))) }

    // MARK: Rules, tables and charts

    public func addConditionalFormat(_ rule: ConditionalFormat, to range: CellRange) throws(WorkbookError) {
        try workbook.requireOpen()
        try range.validate()
        var library = ConditionalFormatBuilder.make(rule, workbook: workbook)
        try checkLibrary(
            worksheet_conditional_format_range(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                               lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &library.value),
            "worksheet_conditional_format_range(\(name)!\(range.a1))")
        withExtendedLifetime(library.arena) {}
    }

    public func addValidation(_ validation: DataValidation, to range: CellRange,
                              inputTitle: String? = nil, inputMessage: String? = nil) throws(WorkbookError) {
        try workbook.requireOpen()
        try range.validate()
        let arena = CStringArena()
        var library = lxw_data_validation()
        switch validation {
        case .list(let source):
            try source.validate()
            library.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            library.value_formula = arena.copy("=" + source.formulaReference)
        case .wholeNumber(let bounds):
            library.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            library.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            library.minimum_number = Double(bounds.lowerBound)
            library.maximum_number = Double(bounds.upperBound)
        case .decimal(let bounds):
            library.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            library.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            library.minimum_number = bounds.lowerBound
            library.maximum_number = bounds.upperBound
        }
        library.input_title = arena.copy(inputTitle)
        library.input_message = arena.copy(inputMessage)
        try checkLibrary(
            worksheet_data_validation_range(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                            lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &library),
            "worksheet_data_validation_range(\(name)!\(range.a1))")
    }

    /// Adds an Excel table over cells already written (or about to be).
    public func addTable(_ table: TableDefinition) throws(WorkbookError) {
        try workbook.requireOpen()
        try TableBuilder.add(table, to: self)
        for (offset, header) in table.columnHeaders.enumerated() {
            widthEstimator.record(.text(header), style: .header, column: table.range.firstColumn + offset,
                                  timeZone: workbook.options.timeZone)
        }
        widthEstimator.allowForFilterButtons(columns: table.range.firstColumn...table.range.lastColumn)
        lastRow = max(lastRow, table.range.lastRow)
        lastColumn = max(lastColumn, table.range.lastColumn)
    }

    /// Places a chart with its top-left corner at the cell.
    public func insert(_ chart: Chart, row: Int, column: Int) throws(WorkbookError) {
        try workbook.requireOpen()
        guard CellReference.isInGrid(row: row, column: column) else {
            throw .cellOutOfRange(sheet: name, row: row, column: column)
        }
        let libraryChart = try ChartBuilder.make(chart, in: workbook)
        var options = lxw_chart_options()
        options.x_scale = chart.widthScale
        options.y_scale = chart.heightScale
        try checkLibrary(worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), libraryChart, &options),
                         "worksheet_insert_chart(\(name)!\(CellReference.a1(row: row, column: column)))")
        insertedCharts.append(chart)
    }

    // MARK: Finishing

    /// Sets the column widths collected while writing; called once when the workbook closes.
    func finish() throws(WorkbookError) {
        let columns = Set(fixedWidths.keys).union(widthEstimator.widths.keys).union(hiddenColumns)
        for column in columns.sorted() {
            let width = fixedWidths[column] ?? widthEstimator.finalWidth(column: column) ?? LXW_DEF_COL_WIDTH
            var options = lxw_row_col_options(hidden: hiddenColumns.contains(column) ? 1 : 0, level: 0, collapsed: 0)
            try checkLibrary(
                worksheet_set_column_opt(handle, lxw_col_t(column), lxw_col_t(column), width, nil, &options),
                "worksheet_set_column(\(name) column \(CellReference.columnLetters(column)))")
        }
    }

    private func requireLength(_ text: String, row: Int, column: Int) throws(WorkbookError) {
        // UTF-8 length bounds UTF-16 length from above: count UTF-16 only for long texts.
        guard text.utf8.count > 32_767 else { return }
        let length = text.utf16.count
        if length > 32_767 {
            throw .textTooLong(sheet: name, cell: CellReference.a1(row: row, column: column), length: length)
        }
    }

    private func requireFinite(_ number: Double, row: Int, column: Int) throws(WorkbookError) {
        guard number.isFinite else {
            throw .invalidValue(sheet: name, cell: CellReference.a1(row: row, column: column),
                                reason: "\(number) cannot be stored in Excel")
        }
    }

    static func effectiveStyle(for value: CellValue, _ style: CellStyle) -> CellStyle {
        guard style.numberFormat == nil else { return style }
        switch value {
        case .date: return style.with(numberFormat: "yyyy-mm-dd")
        case .dateTime: return style.with(numberFormat: "yyyy-mm-dd hh:mm")
        case .duration: return style.with(numberFormat: "[h]:mm:ss")
        case .url where style == .plain: return .hyperlink
        default: return style
        }
    }
}
