import Foundation
import Staffing
import Workbook

/// The "Intervals" sheet: one row per interval and channel with the agents it needs and how it
/// performs; a frozen, filterable header, rules that make weak intervals stand out.
enum StaffingIntervalsSheet {
    static func add(to workbook: Workbook, plan: StaffingPlan, layout: StaffingIntervalsLayout) throws {
        let sheet = try workbook.addSheet(named: layout.sheetName)
        let seconds = StaffingSheets.format(seconds: plan.serviceLevelSeconds)
        let titles: [StaffingIntervalsLayout.Column: String] = [
            .start: "Interval start", .date: "Date", .label: "Day and time", .channel: "Channel",
            .minutes: "Minutes", .calls: "Calls", .handleTime: "AHT (s)", .traffic: "Traffic (Erlangs)",
            .agents: "Agents needed", .scheduled: "Agents to schedule",
            .serviceLevel: "Service level (answered within \(seconds) s)", .speedOfAnswer: "ASA (s)",
            .occupancy: "Occupancy", .waiting: "Calls that wait", .abandoned: "Abandoned",
        ]
        try sheet.writeHeader(layout.columns.map { titles[$0]! }, row: 0)

        let callsStyle = StaffingSheets.callsStyle(for: layout.rows.map(\.calls))
        let labels = DateFormatter()
        labels.locale = Locale(identifier: "en_US_POSIX")
        labels.timeZone = workbook.options.timeZone
        labels.dateFormat = "EEE d MMM HH:mm"
        for (index, interval) in layout.rows.enumerated() {
            var cells: [(CellValue, CellStyle)] = [
                (.dateTime(interval.start), .dateTime),
                (.date(interval.start), .date),
                (.text(labels.string(from: interval.start)), .plain),
                (.text(interval.channel), .plain),
                (.number(StaffingIntervalsLayout.minutes(interval)), .plain),
                (.number(interval.calls), callsStyle),
                (.number(interval.averageHandleTime), .plain),
                (.number(interval.trafficErlangs), StaffingSheets.oneDecimal),
                (.integer(interval.agents), StaffingSheets.wholeNumber),
                (.integer(interval.scheduledAgents), StaffingSheets.wholeNumber),
                (.number(interval.serviceLevel), .percent),
                (.number(interval.averageSpeedOfAnswer), StaffingSheets.oneDecimal),
                (.number(interval.occupancy), .percent),
                (.number(interval.probabilityOfWaiting), .percent),
            ]
            if layout.tracksAbandonment {
                cells.append((.number(interval.abandonRate), .percent))
            }
            try sheet.writeRow(cells, row: layout.sheetRow(index))
        }

        sheet.freezePanes(rows: 1)
        try sheet.setPrintLayout(repeatingRows: 0...0)
        try sheet.autofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: max(layout.rows.count, 1),
                                       lastColumn: layout.lastColumn))
        guard let serviceLevel = layout.range(.serviceLevel), let agents = layout.range(.agents) else { return }
        if let target = plan.serviceLevelTarget {
            // Added first, so it takes precedence over the colour scale on the same cells.
            try sheet.addConditionalFormat(.cellValue(.lessThan(target.fraction), style: .badHighlight),
                                           to: serviceLevel)
        }
        try sheet.addConditionalFormat(.threeColorScale(), to: serviceLevel)
        try sheet.addConditionalFormat(.dataBar(.chartBlue), to: agents)
    }
}
