import CivilTime
import Foundation
import Reports
import Testing
import Workbook
import XlsxReader

/// A small coaching report built by hand, every figure in the tests computed from it on paper.
///
/// Today is Friday 2026-11-20. Sessions (given out of order; the log sorts them by date):
/// - s1 2026-11-02, Ćorić with Žemaitė, 45 min, acknowledged 2026-11-03 (due 11-09);
/// - s2 2026-11-10, Ana with Bærum, 30 min, not acknowledged, due 11-17: overdue (red);
/// - s3 2026-11-18, Ćorić with Žemaitė, 20 min, not acknowledged, due 11-25: awaiting (amber).
/// Items: open due 11-16 (4 days late) and 11-19 (1 day), open due 11-24, one done, one cancelled.
/// Effects: empathy 60 % → 75 % (n 12 / 10), hold 50 % → 80 % (n 4 / 6, small), accuracy 90 % → none.
enum CoachingWorkbookFixture {
    static func day(_ text: String) -> LocalDate { LocalDate(text)! }

    static let s1 = CoachingLogRow(
        id: "s1", date: day("2026-11-02"), agent: "coric", agentName: "Ivana Ćorić", coachName: "Eglė Žemaitė",
        format: "one-to-one", channel: "voice", criteria: ["empathy", "hold"], linkedEvaluations: 2,
        strengths: "Warm greeting; uses the customer's name", opportunities: "Hold etiquette",
        agreedActions: "Ask before placing on hold.\nSummarise at the end of every call.",
        acknowledgedOn: day("2026-11-03"), acknowledgementComment: "Takk — Bærum-teamet hjalp meg",
        acknowledgementDue: day("2026-11-09"), minutes: 45)
    static let s2 = CoachingLogRow(
        id: "s2", date: day("2026-11-10"), agent: "ana", agentName: "Ana Horvat", coachName: "Ingrid Bærum",
        format: "side-by-side", channel: nil, criteria: ["accuracy"], linkedEvaluations: 0,
        strengths: "Accurate notes", opportunities: "Refund policy details", agreedActions: "Re-read the refund policy.",
        acknowledgedOn: nil, acknowledgementComment: nil, acknowledgementDue: day("2026-11-17"), minutes: 30)
    static let s3 = CoachingLogRow(
        id: "s3", date: day("2026-11-18"), agent: "coric", agentName: "Ivana Ćorić", coachName: "Eglė Žemaitė",
        format: "call-review", channel: "chat", criteria: ["empathy"], linkedEvaluations: 3,
        strengths: "Empathy statements", opportunities: "Summaries", agreedActions: "Practise summarising.",
        acknowledgedOn: nil, acknowledgementComment: nil, acknowledgementDue: day("2026-11-25"), minutes: 20)

    static let items = [
        CoachingItemRow(sessionId: "s2", agentName: "Ana Horvat", ownerName: "Ana Horvat", text: "Shadow a senior agent",
                        due: day("2026-11-12"), status: "cancelled", doneOn: nil),
        CoachingItemRow(sessionId: "s1", agentName: "Ivana Ćorić", ownerName: "Eglė Žemaitė", text: "Share call examples",
                        due: day("2026-11-05"), status: "done", doneOn: day("2026-11-04")),
        CoachingItemRow(sessionId: "s2", agentName: "Ana Horvat", ownerName: "Ana Horvat", text: "Re-read the refund policy",
                        due: day("2026-11-24"), status: "open", doneOn: nil),
        CoachingItemRow(sessionId: "s3", agentName: "Ivana Ćorić", ownerName: "Ivana Ćorić", text: "Practise summarising",
                        due: day("2026-11-19"), status: "open", doneOn: nil),
        CoachingItemRow(sessionId: "s1", agentName: "Ivana Ćorić", ownerName: "Ivana Ćorić", text: "Use the hold script",
                        due: day("2026-11-16"), status: "open", doneOn: nil),
    ]

    static let effects = [
        CoachingEffectRow(criterion: "empathy", label: "Patience and empathy", beforeMean: 0.6, beforeCount: 12,
                          afterMean: 0.75, afterCount: 10),
        CoachingEffectRow(criterion: "hold", label: "Hold etiquette", beforeMean: 0.5, beforeCount: 4, afterMean: 0.8, afterCount: 6),
        CoachingEffectRow(criterion: "accuracy", label: "Accuracy", beforeMean: 0.9, beforeCount: 8, afterMean: nil, afterCount: 0),
    ]

    static let definition = "Before: evaluations in the 30 days before a session; after: the 30 days after it, session day excluded."

    static let report = CoachingReport(sessions: [s3, s1, s2], actionItems: items, effects: effects, today: day("2026-11-20"),
                                       notes: [definition])

    static func write(_ report: CoachingReport = report, options: WorkbookOptions = WorkbookOptions()) throws -> XlsxFile {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coaching-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("coaching.xlsx")
        try Workbook.write(to: url, options: options) { workbook in try CoachingSheets.add(to: workbook, report: report) }
        return try XlsxFile(contentsOf: url)
    }

    /// The differential formats (`<dxf>`) of the workbook in order, as raw XML, to tell red rules from amber ones.
    static func differentialFormats(_ file: XlsxFile) throws -> [String] {
        let styles = String(decoding: try #require(file.data(forEntry: "xl/styles.xml")), as: UTF8.self)
        return styles.components(separatedBy: "<dxf>").dropFirst().map { $0.components(separatedBy: "</dxf>")[0] }
    }
}
