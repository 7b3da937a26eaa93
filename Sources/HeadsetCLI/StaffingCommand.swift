import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Reports
import Staffing
import Workbook

/// `headset staffing`: agents needed for one interval, or for every interval of a CSV file.
struct StaffingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffing",
        abstract: "Agents needed to answer calls on target (Erlang C, or Erlang A with --patience).",
        discussion: """
            Examples:
              headset staffing --calls 100 --aht 180 --service-level 80/20 --shrinkage 30
              headset staffing --calls 100 --aht 180 --service-level 80/20 --agents 14
              headset staffing --intervals day.csv --service-level 80/20 --xlsx day.xlsx

            The intervals CSV has the columns interval_start (e.g. 2003-08-18T07:30, \
            the centre's clock), calls and aht (seconds), and optionally channel. Every \
            target given must hold; agents to schedule = agents ÷ (1 − shrinkage), \
            rounded up. See docs/staffing.md.
            """)

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Calls offered in the interval (a count).", valueName: "calls"))
    var calls: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Average handle time in seconds (talk + hold + wrap-up). With --intervals: used where the file gives none.",
        valueName: "seconds"))
    var aht: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Interval length in minutes (default 30; with --intervals, inferred from the file and checked).",
        valueName: "minutes"))
    var interval: Double?

    @Option(name: .customLong("service-level"), parsing: .unconditional, help: ArgumentHelp(
        "Target: PERCENT of calls answered within SECONDS, e.g. 80/20 (also sets the threshold reported with --agents; default 20 s).",
        valueName: "percent/seconds"))
    var serviceLevel: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Target: average speed of answer at most this many seconds.", valueName: "seconds"))
    var asa: Double?

    @Option(name: .customLong("max-abandon"), parsing: .unconditional, help: ArgumentHelp(
        "Target: at most this percentage of calls hang up, e.g. 5 (needs --patience).", valueName: "percent"))
    var maxAbandon: Double?

    @Option(name: .customLong("max-occupancy"), parsing: .unconditional, help: ArgumentHelp(
        "Cap: agents busy with calls at most this percentage of the time, e.g. 85.", valueName: "percent"))
    var maxOccupancy: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Paid time not available for calls (breaks, training, absence), percent, e.g. 30 (default 0).",
        valueName: "percent"))
    var shrinkage: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Mean caller patience in seconds: callers hang up (Erlang A). Without it nobody hangs up (Erlang C).",
        valueName: "seconds"))
    var patience: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Evaluate this many agents (a count) instead of searching for the fewest that meet the targets.",
        valueName: "count"))
    var agents: Int?

    @Option(name: .long, help: ArgumentHelp(
        "CSV of intervals to staff: interval_start, calls, aht (seconds), optional channel.", valueName: "path"))
    var intervals: String?

    @Option(name: .long, help: ArgumentHelp(
        "With --intervals: write the results to this CSV file instead of printing them.", valueName: "path"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp(
        "With --intervals: also write a staffing workbook (daily totals, intervals, chart).", valueName: "path"))
    var xlsx: String?

    @Option(name: .long, help: ArgumentHelp(
        "Chat: chats one agent handles at once (a count, default 1). --calls are then chats and --aht the time a "
            + "chat holds a slot at that concurrency, in seconds.", valueName: "chats"))
    var concurrency: Int?

    @OptionGroup var output: FormatOption

    func validate() throws {
        if let concurrency {
            guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1, got \(concurrency)") }
            if intervals != nil && concurrency > 1 {
                throw ValidationError("--concurrency applies to one interval (--calls); for a file of chat intervals, "
                    + "staff the slots (leave out --concurrency) and divide agents by the concurrency")
            }
        }
        if intervals != nil {
            if calls != nil {
                throw ValidationError("--calls cannot be combined with --intervals: the file gives the calls of each interval")
            }
        } else {
            guard calls != nil else { throw ValidationError("Missing --calls <calls> (or give --intervals <path>)") }
            guard aht != nil else { throw ValidationError("Missing --aht <seconds>") }
            if out != nil || xlsx != nil {
                throw ValidationError("--out and --xlsx need --intervals <path>: they write one row per interval")
            }
        }
        if agents != nil {
            if asa != nil || maxAbandon != nil || maxOccupancy != nil {
                throw ValidationError("--asa, --max-abandon and --max-occupancy are targets for a search; "
                    + "--agents evaluates a given number instead")
            }
        } else if serviceLevel == nil && asa == nil && maxAbandon == nil {
            throw ValidationError("Give a target (--service-level 80/20, --asa SECONDS or --max-abandon PERCENT), "
                + "or --agents N to evaluate a number of agents")
        }
        if maxAbandon != nil && patience == nil {
            throw ValidationError("--max-abandon needs --patience <seconds>: without a patience nobody hangs up (Erlang C)")
        }
    }

    func run() throws {
        let settings = try StaffingSettings(
            serviceLevel: try serviceLevel.map(ServiceLevelArgument.parse),
            maximumSpeedOfAnswer: asa, maximumAbandonment: maxAbandon.map { $0 / 100 },
            maximumOccupancy: maxOccupancy.map { $0 / 100 }, shrinkage: try Shrinkage(fraction: (shrinkage ?? 0) / 100),
            patience: patience, agents: agents)
        if let intervals {
            try runBatch(file: intervals, settings: settings)
        } else if let calls, let aht {
            let intervalSeconds = (interval ?? IntervalLength.defaultMinutes) * 60
            let report: StaffingReport
            if let concurrency, concurrency > 1 {
                report = StaffingReport(try settings.chatResult(calls: calls, averageHandleTime: aht,
                                                                intervalSeconds: intervalSeconds, concurrency: concurrency),
                                        shrinkage: settings.shrinkage)
            } else {
                report = StaffingReport(try settings.result(calls: calls, averageHandleTime: aht, intervalSeconds: intervalSeconds),
                                        shrinkage: settings.shrinkage)
            }
            if output.format == .table { print(heading(calls: calls, aht: aht, settings: settings) + "\n") }
            OutputPrinter.print(report.table(evaluated: agents != nil), csv: report.csv, json: report,
                                format: output.format)
        }
    }

    private func heading(calls: Double, aht: Double, settings: StaffingSettings) -> String {
        var parts = [settings.model == .erlangC ? "Erlang C" : "Erlang A (patience \(NumberText.short(patience ?? 0)) s)",
                     "\(NumberText.short(calls)) calls in \(NumberText.short(interval ?? IntervalLength.defaultMinutes)) min",
                     "AHT \(NumberText.short(aht)) s"]
        if let agents {
            parts.append("\(agents) agents evaluated")
        } else {
            parts.append("target " + targetText)
        }
        return parts.joined(separator: " · ")
    }

    private var targetText: String {
        var targets: [String] = []
        if let serviceLevel { targets.append("service level \(serviceLevel)") }
        if let asa { targets.append("ASA ≤ \(NumberText.short(asa)) s") }
        if let maxAbandon { targets.append("abandon ≤ \(NumberText.short(maxAbandon)) %") }
        if let maxOccupancy { targets.append("occupancy ≤ \(NumberText.short(maxOccupancy)) %") }
        return targets.joined(separator: ", ")
    }

    // MARK: Batch

    private func runBatch(file: String, settings: StaffingSettings) throws {
        let (source, loads) = try IntervalLoadFile.read(URL(fileURLWithPath: file), fallbackHandleTime: try fallbackHandleTime())
        let intervalSeconds = try IntervalLength.resolve(minutes: interval, rows: loads, source: source)
        var staffed: [StaffedInterval] = []
        staffed.reserveCapacity(loads.count)
        // Starts stay on the file's clock: read as UTC and shown in UTC, they appear as written.
        let clock = TimeZone(identifier: "UTC")!
        for load in loads {
            do {
                staffed.append(try settings.staff(load, start: load.start.date(in: clock), intervalSeconds: intervalSeconds))
            } catch {
                guard let message = UserFacingError.message(for: error) else { throw error }
                throw CommandError("\(source):\(load.line): \(message)")
            }
        }
        let withAbandonment = settings.patience != nil
        let reports = zip(loads, staffed).map { StaffedIntervalReport(startText: $0.startText, $1) }

        if let xlsx {
            let plan = StaffingPlan(
                intervals: staffed, serviceLevelTarget: settings.serviceLevel,
                serviceLevelSeconds: settings.serviceLevelSeconds, shrinkage: settings.shrinkage.fraction,
                notes: notes(source: source, count: loads.count, intervalSeconds: intervalSeconds, settings: settings))
            try Workbook.write(to: URL(fileURLWithPath: xlsx), options: WorkbookOptions(timeZone: clock)) { workbook in
                try workbook.setProperties(DocumentProperties(
                    title: "Staffing: \(source)", subject: "Agents needed per interval",
                    author: "Headset \(HeadsetVersion.current)", keywords: "WFM, staffing, Erlang, contact centre"))
                try StaffingSheets.add(to: workbook, plan: plan)
            }
        }
        let header = StaffedIntervalReport.csvHeader(withAbandonment: withAbandonment)
        let rows = reports.map { $0.csvFields(withAbandonment: withAbandonment) }
        if let out {
            try CSVWriter.write(header: header, rows: rows, to: URL(fileURLWithPath: out))
            print("Wrote \(reports.count) intervals to \(out)")
        }
        // Keep JSON and CSV on standard output parseable: the workbook line goes with tables only.
        if let xlsx, out != nil || output.format == .table {
            print("Wrote the staffing workbook \(xlsx) (\(StaffingSheets.summaries.map(\.sheetName).joined(separator: ", ")))")
        }
        guard out == nil else { return }
        let table = TextTable(headers: StaffedIntervalReport.tableHeader(withAbandonment: withAbandonment),
                              rows: reports.map { $0.tableFields(withAbandonment: withAbandonment) },
                              alignments: StaffedIntervalReport.tableAlignments(withAbandonment: withAbandonment))
        OutputPrinter.print(table, csv: TextTable(headers: header, rows: rows), json: reports, format: output.format)
    }

    private func fallbackHandleTime() throws -> Double? {
        guard let aht else { return nil }
        guard aht.isFinite, aht > 0 else {
            throw StaffingError.invalidInput(field: "aht", value: aht, requirement: "must be more than 0 seconds")
        }
        return aht
    }

    private func notes(source: String, count: Int, intervalSeconds: Double, settings: StaffingSettings) -> [String] {
        var notes = ["Input: \(source), \(count) intervals of \(NumberText.short(intervalSeconds / 60)) minutes"
            + (aht.map { "; AHT \(NumberText.short($0)) s where the file gives none" } ?? "") + "."]
        switch settings.model {
        case .erlangC: notes.append("Model: Erlang C (nobody hangs up).")
        case .erlangA: notes.append("Model: Erlang A, mean patience \(NumberText.short(patience ?? 0)) s; abandoners never count as answered.")
        }
        if let agents {
            notes.append("Evaluated with \(agents) agents in every interval.")
        } else if asa != nil || maxAbandon != nil || maxOccupancy != nil {
            notes.append("Targets, all met in every interval: \(targetText).")
        }
        return notes
    }
}
