import CivilTime
import Foundation
import Scheduling
import Workbook

/// The roster workbook design, drawn from a ``RosterDocument``:
/// - "Roster": people × days, each cell the shift code coloured by template, rostered hours per
///   person as live formulas next to the contract minimum and maximum, and the open shifts per day;
/// - "Roster coverage": agents required and rostered per interval, the gap as a live formula
///   (short red, over amber), the expected service level with the rostered staff, a chart;
/// - "Coverage by day": per day and per roster week, agent-hours required and rostered, hours
///   short and over, intervals short, calls and expected service level — live formulas over
///   "Roster coverage";
/// - "Coverage heat map": time of day × day, rostered − required (red short, green over);
/// - "Rule check": every working-time violation.
///
/// Used by `headset schedule roster --xlsx`, `headset schedule export` and the demo.
///
/// ```swift
/// try Workbook.write(to: url) { workbook in try RosterSheets.add(to: workbook, roster: document) }
/// ```
public enum RosterSheets {
    public static let rosterSheetName = "Roster"
    public static let coverageSheetName = "Roster coverage"
    public static let dailySheetName = "Coverage by day"
    public static let heatMapSheetName = "Coverage heat map"
    public static let ruleCheckSheetName = "Rule check"

    /// Every sheet name, in the order ``add(to:roster:notes:)`` adds them.
    public static var sheetNames: [String] { summaries.map(\.sheetName) }

    /// Table-of-contents lines, in the order ``add(to:roster:notes:)`` adds the sheets.
    public static let summaries = [
        SheetSummary(sheetName: rosterSheetName,
                     description: "People × days: each day's shift code coloured by template; rostered hours against the contract; open shifts."),
        SheetSummary(sheetName: coverageSheetName,
                     description: "Agents required vs rostered per interval, the gap (short in red, over in amber), expected service level, a chart."),
        SheetSummary(sheetName: dailySheetName,
                     description: "Per day and week: agent-hours required and rostered, hours short and over, calls and expected service level."),
        SheetSummary(sheetName: heatMapSheetName,
                     description: "Time of day × day: rostered − required agents, short in red, over in green."),
        SheetSummary(sheetName: ruleCheckSheetName, description: "Every working-time rule the roster breaks, with the law it cites."),
    ]

    /// Adds the five roster sheets for `roster`; `notes` (and the roster's own notes) head every sheet.
    public static func add(to workbook: Workbook, roster: RosterDocument, notes: [String] = []) throws {
        let notes = notes + roster.notes
        let coverage = roster.coverage()
        try RosterGridSheet.add(to: workbook, roster: roster, notes: notes, name: rosterSheetName)
        let layout = try RosterCoverageSheet.add(to: workbook, roster: roster, coverage: coverage, notes: notes,
                                                 name: coverageSheetName)
        try RosterDailySheet.add(to: workbook, roster: roster, layout: layout, notes: notes, name: dailySheetName)
        try RosterHeatMapSheet.add(to: workbook, roster: roster, coverage: coverage, layout: layout, notes: notes,
                                   name: heatMapSheetName)
        try RosterRuleCheckSheet.add(to: workbook, violations: roster.violations, notes: notes, name: ruleCheckSheetName)
    }

    /// `Mon 7 Dec`.
    static func dayLabel(_ date: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.weekday.shortName) \(date.day) \(months[date.month - 1])"
    }

    /// A short note heading the sheets: the roster's span, rules, zone and service settings.
    public static func describe(_ roster: RosterDocument) -> String {
        var text = "Roster '\(roster.name)': \(roster.firstDay) – \(roster.lastDay) (\(roster.weeks) week"
            + (roster.weeks == 1 ? "" : "s") + "), \(roster.staff.count) people, \(roster.assignedShifts.count) shifts assigned, "
            + "\(roster.openShifts.count) open; rules: \(roster.ruleSet); zone \(roster.timeZone)"
        if !roster.activities.isEmpty {
            let hours = Double(roster.activities.reduce(0) { $0 + $1.minutes }) / 60
            text += "; \(roster.activities.count) activities booked (\(String(format: "%.1f", hours)) h off the phones)"
        }
        if let service = roster.service {
            text += "; service: \(StaffingSheets.format(percent: service.target)) % in \(StaffingSheets.format(seconds: service.seconds)) s, "
                + "shrinkage \(StaffingSheets.format(percent: service.shrinkage)) %"
        }
        return text + "."
    }
}
