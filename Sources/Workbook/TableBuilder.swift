import CXlsxWriter

/// Adds a ``TableDefinition`` through libxlsxwriter's table API.
enum TableBuilder {
    static func add(_ table: TableDefinition, to sheet: Worksheet) throws(WorkbookError) {
        let range = table.range
        try range.validate()
        guard range.rowCount >= 2 else {
            throw .invalidDefinition("table '\(table.name)' needs a header row and at least one data row")
        }
        guard table.columnHeaders.count == range.columnCount else {
            throw .invalidDefinition(
                "table '\(table.name)' has \(table.columnHeaders.count) headers for \(range.columnCount) columns")
        }
        guard let first = table.name.unicodeScalars.first, first.properties.isAlphabetic || first == "_",
              table.name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." }) else {
            throw .invalidDefinition("table name '\(table.name)' must start with a letter and hold only letters, digits, _ and .")
        }
        let arena = CStringArena()
        var columns = table.columnHeaders.map { header -> lxw_table_column in
            var column = lxw_table_column()
            column.header = arena.copy(header)
            return column
        }
        try columns.withUnsafeMutableBufferPointer { buffer throws(WorkbookError) in
            var pointers: [UnsafeMutablePointer<lxw_table_column>?] = (0..<buffer.count).map { buffer.baseAddress! + $0 }
            pointers.append(nil)
            var options = lxw_table_options()
            options.name = arena.copy(table.name)
            options.no_banded_rows = table.bandedRows ? 0 : 1
            switch table.style {
            case .light(let number):
                options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue)
                options.style_type_number = UInt8(clamping: number)
            case .medium(let number):
                options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
                options.style_type_number = UInt8(clamping: number)
            case .dark(let number):
                options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_DARK.rawValue)
                options.style_type_number = UInt8(clamping: number)
            }
            try pointers.withUnsafeMutableBufferPointer { columnPointers throws(WorkbookError) in
                options.columns = columnPointers.baseAddress
                try checkLibrary(
                    worksheet_add_table(sheet.handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                        lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &options),
                    "worksheet_add_table(\(sheet.name)!\(range.a1))")
            }
        }
    }
}
