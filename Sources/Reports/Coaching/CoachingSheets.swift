import Workbook

/// The coaching workbook design: "Coaching log" (one row per session with its shared notes and
/// acknowledgement, late ones highlighted, coaching hours), "Action items" (open first, overdue
/// in red, live counts) and "Coaching effect" (per criterion before against after, with a chart).
///
/// ```swift
/// try Workbook.write(to: url) { workbook in
///     try CoachingSheets.add(to: workbook, report: report)
/// }
/// ```
///
/// Private coach notes cannot reach the workbook: ``CoachingLogRow`` has no field to carry them.
public enum CoachingSheets {
    public static var sheetNames: [String] { summaries.map(\.sheetName) }

    public static let summaries = [
        SheetSummary(sheetName: CoachingLogSheet.name,
                     description: "Every coaching session: who, when, format, criteria, shared notes, agreed actions, "
                         + "acknowledgement (late ones highlighted); total coaching hours."),
        SheetSummary(sheetName: CoachingActionItemsSheet.name,
                     description: "Action items, open first by due date; overdue ones in red; counts of open, overdue and done."),
        SheetSummary(sheetName: CoachingEffectSheet.name,
                     description: "Per criterion: mean score before and after coaching, the change, small samples flagged; a chart."),
    ]

    /// Adds the sheets in the order of ``summaries``: "Coaching log" first, as it holds the
    /// today cell "Action items" reads.
    public static func add(to workbook: Workbook, report: CoachingReport) throws {
        try CoachingLogSheet.add(to: workbook, report: report)
        try CoachingActionItemsSheet.add(to: workbook, report: report)
        try CoachingEffectSheet.add(to: workbook, report: report)
    }
}
