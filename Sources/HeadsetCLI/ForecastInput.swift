import HeadsetServices
import Forecasting
import Foundation
import Interchange
import Storage

/// One channel's history at the planning interval and the calendar to forecast it with, loaded
/// as ``ForecastHistoryOptions`` say: the wiring shared by `headset forecast` and its backtest.
struct ForecastInput {
    /// Names the history in messages: the file as given, or the database and channel.
    let source: String
    let channel: String
    /// The channel's history summed to the planning interval, in time order.
    let observations: [IntervalObservation]
    /// The interval length of the history as read or stored, seconds.
    let sourceIntervalSeconds: Int
    let calendar: PlanningCalendar
    /// The calendar file as given, or nil when the calendar was inferred from the history.
    let calendarSource: String?
    let timeZoneName: String

    var intervalSeconds: Int { observations.first?.lengthSeconds ?? 0 }

    static func load(_ options: ForecastHistoryOptions) throws -> ForecastInput {
        let databasePath = options.resolvedDatabasePath
        let store = FileManager.default.fileExists(atPath: databasePath) ? try HeadsetDatabase.open(at: databasePath).0 : nil
        defer { try? store?.close() }

        var calendar = try options.calendar.map { try CalendarFile.load(from: URL(fileURLWithPath: $0)) }
        let (zone, zoneName) = try timeZone(options: options, calendar: calendar, store: store)
        if let file = calendar, file.timeZone.identifier != zone.identifier {
            printError("headset: warning: --time-zone \(zoneName) replaces the time zone of \(options.calendar!) "
                + "(\(file.timeZone.identifier)): its opening hours are read as \(zoneName) clock times")
            calendar = try PlanningCalendar(timeZone: zone, openingHours: file.openingHours, closedDates: file.closedDates,
                                            specialDays: file.specialDays)
        }

        let source: String
        let channel: String
        let sourceInterval: Int
        var observations: [IntervalObservation]
        if let file = options.history {
            let history: IntervalHistoryFile
            do {
                history = try IntervalHistoryReader.read(contentsOf: URL(fileURLWithPath: file), options: IntervalHistoryOptions(
                    defaultChannel: options.trimmedChannel ?? "phone", timeZone: zone, treatZAsLocal: options.localTimes))
            } catch {
                throw CommandError(error.description)
            }
            source = history.source
            channel = try pick(options.trimmedChannel.map(ChannelName.normalized), among: history.channels, source: source)
            sourceInterval = history.intervalSeconds
            observations = history.observations.filter { $0.channel == channel }
        } else {
            guard let store else {
                throw CommandError("\(databasePath): no such database; import history first "
                    + "(headset history import FILE --database \(databasePath)) or give --history FILE.csv")
            }
            let channels = try store.read("reading interval history") { db in try IntervalHistoryRepository.channels(in: db) }
            guard !channels.isEmpty else {
                throw CommandError("\(databasePath): no interval history stored; import some with headset history import")
            }
            channel = try pick(options.trimmedChannel.map(ChannelName.normalized), among: channels, source: databasePath)
            source = "\(databasePath) (channel \(channel))"
            observations = try store.read("reading interval history") { db in
                try IntervalHistoryRepository.observations(channel: channel, in: db)
            }
            sourceInterval = observations.first?.lengthSeconds ?? 0
        }
        do {
            observations = try IntervalAggregator.aggregate(observations, toSeconds: options.interval * 60, timeZone: zone)
                .sorted { $0.start < $1.start }
        } catch {
            throw CommandError("\(source): \(error.description)")
        }
        let planning = try calendar ?? PlanningCalendar.inferred(from: observations, timeZone: zone)
        return ForecastInput(source: source, channel: channel, observations: observations,
                             sourceIntervalSeconds: sourceInterval, calendar: planning,
                             calendarSource: options.calendar, timeZoneName: zoneName)
    }

    /// `--time-zone`, else the calendar's, else the centre's setting, else UTC; with its name as
    /// given (Foundation calls UTC "GMT").
    private static func timeZone(options: ForecastHistoryOptions, calendar: PlanningCalendar?,
                                 store: HeadsetDatabase?) throws -> (TimeZone, String) {
        if let name = options.timeZone { return (TimeZone(identifier: name)!, name) }
        if let calendar { return (calendar.timeZone, calendar.timeZone.identifier) }
        guard let store, let setting = try store.read("reading the centre's time zone", { db in
            try SettingsRepository.value(SettingsRepository.Key.timeZone, in: db)
        }) else { return (TimeZone(secondsFromGMT: 0)!, "UTC") }
        guard let zone = TimeZone(identifier: setting) else {
            throw CommandError("setting \(SettingsRepository.Key.timeZone) '\(setting)' is not a time zone; "
                + "give --time-zone or correct the setting")
        }
        return (zone, setting)
    }

    /// The channel asked for, or the only one there is.
    private static func pick(_ asked: String?, among channels: [String], source: String) throws -> String {
        let listed = channels.map { "'\($0)'" }.joined(separator: ", ")
        if let asked {
            guard channels.contains(asked) else {
                throw CommandError("\(source): no channel '\(asked)' in the history (channels: \(listed))")
            }
            return asked
        }
        guard channels.count == 1 else {
            throw CommandError("\(source): the history has \(channels.count) channels (\(listed)); pick one with --channel")
        }
        return channels[0]
    }

    /// One line for people: where the history came from and how it is read.
    var headline: String {
        var parts = ["\(source): channel \(channel)", "\(observations.count) intervals of \(intervalSeconds / 60) min"]
        if sourceIntervalSeconds != intervalSeconds, sourceIntervalSeconds > 0 {
            parts[1] += " (summed from \(sourceIntervalSeconds / 60)-minute history)"
        }
        parts.append("times in \(timeZoneName)")
        parts.append(calendarSource.map { "calendar \($0)" } ?? "calendar inferred from the history")
        return parts.joined(separator: ", ")
    }
}
