import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Scheduling

/// `headset schedule check`: every place a roster of named people breaks a working-time rule set.
struct ScheduleCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a roster of named people against working-time rules (rest, weekly hours, breaks, night work).",
        discussion: """
            Examples:
              headset schedule check --roster roster.csv
              headset schedule check --roster roster.csv --rules schedules/working-time-no.yaml --time-zone Europe/Oslo --format json

            The roster CSV has person, date (the day the shift starts), start and end (HH:MM on the \
            wall clock; an end not after the start is the next day), and optionally breaks: \
            "12:00+30,15:00+15p" (start+minutes, p = paid). Durations are real time in --time-zone, so \
            a night shift over a clock change is as long as it really is. Violations are listed by \
            person, then day; the exit status is 0 even when there are some, unless --strict (then 1). \
            Rule kinds and their semantics: docs/scheduling.md.
            """)

    @Option(name: .long, help: ArgumentHelp("Roster CSV: person, date, start, end[, breaks].", valueName: "path"))
    var roster: String

    @Option(name: .long, help: ArgumentHelp(
        "Working-time rules: a built-in set, eu (EU directive 2003/88/EC) or no (Norway), or a rule file (YAML).",
        valueName: "name|path"))
    var rules: String = "eu"

    @Option(name: .customLong("time-zone"), help: ArgumentHelp(
        "The roster's time zone, e.g. Europe/Vilnius (default: the centre's setting in --database, else UTC).", valueName: "zone"))
    var timeZone: String?

    @Flag(name: .long, help: "Exit with status 1 when there are violations (after listing them).")
    var strict = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw ValidationError("--time-zone: unknown time zone '\(timeZone)' (use an IANA name such as Europe/Vilnius)")
        }
    }

    func run() throws {
        let zone = try database.centreTimeZone(timeZone)
        let ruleSet = try WorkingTimeRulesFile.load(nameOrPath: rules)
        let entries = try RosterFile.read(URL(fileURLWithPath: roster))
        let violations = ruleSet.check(roster: Roster(timeZone: zone, entries: entries))
        let report = ScheduleCheckReport(violations: violations, ruleSet: ruleSet, rulesFile: rules, rosterFile: roster,
                                         timeZone: zone.identifier, entries: entries)
        switch output.format {
        case .table: print(report.text)
        case .json: print(JSONOutput.encode(report.json))
        case .csv: print(CSVWriter.encode(header: ScheduleCheckReport.csvHeader, rows: report.csvRows), terminator: "")
        }
        if strict, !violations.isEmpty {
            printError("headset: \(violations.count) working-time violation\(violations.count == 1 ? "" : "s") (--strict)")
            throw ExitCode(ExitStatus.inputError)
        }
    }
}
