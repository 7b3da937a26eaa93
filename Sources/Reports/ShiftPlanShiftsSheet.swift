import CivilTime
import Foundation
import Scheduling
import Workbook

/// The "Shift plan" sheet: the notes and the optimiser's verdict, then one row per day and shift
/// variant (template, start, end, breaks, paid hours and cost per shift, shifts, paid hours and
/// cost in all) and a total line. Row totals and the total line are live formulas written with the
/// values Excel computes for them.
enum ShiftPlanShiftsSheet {
    enum Column: Int, CaseIterable {
        case date, weekday, template, start, end, breaks, paidHoursEach, costEach, shifts, paidHours, cost

        var letter: String { CellReference.columnLetters(rawValue) }
    }

    static let titles: [Column: String] = [
        .date: "Date", .weekday: "Day", .template: "Template", .start: "Start", .end: "End", .breaks: "Breaks",
        .paidHoursEach: "Paid hours per shift", .costEach: "Cost per shift", .shifts: "Shifts",
        .paidHours: "Paid hours", .cost: "Cost",
    ]

    static func add(to workbook: Workbook, plan: ShiftPlan, notes: [String], name: String) throws {
        let sheet = try workbook.addSheet(named: name)
        let lastColumn = Column.allCases.count - 1
        try sheet.merge(CellRange(rows: 0...0, columns: 0...lastColumn), value: .text("Shift plan"), style: .title)
        var row = 1
        for note in notes + verdict(plan) {
            try sheet.merge(CellRange(rows: row...row, columns: 0...lastColumn), value: .text(note),
                            style: ShiftPlanSheets.noteStyle)
            row += 1
        }
        row += 1
        let headerRow = row
        try sheet.writeHeader(Column.allCases.map { titles[$0]! }, row: headerRow)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
        sheet.freezePanes(rows: headerRow + 1)

        let hours = CellStyle().with(numberFormat: "#,##0.00")
        var totalShifts = 0.0, totalHours = 0.0, totalCost = 0.0
        for (offset, count) in plan.counts.enumerated() {
            let sheetRow = headerRow + 1 + offset
            let variant = count.variant
            let paidEach = ExcelNumber.stored(variant.paidHours)
            let costEach = ExcelNumber.stored(variant.cost)
            let shifts = Double(count.count)
            let paid = paidEach * shifts
            let cost = costEach * shifts
            totalShifts += shifts
            totalHours += paid
            totalCost += cost
            let excelRow = sheetRow + 1
            try sheet.writeRow([
                (.number(ShiftPlanSheets.serial(count.date, minutes: 0)), .date),
                (.text(count.date.weekday.shortName), .plain),
                (.text(variant.template), .plain),
                (.text(variant.start.description), .plain),
                (.text(TimeOfDay.text(variant.start.minutes + variant.lengthMinutes)), .plain),
                (.text(breaksText(variant)), .plain),
                (.number(paidEach), hours),
                (.number(costEach), hours),
                (.number(shifts), .integer),
                (.formula(Formula("=\(Column.paidHoursEach.letter)\(excelRow)*\(Column.shifts.letter)\(excelRow)",
                                  cached: .number(paid))), hours),
                (.formula(Formula("=\(Column.costEach.letter)\(excelRow)*\(Column.shifts.letter)\(excelRow)",
                                  cached: .number(cost))), hours),
            ], row: sheetRow)
        }
        let totalRow = headerRow + 1 + plan.counts.count
        let total = CellStyle.total
        func sum(_ column: Column, _ value: Double, _ format: String) -> (CellValue, CellStyle) {
            let formula = plan.counts.isEmpty ? "=0"
                : "=SUM(\(column.letter)\(headerRow + 2):\(column.letter)\(totalRow))"
            return (.formula(Formula(formula, cached: .number(value))), total.with(numberFormat: format))
        }
        var cells: [(CellValue, CellStyle)] = [(.text("Total"), total)]
        cells += Array(repeating: (CellValue.blank, total), count: Column.shifts.rawValue - 1)
        cells += [sum(.shifts, totalShifts, "#,##0"), sum(.paidHours, totalHours, "#,##0.00"), sum(.cost, totalCost, "#,##0.00")]
        try sheet.writeRow(cells, row: totalRow)
        sheet.setColumnWidth(12, columns: 0...0)
        sheet.setColumnWidth(20, columns: Column.template.rawValue...Column.template.rawValue)
        sheet.setColumnWidth(44, columns: Column.breaks.rawValue...Column.breaks.rawValue)
        sheet.setColumnWidth(12, columns: Column.paidHoursEach.rawValue...Column.cost.rawValue)
    }

    /// The optimiser's status, the cost and how far from the best possible the plan may be.
    static func verdict(_ plan: ShiftPlan) -> [String] {
        var line = "Optimiser (COIN-OR CBC): \(plan.status.rawValue)"
        line += plan.status == .optimal ? " (proven optimal)" : plan.status == .feasible
            ? " (the time limit or the requested gap stopped the search)" : ""
        line += "; \(plan.shiftCount) shifts, \(ShiftPlanSheets.amount(plan.totalPaidHours)) paid hours, cost "
            + ShiftPlanSheets.amount(plan.totalCost)
        if plan.mode == .balance, let objective = plan.objective {
            line += "; objective \(ShiftPlanSheets.amount(objective)) (cost + weighted shortfall and surplus)"
        }
        if let objective = plan.objective, let bound = plan.bestBound {
            line += "; achieved gap \(ShiftPlanSheets.percent(MixedIntegerSolution.relativeGap(objective: objective, bound: bound)))"
                + " to CBC's best bound \(ShiftPlanSheets.amount(bound))"
        }
        if let lpBound = plan.lpBound, let gap = plan.gap {
            line += ", \(ShiftPlanSheets.percent(gap)) to the LP bound \(ShiftPlanSheets.amount(lpBound))"
        }
        line += String(format: "; solved in %.2f s.", plan.solveSeconds)
        var lines = [line]
        if plan.coverInfeasible {
            lines.append("Full coverage is impossible with these templates: this plan leaves the least shortfall (see Coverage).")
        }
        lines.append("Cost defaults to paid hours (a template may set its own). Shifts, paid hours and cost in the total "
            + "line are live formulas.")
        return lines
    }

    /// `09:00-09:15 break; 11:30-12:00 lunch (unpaid)`.
    static func breaksText(_ variant: ShiftVariant) -> String {
        variant.breaks.map { placed in
            "\(TimeOfDay.text(variant.start.minutes + placed.offsetMinutes))-"
                + "\(TimeOfDay.text(variant.start.minutes + placed.endOffsetMinutes)) \(placed.name)"
                + (placed.isPaid ? "" : " (unpaid)")
        }.joined(separator: "; ")
    }
}
