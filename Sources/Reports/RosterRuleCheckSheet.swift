import CivilTime
import Foundation
import Scheduling
import Workbook

/// The "Rule check" sheet: every working-time violation of the roster (person, day, rule, the law
/// it cites, the numbers) or one line saying there is none.
enum RosterRuleCheckSheet {
    static func add(to workbook: Workbook, violations: [RuleViolation], notes: [String], name: String) throws {
        let sheet = try workbook.addSheet(named: name)
        let lastColumn = 5
        try sheet.merge(CellRange(rows: 0...0, columns: 0...lastColumn), value: .text("Rule check: working-time violations"),
                        style: .title)
        var row = 1
        for note in notes {
            try sheet.merge(CellRange(rows: row...row, columns: 0...lastColumn), value: .text(note), style: ShiftPlanSheets.noteStyle)
            row += 1
        }
        row += 1
        guard !violations.isEmpty else {
            try sheet.write(.text("No working-time rule is broken."), row: row, column: 0, style: .bold)
            sheet.setColumnWidth(40, columns: 0...0)
            return
        }
        let headerRow = row
        try sheet.writeHeader(["Person", "Date", "End date", "Rule", "Citation", "Message"], row: headerRow)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
        sheet.freezePanes(rows: headerRow + 1)
        for (offset, violation) in violations.enumerated() {
            try sheet.writeRow([
                (.text(violation.person), .plain),
                (.number(ShiftPlanSheets.serial(violation.date, minutes: 0)), .date),
                (violation.endDate.map { .number(ShiftPlanSheets.serial($0, minutes: 0)) } ?? .blank, .date),
                (.text(violation.rule), .plain),
                (.text(violation.citation), .wrapped),
                (.text(violation.message), .wrapped),
            ], row: headerRow + 1 + offset)
        }
        sheet.setColumnWidth(14, columns: 0...3)
        sheet.setColumnWidth(30, columns: 4...4)
        sheet.setColumnWidth(60, columns: 5...5)
    }
}
