import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Reports
import Scheduling
import Workbook

/// `headset schedule plan`: the cheapest set of shifts that covers the agents required per
/// interval, or under caps the set that leaves the least weighted shortfall.
struct SchedulePlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "How many shifts of each kind to start each day to cover the agents required per interval.",
        discussion: """
            Examples:
              headset schedule plan --requirements need.csv --shifts schedules/shifts-demo.yaml
              headset staffing --intervals forecast.csv --aht 240 --service-level 80/20 --shrinkage 30 --out staffing.csv
              headset schedule plan --requirements staffing.csv --shifts schedules/shifts-demo.yaml --max-agents 40 --format json

            The requirements CSV has interval_start (the centre's clock) and required (agents); the \
            output of headset staffing --out is read as it is, planning its scheduled_agents (--use \
            agents for the productive count). Without caps every interval is covered in full at the \
            least cost (cost: each template's cost, by default its paid hours); with --max-agents or \
            --max-paid-hours the plan minimises cost + --under-weight × agent-hours short + \
            --over-weight × agent-hours over, and lists the intervals left short. See docs/scheduling.md.
            """)

    @Option(name: .long, help: ArgumentHelp(
        "CSV of agents required per interval: interval_start, required (or headset staffing --out).", valueName: "path"))
    var requirements: String

    @Option(name: .long, help: ArgumentHelp("Shift templates (YAML), e.g. schedules/shifts-demo.yaml.", valueName: "path"))
    var shifts: String

    @Option(name: .long, help: ArgumentHelp(
        "Requirement column to plan (default: required, else scheduled_agents, else agents).", valueName: "column"))
    var use: String?

    @Option(name: .long, help: ArgumentHelp("With a channel column: the channel to plan.", valueName: "name"))
    var channel: String?

    @Option(name: .long, help: ArgumentHelp("Interval length in minutes (default: inferred from the file).", valueName: "minutes"))
    var interval: Int?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp(
        "Seconds the optimiser may search (wall clock, default 10); the best plan found by then is reported.", valueName: "seconds"))
    var timeLimit: Double?

    @Option(name: .long, help: ArgumentHelp(
        "Stop once the plan is proven within this percentage of the best possible, e.g. 1 (default 0: prove optimal).",
        valueName: "percent"))
    var gap: Double?

    @Option(name: .customLong("max-agents"), help: ArgumentHelp("Cap: at most this many shifts starting on any day (a count).",
                                                                 valueName: "count"))
    var maxAgents: Int?

    @Option(name: .customLong("max-paid-hours"), help: ArgumentHelp(
        "Cap: at most this many paid hours of shifts starting in any week, Monday to Sunday (hours).", valueName: "hours"))
    var maxPaidHours: Double?

    @Option(name: .customLong("under-weight"), help: ArgumentHelp(
        "With a cap: cost units per agent-hour short of the requirement (default 1000).", valueName: "cost"))
    var underWeight: Double?

    @Option(name: .customLong("over-weight"), help: ArgumentHelp(
        "With a cap: cost units per agent-hour above the requirement, on top of the shifts' cost (default 0).", valueName: "cost"))
    var overWeight: Double?

    @Option(name: .long, help: ArgumentHelp(
        "Also write the shifts (day, template, start, end, breaks, count …) to this CSV file.", valueName: "path"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp(
        "Also write the workbook: a Shift plan sheet (shifts, totals) and a Coverage sheet (required vs planned, chart).",
        valueName: "path"))
    var xlsx: String?

    @OptionGroup var output: FormatOption

    static let defaultTimeLimit = 10.0

    func validate() throws {
        if let timeLimit, !(timeLimit > 0 && timeLimit <= 3600) {
            throw ValidationError("--time-limit must be more than 0 and at most 3600 seconds, got \(timeLimit)")
        }
        if let gap, !(gap.isFinite && gap >= 0 && gap < 100) {
            throw ValidationError("--gap must be at least 0 and less than 100 percent, got \(gap)")
        }
        if let maxAgents, maxAgents < 0 { throw ValidationError("--max-agents must be 0 or more, got \(maxAgents)") }
        if let maxPaidHours, !(maxPaidHours.isFinite && maxPaidHours >= 0) {
            throw ValidationError("--max-paid-hours must be 0 or more hours, got \(maxPaidHours)")
        }
        if let underWeight, !(underWeight.isFinite && underWeight >= 0) {
            throw ValidationError("--under-weight must be 0 or more, got \(underWeight)")
        }
        if let overWeight, !(overWeight.isFinite && overWeight >= 0) {
            throw ValidationError("--over-weight must be 0 or more, got \(overWeight)")
        }
        if let interval, !(1...1440).contains(interval) { throw ValidationError("--interval must be 1 to 1440 minutes, got \(interval)") }
    }

    func run() throws {
        let timeLimit = self.timeLimit ?? Self.defaultTimeLimit
        let demand = try ShiftRequirementFile.read(URL(fileURLWithPath: requirements), column: use, channel: channel,
                                                   intervalMinutes: interval)
        let templates = try ShiftTemplateFile.load(from: URL(fileURLWithPath: shifts))
        let options = ShiftPlanOptions(maximumAgentsPerDay: maxAgents, maximumPaidHoursPerWeek: maxPaidHours,
                                       underWeight: underWeight ?? ShiftPlanOptions.defaultUnderWeight,
                                       overWeight: overWeight ?? ShiftPlanOptions.defaultOverWeight,
                                       solver: SolverOptions(timeLimitSeconds: timeLimit, relativeGap: gap.map { $0 / 100 }))
        let planner: ShiftPlanner
        do {
            planner = try ShiftPlanner(requirements: demand.curve, templates: templates.templates, options: options)
        } catch {
            // A template rule the planner checks is placed at its line in the shift file.
            throw CommandError(ShiftTemplateErrorText.placed(error, shifts: shifts))
        }
        let plan = try planner.plan()
        guard plan.status.hasSolution else {
            switch plan.status {
            case .noSolution:
                throw CommandError("no shift plan found within the time limit of \(NumberText.short(timeLimit)) s "
                    + "(\(plan.candidateCount) candidate shifts); allow more with --time-limit")
            default:
                throw CommandError("no shift plan exists (the optimiser reports the program \(plan.status.rawValue))")
            }
        }
        let report = SchedulePlanReport(plan: plan, planner: planner, requirements: demand, shiftsFile: shifts,
                                        timeLimitSeconds: timeLimit)
        if let out {
            try CSVWriter.write(header: SchedulePlanReport.csvHeader, rows: report.csvRows, to: URL(fileURLWithPath: out))
        }
        if let xlsx {
            let notes = Self.workbookNotes(requirements: demand, shiftsFile: shifts, timeLimit: timeLimit, gap: gap)
            try Workbook.write(to: URL(fileURLWithPath: xlsx)) { workbook in
                try ShiftPlanSheets.add(to: workbook, plan: plan, notes: notes)
            }
        }
        switch output.format {
        case .table:
            print(report.text)
            if let out { print("Wrote \(report.csvRows.count) shift rows to \(out)") }
            if let xlsx { print("Wrote \(ShiftPlanSheets.shiftsSheetName) and \(ShiftPlanSheets.coverageSheetName) to \(xlsx)") }
        case .json:
            print(JSONOutput.encode(report.json))
        case .csv:
            print(CSVWriter.encode(header: SchedulePlanReport.csvHeader, rows: report.csvRows), terminator: "")
        }
    }

    /// Where the plan came from and the limits the optimiser had, for the workbook's notes.
    static func workbookNotes(requirements: ShiftRequirementFile, shiftsFile: String, timeLimit: Double, gap: Double?) -> [String] {
        let curve = requirements.curve
        return ["Requirements: \(requirements.source) (column \(requirements.column)), \(curve.firstDate) – \(curve.lastDate), "
                    + "\(curve.intervals.count) intervals of \(curve.intervalMinutes) min. Shift templates: \(shiftsFile).",
                "Optimiser limits: \(NumberText.short(timeLimit)) s, "
                    + (gap.map { "stop within \(NumberText.short($0)) % of the best possible" } ?? "prove optimal (--gap 0)") + "."]
    }
}
