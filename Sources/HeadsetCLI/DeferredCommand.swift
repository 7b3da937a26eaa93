import HeadsetServices
import ArgumentParser
import Forecasting
import Foundation
import Interchange
import Staffing

/// `headset deferred`: agents for email, letters, fax and back-office work answered within a
/// response window, with the backlog carried across intervals and closed hours.
struct DeferredCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deferred",
        abstract: "Agents for deferred work (email, letters, fax, back office) answered within a response window.",
        discussion: """
            Examples:
              headset deferred --items email.csv --target 90/24 --calendar schedules/bank-calendar.yaml
              headset deferred --items letters.csv --target 100/48 --shrinkage 30 --format json

            The items CSV has the columns interval_start (the centre's clock), items and aht (seconds
            per item). Items arriving while the centre is closed wait for it to open; the response
            clock keeps running. The plan runs one response window past the last arrivals, so
            everything that arrived can be answered. See docs/staffing.md.
            """)

    @Option(name: .long, help: ArgumentHelp("CSV of arriving work: interval_start, items, aht (seconds per item).", valueName: "path"))
    var items: String

    @Option(name: .long, help: ArgumentHelp(
        "Target: PERCENT of items answered within HOURS of arriving, e.g. 90/24.", valueName: "percent/hours"))
    var target: String

    @Option(name: .long, help: ArgumentHelp("Opening hours and closures (YAML); default: always open.", valueName: "path"))
    var calendar: String?

    @Option(name: .long, help: ArgumentHelp("Time zone of the file's clock (default: the calendar's, else UTC).", valueName: "zone"))
    var timeZone: String?

    @Option(name: .long, help: ArgumentHelp("Interval length in minutes (default: inferred from the file).", valueName: "minutes"))
    var interval: Int?

    @Option(name: .long, help: ArgumentHelp("Paid time not available for work, percent, e.g. 30.", valueName: "percent"))
    var shrinkage: Double = 0

    @Option(name: .long, help: ArgumentHelp("Write the per-interval plan to this CSV file.", valueName: "path"))
    var out: String?

    @OptionGroup var output: FormatOption

    func run() throws {
        let calendarFile = try calendar.map { try CalendarFile.load(from: URL(fileURLWithPath: $0)) }
        let zoneName = timeZone ?? calendarFile?.timeZone.identifier ?? "UTC"
        guard let zone = TimeZone(identifier: zoneName) else {
            throw CommandError("--time-zone \(zoneName): unknown time zone (use an IANA name such as Europe/Vilnius)")
        }
        let target = try DeferredTargetArgument.parse(self.target)
        let arrivals = try DeferredItemsFile.read(URL(fileURLWithPath: items))
        let grid = try DeferredIntervalGrid.build(arrivals: arrivals, lengthMinutes: interval, window: target.windowSeconds,
                                                  calendar: calendarFile, timeZone: zone)
        let planner = try DeferredWorkPlanner(intervals: grid, target: target, shrinkage: try Shrinkage(fraction: shrinkage / 100),
                                              timeZone: zone)
        let plan = planner.plan()
        let report = DeferredReport(plan: plan, timeZone: zone)
        if let out {
            try CSVWriter.write(header: report.table.headers, rows: report.table.rows, to: URL(fileURLWithPath: out))
            print(report.summary)
        } else {
            OutputPrinter.print(report.table, json: report.json, format: output.format)
            if output.format == .table { print(report.summary) }
        }
    }
}

/// `90/24`: 90 % within 24 hours.
enum DeferredTargetArgument {
    static func parse(_ text: String) throws -> DeferredWorkTarget {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let percent = Double(parts[0]), let hours = Double(parts[1]) else {
            throw CommandError("--target \(text): expected PERCENT/HOURS, e.g. 90/24")
        }
        return try DeferredWorkTarget(fraction: percent / 100, windowSeconds: hours * 3600)
    }
}
