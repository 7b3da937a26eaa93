import HeadsetServices
import ArgumentParser
import CivilTime
import Foundation
import Interchange
import Reports
import Scheduling
import Staffing
import Storage
import Workbook

/// `headset schedule roster`: a shift plan assigned to named people within working-time rules.
struct ScheduleRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Assign a shift plan to named people (contracts, availability, working-time rules).",
        discussion: """
            Examples:
              headset schedule roster --requirements need.csv --shifts schedules/shifts-demo.yaml \\
                  --staff staff.csv --from 2026-12-07 --weeks 4 --out roster.csv
              headset schedule roster ... --xlsx roster.xlsx
              headset schedule check --roster roster.csv

            Plans the shifts from --requirements and --shifts as headset schedule plan does, then \
            assigns the ones starting in --from … --weeks to the people in --staff (person, name, \
            min_hours, max_hours, skills, unavailable: "2026-12-24;2026-12-20..2026-12-31;sun"). \
            A template's skills are all needed to work it. The roster is saved in the database \
            (--no-save: not) for headset schedule export and list. When the requirements carry \
            calls and aht (headset staffing --intervals --out does), coverage shows the service \
            level expected with the rostered agents (Erlang C, --service-level, --shrinkage). \
            --out writes the roster in the format headset schedule check --roster reads; --xlsx a \
            workbook (the people × days roster, coverage per interval and per day and week, a \
            heat map, the rule check). See docs/scheduling.md.
            """)

    @Option(name: .long, help: ArgumentHelp("CSV of agents required per interval (as for schedule plan).", valueName: "path"))
    var requirements: String

    @Option(name: .long, help: ArgumentHelp("Shift templates (YAML).", valueName: "path"))
    var shifts: String

    @Option(name: .long, help: ArgumentHelp(
        "With a channel column in --requirements: the channel to roster (as for schedule plan).", valueName: "name"))
    var channel: String?

    @Option(name: .long, help: ArgumentHelp("Staff CSV: person, name, min_hours, max_hours, skills, unavailable.",
                                            valueName: "path"))
    var staff: String

    @Option(name: .long, help: ArgumentHelp("First day of the roster, YYYY-MM-DD.", valueName: "date"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("Weeks to roster.", valueName: "count"))
    var weeks: Int

    @Option(name: .long, help: ArgumentHelp(
        "Working-time rules: a built-in set, eu (EU directive 2003/88/EC) or no (Norway), or a rule file (YAML).",
        valueName: "name|path"))
    var rules: String = "eu"

    @Option(name: .customLong("time-zone"), help: ArgumentHelp(
        "The roster's time zone, e.g. Europe/Vilnius (default: the centre's setting in --database, else UTC).", valueName: "zone"))
    var timeZone: String?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Seconds the shift-plan optimiser may search (default 10).",
                                                                 valueName: "seconds"))
    var timeLimit: Double?

    @Option(name: .long, help: ArgumentHelp("Also write the roster CSV (person, date, start, end, breaks).", valueName: "path"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Also write a workbook: Roster, Roster coverage and Rule check sheets.",
                                            valueName: "path"))
    var xlsx: String?

    @Option(name: .long, help: ArgumentHelp(
        "Activities to book inside shifts (person,date,start,minutes,activity; headset coach export --activities).",
        valueName: "path"))
    var activities: String?

    @Option(name: .long, help: ArgumentHelp("The roster's name in the database (default: 'Roster FROM').", valueName: "name"))
    var name: String?

    @Option(name: .customLong("service-level"), help: ArgumentHelp(
        "Service goal for the expected service level, PERCENT/SECONDS.", valueName: "goal"))
    var serviceLevel: String = "80/20"

    @Option(name: .long, help: ArgumentHelp(
        "Percent of rostered time not spent answering, as staffing added it.", valueName: "percent"))
    var shrinkage: Double = 0

    @Flag(name: .customLong("no-save"), help: "Do not save the roster in the database.")
    var noSave = false

    @Flag(name: .long, help: "Create the database when it does not exist yet (otherwise only headset init creates one).")
    var create = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOption

    func validate() throws {
        if LocalDate(from) == nil { throw ValidationError("--from must be a date such as 2026-12-07, got '\(from)'") }
        if weeks < 1 || weeks > 104 { throw ValidationError("--weeks must be 1 to 104, got \(weeks)") }
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw ValidationError("--time-zone: unknown time zone '\(timeZone)' (use an IANA name such as Europe/Vilnius)")
        }
        if !(shrinkage >= 0 && shrinkage < 100) { throw ValidationError("--shrinkage must be 0 to less than 100 %, got \(shrinkage)") }
        if let name, name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--name must not be empty") }
        if let timeLimit, !(timeLimit > 0 && timeLimit <= 3600) {
            throw ValidationError("--time-limit must be more than 0 and at most 3600 seconds, got \(timeLimit)")
        }
    }

    func run() throws {
        if let out { try ScheduleRosterOutputs.requireWritable(out, option: "--out") }
        if let xlsx { try ScheduleRosterOutputs.requireWritable(xlsx, option: "--xlsx") }
        let zone = try database.centreTimeZone(timeZone)
        let first = LocalDate(from)!
        let goal = try ServiceLevelArgument.parse(serviceLevel)
        let ruleSet = try WorkingTimeRulesFile.load(nameOrPath: rules)
        let people = try StaffFile.read(URL(fileURLWithPath: staff))
        let demand = try ShiftRequirementFile.read(URL(fileURLWithPath: requirements), column: nil, channel: channel, intervalMinutes: nil)
        let templates = try ShiftTemplateFile.load(from: URL(fileURLWithPath: shifts))
        var sources = ["requirements": requirements, "shifts": shifts, "staff": staff, "rules": rules]
        if let activities { sources["activities"] = activities }
        let built = try SchedulingService.buildRoster(RosterRequest(
            requirements: demand.curve, templates: templates.templates, staff: people, rules: ruleSet, firstDay: first, weeks: weeks,
            timeZone: zone, goalSeconds: goal.seconds, goalFraction: goal.fraction, shrinkage: shrinkage / 100,
            timeLimitSeconds: timeLimit ?? SchedulePlanCommand.defaultTimeLimit, name: name,
            activities: try activities.map { try RosterActivitiesFile.read(URL(fileURLWithPath: $0)) } ?? [], sources: sources))
        let document = built.document, result = built.assignment, seconds = built.seconds
        // Outputs first, under temporary names; they move into place in the transaction that
        // saves the roster, so a failed output saves nothing and a failed save writes nothing.
        let rows = document.roster.entries.map(ScheduleRosterReport.csvRow)
        var outputs = ScheduleRosterOutputs()
        defer { outputs.discard() }
        if let out {
            try outputs.stage(out) { url in try CSVWriter.write(header: ScheduleRosterReport.rosterHeader, rows: rows, to: url) }
        }
        if let xlsx {
            try outputs.stage(xlsx) { url in
                try Workbook.write(to: url) { workbook in
                    try RosterSheets.add(to: workbook, roster: document, notes: [RosterSheets.describe(document)])
                }
            }
        }
        var rosterID: Int64?
        if !noSave {
            let centre = try database.writableCentre(create: create, timeZone: timeZone)
            defer { try? centre.close() }
            rosterID = try SchedulingService(centre: centre).saveRoster(document, operatorName: database.resolvedActor) {
                try outputs.commit()
            }
        } else {
            try outputs.commit()
        }
        let report = ScheduleRosterReport(result: result, document: document, rosterID: rosterID, ruleSet: ruleSet, seconds: seconds)
        switch output.format {
        case .table:
            print(report.text)
            if let out { print("Wrote \(report.rosterRows.count) shifts to \(out)") }
            if let xlsx { print("Wrote \(RosterSheets.sheetNames.joined(separator: ", ")) to \(xlsx)") }
        case .json: print(JSONOutput.encode(report.json))
        case .csv: print(CSVWriter.encode(header: ScheduleRosterReport.rosterHeader, rows: report.rosterRows), terminator: "")
        }
    }
}
