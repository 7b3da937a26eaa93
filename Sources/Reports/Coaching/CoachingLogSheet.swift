import CivilTime
import Workbook

/// The "Coaching log" sheet: one row per session, oldest first, filterable under a frozen
/// header: who coached whom, how, on which criteria, what was shared and agreed, and whether the
/// agent has acknowledged it. Above the table sit the day acknowledgements are judged on (a cell
/// the reader may change; the other sheets read it too), the number of sessions and the coaching
/// hours as live formulas. Rows still awaiting acknowledgement are amber, red once past due.
enum CoachingLogSheet {
    static let name = "Coaching log"

    enum Column: Int, CaseIterable {
        case session, date, agent, agentName, coach, format, channel, criteria, linkedEvaluations, strengths, opportunities,
             agreedActions, minutes, acknowledgeBy, acknowledgedOn, comment, status

        var title: String {
            switch self {
            case .session: "Session"
            case .date: "Date"
            case .agent: "Agent"
            case .agentName: "Agent name"
            case .coach: "Coach"
            case .format: "Format"
            case .channel: "Channel"
            case .criteria: "Criteria"
            case .linkedEvaluations: "Linked evaluations"
            case .strengths: "Strengths"
            case .opportunities: "Opportunities"
            case .agreedActions: "Agreed actions"
            case .minutes: "Minutes"
            case .acknowledgeBy: "Acknowledge by"
            case .acknowledgedOn: "Acknowledged on"
            case .comment: "Acknowledgement comment"
            case .status: "Status"
            }
        }

        /// `M`.
        var letter: String { CellReference.columnLetters(rawValue) }
    }

    enum Status {
        static let acknowledged = "Acknowledged"
        static let overdue = "Acknowledgement overdue"
        static let awaiting = "Awaiting acknowledgement"

        static func of(_ session: CoachingLogRow, today: LocalDate) -> String {
            if session.acknowledgedOn != nil { return acknowledged }
            return session.acknowledgementDue < today ? overdue : awaiting
        }
    }

    static let todayRow = 2
    static let sessionsRow = 3
    static let hoursRow = 4
    static let headerRow = 6

    /// `'Coaching log'!$B$3`: the day overdue is judged on, for the other sheets.
    static var todayReference: String { CellRange(sheet: name, row: todayRow, column: 1).formulaReference }

    static func add(to workbook: Workbook, report: CoachingReport) throws {
        let sheet = try workbook.addSheet(named: name)
        let lastColumn = Column.allCases.count - 1
        let explanation = "Amber: awaiting the agent's acknowledgement; red: not acknowledged by its date. Both compare with "
            + "Today (B\(todayRow + 1)), which you may change. Shared notes only: private coaching notes are never exported."
        _ = try CoachingSheetHeading.write(title: "Coaching log", notes: [explanation], on: sheet, lastColumn: lastColumn)

        let sessions = report.sessions.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let firstData = headerRow + 1, lastData = headerRow + max(sessions.count, 1)
        func range(_ column: Column) -> String { "$\(column.letter)$\(firstData + 1):$\(column.letter)$\(lastData + 1)" }
        let today = "$B$\(todayRow + 1)"

        try sheet.writeRow([(.text("Today"), CoachingCells.label), (CoachingCells.date(report.today), CoachingCells.today)],
                           row: todayRow)
        try sheet.writeRow([(.text("Sessions"), CoachingCells.label),
                            (.formula(Formula("=COUNTA(\(range(.session)))", cached: .number(Double(sessions.count)))),
                             CoachingCells.figure)], row: sessionsRow)
        let minutes = sessions.reduce(0) { $0 + $1.minutes }
        try sheet.writeRow([(.text("Coaching hours"), CoachingCells.label),
                            (.formula(Formula("=SUM(\(range(.minutes)))/60", cached: .number(Double(minutes) / 60))),
                             CoachingCells.hours)], row: hoursRow)

        try sheet.writeHeader(Column.allCases.map(\.title), row: headerRow)
        sheet.freezePanes(rows: headerRow + 1)
        for (offset, session) in sessions.enumerated() {
            let sheetRow = firstData + offset, excelRow = sheetRow + 1
            let status = Formula(
                "=IF($\(Column.acknowledgedOn.letter)\(excelRow)<>\"\",\"\(Status.acknowledged)\","
                    + "IF($\(Column.acknowledgeBy.letter)\(excelRow)<\(today),\"\(Status.overdue)\",\"\(Status.awaiting)\"))",
                cached: .text(Status.of(session, today: report.today)))
            try sheet.writeRow([
                (.text(session.id), CoachingCells.plain), (CoachingCells.date(session.date), CoachingCells.date),
                (.text(session.agent), CoachingCells.plain), (.text(session.agentName), CoachingCells.bold),
                (.text(session.coachName), CoachingCells.plain), (.text(session.format), CoachingCells.plain),
                (.text(session.channel), CoachingCells.plain), (.text(session.criteria.joined(separator: ", ")), CoachingCells.wrapped),
                (.integer(session.linkedEvaluations), CoachingCells.integer), (.text(session.strengths), CoachingCells.wrapped),
                (.text(session.opportunities), CoachingCells.wrapped), (.text(session.agreedActions), CoachingCells.wrapped),
                (.integer(session.minutes), CoachingCells.integer), (CoachingCells.date(session.acknowledgementDue), CoachingCells.date),
                (CoachingCells.date(session.acknowledgedOn), CoachingCells.date),
                (.text(session.acknowledgementComment), CoachingCells.wrapped), (.formula(status), CoachingCells.plain),
            ], row: sheetRow)
        }
        try sheet.autofilter(CellRange(rows: headerRow...lastData, columns: 0...lastColumn))
        if !sessions.isEmpty {
            // Whole rows light up, so a late acknowledgement is seen whichever columns are in view.
            let rows = CellRange(rows: firstData...lastData, columns: 0...lastColumn)
            let unacknowledged = "$\(Column.acknowledgedOn.letter)\(firstData + 1)=\"\""
            let due = "$\(Column.acknowledgeBy.letter)\(firstData + 1)"
            try sheet.addConditionalFormat(.formula("=AND(\(unacknowledged),\(due)<\(today))", style: .badHighlight), to: rows)
            try sheet.addConditionalFormat(.formula("=AND(\(unacknowledged),\(due)>=\(today))", style: .neutralHighlight), to: rows)
        }
        sheet.setColumnWidth(14, columns: 0...0)
        sheet.setColumnWidth(12, columns: 1...1) // the bold today cell needs more than a plain date
        sheet.setColumnWidth(24, columns: Column.criteria.rawValue...Column.criteria.rawValue)
        sheet.setColumnWidth(40, columns: Column.strengths.rawValue...Column.agreedActions.rawValue)
        sheet.setColumnWidth(30, columns: Column.comment.rawValue...Column.comment.rawValue)
        sheet.setColumnWidth(24, columns: Column.status.rawValue...Column.status.rawValue)
        try sheet.setPrintLayout(repeatingRows: headerRow...headerRow)
    }
}
