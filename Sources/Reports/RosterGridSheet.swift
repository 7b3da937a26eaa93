import CivilTime
import Foundation
import Scheduling
import Workbook

/// The "Roster" sheet: one row per person (by name), one column per day, each cell the shift code
/// (`E07:00`: the template's initial and the start, `—` off) filled in its template's colour; then
/// the rostered hours, a live SUM over a hidden grid of each day's hours, next to the contract
/// minimum and maximum (below the minimum red, above the maximum amber); below the people, the
/// shifts nobody could take per day. Names and dates stay in view (frozen panes).
enum RosterGridSheet {
    static let off = "—"

    /// Fills for templates in name order, repeating past the last.
    static let palette: [Color] = [
        Color(rgb: 0xDDEBF7), Color(rgb: 0xFCE4D6), Color(rgb: 0xE2EFDA), Color(rgb: 0xFFF2CC),
        Color(rgb: 0xEDE1F5), Color(rgb: 0xD9F2F2),
    ]

    static func add(to workbook: Workbook, roster: RosterDocument, notes: [String], name: String) throws {
        let days = roster.days
        let assigned = roster.assignedShifts
        let sheet = try workbook.addSheet(named: name)
        let dayCount = days.count
        let hoursColumn = dayCount + 1, minimumColumn = dayCount + 2, maximumColumn = dayCount + 3
        let helperFirst = dayCount + 5
        let titleColumns = min(maximumColumn, 20)
        try sheet.merge(CellRange(rows: 0...0, columns: 0...titleColumns), value: .text("Roster: shifts per person and day"),
                        style: .title)
        var row = 1
        let explanation = [
            "Each cell is the shift's template initial and start (\(off) off). Hours: working hours rostered (span less unpaid "
                + "breaks), summed from the hidden hours grid to the right; below the contract minimum red, above the maximum amber.",
        ]
        for note in notes + explanation {
            try sheet.merge(CellRange(rows: row...row, columns: 0...titleColumns), value: .text(note), style: ShiftPlanSheets.noteStyle)
            row += 1
        }
        row += 1
        let headerRow = row
        let dayTitles = days.map(RosterSheets.dayLabel)
        try sheet.writeHeader(["Name"] + dayTitles + ["Hours", "Contract min hours", "Contract max hours"], row: headerRow)
        try sheet.writeHeader(dayTitles.map { "Hours \($0)" }, row: headerRow, column: helperFirst)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
        sheet.freezePanes(rows: headerRow + 1, columns: 1)

        let templates = Set(roster.shifts.map(\.variant.template)).sorted()
        var styles: [String: CellStyle] = [:]
        let centred = CellStyle().with(horizontalAlignment: .center)
        for (index, template) in templates.enumerated() {
            styles[template] = centred.with(fill: palette[index % palette.count])
        }
        let offStyle = centred.with(fontColor: Color(rgb: 0x808080))

        var byPerson: [String: [Int: [RosteredShift]]] = [:]
        let first = days.first?.dayNumber ?? 0
        for shift in assigned {
            let index = shift.date.dayNumber - first
            guard let person = shift.person, index >= 0, index < dayCount else { continue }
            byPerson[person, default: [:]][index, default: []].append(shift)
        }
        // Names in collation order (Ž after Z, not after every ASCII letter); the key breaks ties.
        let collation = Locale(identifier: "en")
        let people = roster.staff.sorted {
            $0.name == $1.name ? $0.person < $1.person : OrgHierarchyLayout.ascending($0.name, $1.name, locale: collation)
        }
        let hoursStyle = CellStyle.decimal
        for (offset, person) in people.enumerated() {
            let sheetRow = headerRow + 1 + offset
            try sheet.write(.text(person.name), row: sheetRow, column: 0, style: .bold)
            var total = 0.0
            for index in 0..<dayCount {
                let shifts = byPerson[person.person]?[index] ?? []
                if shifts.isEmpty {
                    try sheet.write(.text(off), row: sheetRow, column: 1 + index, style: offStyle)
                    continue
                }
                let code = shifts.map(\.code).joined(separator: " + ")
                let style = shifts.first.flatMap { styles[$0.variant.template] } ?? centred
                try sheet.write(.text(code), row: sheetRow, column: 1 + index, style: style)
                let hours = ExcelNumber.stored(shifts.reduce(0) { $0 + $1.variant.paidHours })
                total += hours
                try sheet.write(.number(hours), row: sheetRow, column: helperFirst + index, style: hoursStyle)
            }
            let excelRow = sheetRow + 1
            let formula = dayCount == 0 ? "=0" : "=SUM(\(range(helperFirst, helperFirst + dayCount - 1, row: excelRow)))"
            try sheet.write(.formula(Formula(formula, cached: .number(total))), row: sheetRow, column: hoursColumn, style: hoursStyle)
            try sheet.write(.number(ExcelNumber.stored(person.minimumHours)), row: sheetRow, column: minimumColumn, style: hoursStyle)
            try sheet.write(.number(ExcelNumber.stored(person.maximumHours)), row: sheetRow, column: maximumColumn, style: hoursStyle)
        }
        if !people.isEmpty {
            let firstRow = headerRow + 1, lastRow = headerRow + people.count
            let hoursCells = CellRange(rows: firstRow...lastRow, columns: hoursColumn...hoursColumn)
            let hoursLetter = CellReference.columnLetters(hoursColumn)
            try sheet.addConditionalFormat(
                .formula("=\(hoursLetter)\(firstRow + 1)<\(CellReference.columnLetters(minimumColumn))\(firstRow + 1)",
                         style: .badHighlight), to: hoursCells)
            try sheet.addConditionalFormat(
                .formula("=\(hoursLetter)\(firstRow + 1)>\(CellReference.columnLetters(maximumColumn))\(firstRow + 1)",
                         style: .neutralHighlight), to: hoursCells)
        }

        // Shifts nobody could take, per day: what is still to staff.
        let openRow = headerRow + people.count + 1
        var openByDay: [Int: [RosteredShift]] = [:]
        for shift in roster.openShifts { openByDay[shift.date.dayNumber - first, default: []].append(shift) }
        try sheet.write(.text("Open shifts"), row: openRow, column: 0, style: CellStyle.total)
        for index in 0..<dayCount {
            let open = openByDay[index] ?? []
            try sheet.write(open.isEmpty ? .blank : .text(open.map(\.code).joined(separator: " ")), row: openRow, column: 1 + index,
                            style: open.isEmpty ? CellStyle.total : CellStyle.badHighlight.with(horizontalAlignment: .center))
        }

        // The legend: each template's colour and initial.
        var legendRow = openRow + 2
        if !templates.isEmpty {
            try sheet.write(.text("Templates"), row: legendRow, column: 0, style: .bold)
            for template in templates {
                let initial = template.first.map { String($0).uppercased() } ?? "?"
                try sheet.write(.text("\(initial): \(template)"), row: legendRow, column: 1, style: styles[template] ?? centred)
                legendRow += 1
            }
        }

        sheet.setColumnWidth(18, columns: 0...0)
        if dayCount > 0 {
            sheet.setColumnWidth(10, columns: 1...dayCount)
            sheet.hideColumns((dayCount + 4)...(helperFirst + dayCount - 1))
        }
        sheet.setColumnWidth(12, columns: hoursColumn...maximumColumn)
    }

    /// `AB5:AH5`.
    private static func range(_ from: Int, _ to: Int, row: Int) -> String {
        "\(CellReference.columnLetters(from))\(row):\(CellReference.columnLetters(to))\(row)"
    }
}
