import Workbook

/// The top of every coaching sheet: a title across the table, then explanatory lines.
enum CoachingSheetHeading {
    /// Writes the title in row 0 and one note per row below it; returns the first free row.
    static func write(title: String, notes: [String], on sheet: Worksheet, lastColumn: Int) throws -> Int {
        try sheet.merge(CellRange(rows: 0...0, columns: 0...lastColumn), value: .text(title), style: .title)
        var row = 1
        for note in notes {
            // Not merged: a merged cell clips its text at the table's edge, a lone cell runs on over empty neighbours.
            try sheet.write(.text(note), row: row, column: 0, style: ShiftPlanSheets.noteStyle)
            row += 1
        }
        return row
    }
}
