public import Forecasting
import Foundation
import Interchange
import Storage

/// Where a forecast's history comes from and how to read it (what `headset forecast` and its
/// backtest are given).
public struct ForecastHistoryRequest: Sendable {
    /// A history CSV; nil to read the database's stored history.
    public var historyFile: String?
    public var databasePath: String
    public var calendarFile: String?
    /// An IANA zone that overrides the calendar's and the centre's.
    public var timeZone: String?
    public var localTimes: Bool
    public var channel: String?
    /// The planning interval, minutes.
    public var intervalMinutes: Int

    public init(historyFile: String?, databasePath: String, calendarFile: String?, timeZone: String?, localTimes: Bool,
                channel: String?, intervalMinutes: Int) {
        self.historyFile = historyFile
        self.databasePath = databasePath
        self.calendarFile = calendarFile
        self.timeZone = timeZone
        self.localTimes = localTimes
        self.channel = channel
        self.intervalMinutes = intervalMinutes
    }
}

/// One channel's history at the planning interval and the calendar to forecast it with: the
/// wiring shared by `headset forecast` and its backtest.
public struct ForecastInput {
    /// Names the history in messages: the file as given, or the database and channel.
    public let source: String
    public let channel: String
    /// The channel's history summed to the planning interval, in time order.
    public let observations: [IntervalObservation]
    /// The interval length of the history as read or stored, seconds.
    public let sourceIntervalSeconds: Int
    public let calendar: PlanningCalendar
    /// The calendar file as given, or nil when the calendar was inferred from the history.
    public let calendarSource: String?
    public let timeZoneName: String

    /// Warnings for the person (a calendar whose zone was replaced).
    public let warnings: [String]

    public var intervalSeconds: Int { observations.first?.lengthSeconds ?? 0 }

    public static func load(_ options: ForecastHistoryRequest) throws -> ForecastInput {
        let databasePath = options.databasePath
        let store = FileManager.default.fileExists(atPath: databasePath)
            ? try HeadsetDatabase.openExisting(at: databasePath, access: .readOnly).0 : nil
        defer { try? store?.close() }

        var warnings: [String] = []
        var calendar = try options.calendarFile.map { try CalendarFile.load(from: URL(fileURLWithPath: $0)) }
        let (zone, zoneName) = try timeZone(options: options, calendar: calendar, store: store)
        if let file = calendar, let given = options.calendarFile, file.timeZone.identifier != zone.identifier {
            warnings.append("time zone \(zoneName) replaces the time zone of \(given) "
                + "(\(file.timeZone.identifier)): its opening hours are read as \(zoneName) clock times")
            calendar = try PlanningCalendar(timeZone: zone, openingHours: file.openingHours, closedDates: file.closedDates,
                                            specialDays: file.specialDays)
        }

        let trimmedChannel = options.channel?.trimmingCharacters(in: .whitespaces)
        let source: String
        let channel: String
        let sourceInterval: Int
        var observations: [IntervalObservation]
        if let file = options.historyFile {
            let history: IntervalHistoryFile
            history = try IntervalHistoryReader.read(contentsOf: URL(fileURLWithPath: file), options: IntervalHistoryOptions(
                    defaultChannel: trimmedChannel ?? "phone", timeZone: zone, treatZAsLocal: options.localTimes))
            source = history.source
            channel = try pick(trimmedChannel.map(ChannelName.normalized), among: history.channels, source: source)
            sourceInterval = history.intervalSeconds
            observations = history.observations.filter { $0.channel == channel }
        } else {
            guard let store else {
                throw ServiceError.notFound(kind: "Headset database", key: databasePath,
                                            hint: "import history first (headset history import FILE --database \(databasePath)) "
                                                + "or give --history FILE.csv")
            }
            let channels = try store.read("reading interval history") { db in try IntervalHistoryRepository.channels(in: db) }
            guard !channels.isEmpty else {
                throw ServiceError.notFound(kind: "interval history", key: databasePath, hint: "import some with headset history import")
            }
            channel = try pick(trimmedChannel.map(ChannelName.normalized), among: channels, source: databasePath)
            source = "\(databasePath) (channel \(channel))"
            observations = try store.read("reading interval history") { db in
                try IntervalHistoryRepository.observations(channel: channel, in: db)
            }
            sourceInterval = observations.first?.lengthSeconds ?? 0
        }
        do {
            observations = try IntervalAggregator.aggregate(observations, toSeconds: options.intervalMinutes * 60, timeZone: zone)
                .sorted { $0.start < $1.start }
        } catch {
            throw ServiceError.invalidInput(InputProblem(file: source, field: "interval", sentence: error.description))
        }
        let planning = try calendar ?? PlanningCalendar.inferred(from: observations, timeZone: zone)
        return ForecastInput(source: source, channel: channel, observations: observations,
                             sourceIntervalSeconds: sourceInterval, calendar: planning,
                             calendarSource: options.calendarFile, timeZoneName: zoneName, warnings: warnings)
    }

    /// `--time-zone`, else the calendar's, else the centre's setting, else UTC; with its name as
    /// given (Foundation calls UTC "GMT").
    private static func timeZone(options: ForecastHistoryRequest, calendar: PlanningCalendar?,
                                 store: HeadsetDatabase?) throws -> (TimeZone, String) {
        if let name = options.timeZone { return try Centre.timeZone(setting: name) }
        if let calendar { return (calendar.timeZone, calendar.timeZone.identifier) }
        let setting = try store?.read("reading the centre's time zone") { db in
            try SettingsRepository.value(SettingsRepository.Key.timeZone, in: db)
        }
        return try Centre.timeZone(setting: setting)
    }

    /// The channel asked for, or the only one there is.
    private static func pick(_ asked: String?, among channels: [String], source: String) throws -> String {
        let listed = channels.map { "'\($0)'" }.joined(separator: ", ")
        if let asked {
            guard channels.contains(asked) else {
                throw ServiceError.invalidInput(InputProblem(file: source, field: "channel",
                                                             sentence: "no channel '\(asked)' in the history (channels: \(listed))"))
            }
            return asked
        }
        guard channels.count == 1 else {
            throw ServiceError.invalidInput(InputProblem(file: source, field: "channel",
                                                         sentence: "the history has \(channels.count) channels (\(listed)); pick one with --channel"))
        }
        return channels[0]
    }

    /// One line for people: where the history came from and how it is read.
    public var headline: String {
        var parts = ["\(source): channel \(channel)", "\(observations.count) intervals of \(intervalSeconds / 60) min"]
        if sourceIntervalSeconds != intervalSeconds, sourceIntervalSeconds > 0 {
            parts[1] += " (summed from \(sourceIntervalSeconds / 60)-minute history)"
        }
        parts.append("times in \(timeZoneName)")
        parts.append(calendarSource.map { "calendar \($0)" } ?? "calendar inferred from the history")
        return parts.joined(separator: ", ")
    }
}
