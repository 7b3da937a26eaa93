import CivilTime
import Workbook

/// The "Action items" sheet: open items first, soonest due first, then done and cancelled ones;
/// filterable under a frozen header. Open items due before today are red and say by how many
/// days; the counts of open, overdue and done items above the table are live COUNTIFS, and
/// today is read from the coaching log, so changing it there moves both sheets.
enum CoachingActionItemsSheet {
    static let name = "Action items"

    enum Column: Int, CaseIterable {
        case session, agent, owner, action, due, status, doneOn, daysOverdue

        var title: String {
            switch self {
            case .session: "Session"
            case .agent: "Agent"
            case .owner: "Owner"
            case .action: "Action"
            case .due: "Due"
            case .status: "Status"
            case .doneOn: "Done on"
            case .daysOverdue: "Days overdue"
            }
        }

        var letter: String { CellReference.columnLetters(rawValue) }
    }

    static let todayRow = 2
    static let openRow = 3
    static let overdueRow = 4
    static let doneRow = 5
    static let headerRow = 7

    static func add(to workbook: Workbook, report: CoachingReport) throws {
        let sheet = try workbook.addSheet(named: name)
        let lastColumn = Column.allCases.count - 1
        let explanation = "Open items first, soonest due first; then done and cancelled. Red: open and due before Today "
            + "(B\(todayRow + 1), taken from '\(CoachingLogSheet.name)'). Counts are live formulas over the table."
        _ = try CoachingSheetHeading.write(title: "Action items", notes: [explanation], on: sheet, lastColumn: lastColumn)

        let items = sorted(report.actionItems)
        let firstData = headerRow + 1, lastData = headerRow + max(items.count, 1)
        func range(_ column: Column) -> String { "$\(column.letter)$\(firstData + 1):$\(column.letter)$\(lastData + 1)" }
        let today = "$B$\(todayRow + 1)", statuses = range(.status)
        let open = items.filter(\.isOpen)
        let overdue = open.filter { $0.due < report.today }
        let done = items.filter(\.isDone)

        try sheet.writeRow([(.text("Today"), CoachingCells.label),
                            (.formula(Formula("=\(CoachingLogSheet.todayReference)", cached: .number(CoachingCells.serial(report.today)))),
                             CoachingCells.today)], row: todayRow)
        let counts: [(String, String, Int)] = [
            ("Open", "=COUNTIFS(\(statuses),\"open\")", open.count),
            ("Overdue", "=COUNTIFS(\(statuses),\"open\",\(range(.due)),\"<\"&\(today))", overdue.count),
            ("Done", "=COUNTIFS(\(statuses),\"done\")", done.count),
        ]
        for (offset, count) in counts.enumerated() {
            try sheet.writeRow([(.text(count.0), CoachingCells.label),
                                (.formula(Formula(count.1, cached: .number(Double(count.2)))), CoachingCells.figure)],
                               row: openRow + offset)
        }

        try sheet.writeHeader(Column.allCases.map(\.title), row: headerRow)
        sheet.freezePanes(rows: headerRow + 1)
        for (offset, item) in items.enumerated() {
            let sheetRow = firstData + offset, excelRow = sheetRow + 1
            let status = "$\(Column.status.letter)\(excelRow)", due = "$\(Column.due.letter)\(excelRow)"
            let late = item.isOpen && item.due < report.today
            let daysOverdue = Formula("=IF(AND(\(status)=\"open\",\(due)<\(today)),\(today)-\(due),\"\")",
                                      cached: late ? .number(Double(report.today.dayNumber - item.due.dayNumber)) : .text(""))
            try sheet.writeRow([
                (.text(item.sessionId), CoachingCells.plain), (.text(item.agentName), CoachingCells.bold),
                (.text(item.ownerName), CoachingCells.plain), (.text(item.text), CoachingCells.wrapped),
                (CoachingCells.date(item.due), CoachingCells.date), (.text(item.status), CoachingCells.plain),
                (CoachingCells.date(item.doneOn), CoachingCells.date), (.formula(daysOverdue), CoachingCells.integer),
            ], row: sheetRow)
        }
        try sheet.autofilter(CellRange(rows: headerRow...lastData, columns: 0...lastColumn))
        if !items.isEmpty {
            let first = firstData + 1
            try sheet.addConditionalFormat(
                .formula("=AND($\(Column.status.letter)\(first)=\"open\",$\(Column.due.letter)\(first)<\(today))", style: .badHighlight),
                to: CellRange(rows: firstData...lastData, columns: 0...lastColumn))
        }
        sheet.setColumnWidth(14, columns: 0...0)
        sheet.setColumnWidth(50, columns: Column.action.rawValue...Column.action.rawValue)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
    }

    /// Open, then done, then cancelled (anything else last); within each, soonest due first.
    static func sorted(_ items: [CoachingItemRow]) -> [CoachingItemRow] {
        func rank(_ item: CoachingItemRow) -> Int {
            switch item.status.lowercased() {
            case "open": 0
            case "done": 1
            case "cancelled": 2
            default: 3
            }
        }
        return items.sorted { (rank($0), $0.due, $0.sessionId, $0.text) < (rank($1), $1.due, $1.sessionId, $1.text) }
    }
}
