import ArgumentParser
import CivilTime
import Coaching
import Foundation
import HeadsetServices
import Interchange
import Organization
import Quality
import Reports
import Storage
import Workbook

/// `headset coach export --xlsx coaching.xlsx`: the coaching log (shared notes only), action
/// items and the before/after effect per criterion; `--activities` the coaching time as roster
/// activities.
struct CoachExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Coaching workbook (log, action items, effect per criterion) and coaching time as roster activities.",
        discussion: """
            Examples:
              headset coach export --xlsx coaching.xlsx --as jonas.simkus
              headset coach export --activities coaching.csv --from 2026-12-07 --to 2026-12-20
              headset schedule roster … --activities coaching.csv      # coaching time off the phones

            The workbook holds the notes shared with agents, never private notes. --as PERSON \
            limits it to sessions PERSON may read. The effect compares each coached agent's \
            scores on the session's criteria in the --window days before and after it (drafts \
            and self-evaluations left out). Sessions without a start time cannot be booked on a \
            roster and are listed, not exported, as activities.
            """)

    @Option(name: .long, help: ArgumentHelp("Workbook to write.", valueName: "path"))
    var xlsx: String?

    @Option(name: .long, help: ArgumentHelp("Coaching time as roster activities (CSV).", valueName: "path"))
    var activities: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Whose view: key or display name.", valueName: "person"))
    var viewer: String?

    @Flag(name: .long, help: "Export every session (the database's operator); without it the export needs --as.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("First session day, YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Last session day, YYYY-MM-DD.", valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Days before and after a session that count for its effect.",
                                            valueName: "days"))
    var window = CoachingPolicy.standard.effectWindowDays

    @Option(name: .customLong("acknowledge-within"), help: ArgumentHelp("Days an agent has to acknowledge.",
                                                                          valueName: "days"))
    var acknowledgeWithin = CoachingPolicy.standard.acknowledgementDays

    @Option(name: .long, help: ArgumentHelp("The day to judge deadlines on (default today).", valueName: "date"))
    var today: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if xlsx == nil && activities == nil { throw ValidationError("give --xlsx FILE and/or --activities FILE.csv") }
        for date in [from, to, today].compactMap({ $0 }) where LocalDate(date) == nil {
            throw ValidationError("dates must be YYYY-MM-DD, got '\(date)'")
        }
        try UserFacingError.validating { _ = try DateRange(from: from.flatMap(LocalDate.init), to: to.flatMap(LocalDate.init)) }
        if !(1...366).contains(window) { throw ValidationError("--window must be 1 to 366 days, got \(window)") }
        if !(0...365).contains(acknowledgeWithin) {
            throw ValidationError("--acknowledge-within must be 0 to 365 days, got \(acknowledgeWithin)")
        }
        if viewer == nil && !all { throw ValidationError("give --as PERSON to export what they may see, or --all to export everything") }
        if all && viewer != nil { throw ValidationError("--all and --as exclude each other") }
    }

    func run() throws {
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        let organization = try centre.organization()
        let audience: ReportAudience = try viewer.map { .person(try database.actor($0, field: "reader", in: organization)) }
            ?? .everything(operatorName: database.resolvedActor)
        let policy = CoachingPolicy(acknowledgementDays: acknowledgeWithin, effectWindowDays: window)
        let export = try CoachingService(centre: centre).export(
            for: audience, range: try DateRange(from: from.flatMap(LocalDate.init), to: to.flatMap(LocalDate.init)), policy: policy,
            today: today.flatMap(LocalDate.init))
        if let activities { try writeActivities(export, to: activities) }
        guard let xlsx else { return }
        try Workbook.write(to: URL(fileURLWithPath: xlsx)) { workbook in try CoachingSheets.add(to: workbook, report: export.report) }
        print("Wrote \(export.sessionCount) sessions (\(CoachingSheets.sheetNames.joined(separator: ", "))) to \(xlsx)")
    }

    private func writeActivities(_ export: CoachingService.Export, to path: String) throws {
        let rows = export.activities.map { activity in
            [activity.person, activity.date.description, activity.startMinute.map { String(format: "%02d:%02d", $0 / 60, $0 % 60) } ?? "",
             String(activity.minutes), activity.activity]
        }
        try CSVWriter.write(header: ["person", "date", "start", "minutes", "activity"], rows: rows, to: URL(fileURLWithPath: path))
        let left = export.sessionCount - export.activities.count
        print("Wrote \(rows.count) coaching activities to \(path)"
            + (left > 0 ? " (\(left) sessions without a start time left out)" : ""))
    }
}
