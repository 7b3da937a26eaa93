import HeadsetServices
import ArgumentParser
import Foundation
import Interchange

/// Where `headset forecast` and `headset forecast backtest` take history and the calendar from:
/// a CSV file (`--history`) or the database (`--history-from-database`), a calendar file or one
/// inferred from the history, the centre's zone, the channel and the planning interval.
struct ForecastHistoryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Interval history CSV: interval start and calls (offered), optionally handled, abandoned, aht (seconds), channel (docs/history.md).",
        valueName: "file.csv"))
    var history: String?

    @Flag(name: .customLong("history-from-database"), help: ArgumentHelp(
        "Use the history stored by 'headset history import' in --database instead of a file."))
    var historyFromDatabase = false

    @Option(name: .long, help: ArgumentHelp(
        "Calendar YAML: opening hours, closed days, special days with volume factors (default: inferred from the history; see docs/forecasting.md).",
        valueName: "file.yaml"))
    var calendar: String?

    @Option(name: .customLong("time-zone"), help: ArgumentHelp(
        "The centre's IANA time zone (default: the calendar's, else the centre.time_zone setting, else UTC).",
        valueName: "zone"))
    var timeZone: String?

    @Flag(name: .customLong("local-times"), help: "History timestamps ending in Z are the centre's local clock, not UTC.")
    var localTimes = false

    @Option(name: .long, help: ArgumentHelp(
        "The channel to forecast when the history has several (default: the only one; rows without a channel are 'phone').",
        valueName: "name"))
    var channel: String?

    @Option(name: .long, help: ArgumentHelp(
        "Planning interval in minutes: history is summed to it (must divide a day: 15, 30, 60 …).",
        valueName: "minutes"))
    var interval = 30

    @Option(name: .long, help: ArgumentHelp(
        "SQLite database for --history-from-database and the centre.time_zone setting (default: $HEADSET_DATABASE, else ./headset.sqlite).",
        valueName: "path"))
    var database: String?

    func validate() throws {
        switch (history, historyFromDatabase) {
        case (nil, false):
            throw ValidationError("Missing --history <file.csv> (or --history-from-database to use stored history)")
        case (.some, true):
            throw ValidationError("--history and --history-from-database exclude each other: give one source of history")
        default:
            break
        }
        if historyFromDatabase && localTimes {
            throw ValidationError("--local-times applies to --history files: stored history is already in UTC")
        }
        if interval <= 0 || 1_440 % interval != 0 {
            throw ValidationError("--interval must divide a day into whole intervals (5, 10, 15, 20, 30, 60 … minutes), got \(interval)")
        }
        if let channel, channel.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--channel must not be empty")
        }
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw ValidationError("--time-zone: unknown time zone '\(timeZone)' (use an IANA name such as Europe/Vilnius)")
        }
    }

    var resolvedDatabasePath: String {
        DatabaseOptions.resolve(option: database, environment: ProcessInfo.processInfo.environment)
    }

    var trimmedChannel: String? { channel?.trimmingCharacters(in: .whitespaces) }

    /// What the forecasting use case is given.
    var request: ForecastHistoryRequest {
        ForecastHistoryRequest(historyFile: history, databasePath: resolvedDatabasePath, calendarFile: calendar, timeZone: timeZone,
                               localTimes: localTimes, channel: channel, intervalMinutes: interval)
    }

    /// Loads the history and prints the use case's warnings.
    func load() throws -> ForecastInput {
        let input = try ForecastInput.load(request)
        for warning in input.warnings { printError("headset: warning: --\(warning)") }
        return input
    }
}
