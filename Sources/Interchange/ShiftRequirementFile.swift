import CivilTime
import Forecasting
import Foundation
import Scheduling

/// Agents required per interval, read from a CSV file for `headset schedule plan`.
///
/// ```
/// interval_start,required
/// 2026-11-23T07:00,4
/// 2026-11-23T07:30,6
/// ```
///
/// The output of `headset staffing --intervals … --out` is read as it is: its `scheduled_agents`
/// column (agents to schedule after shrinkage) is the requirement unless another column is
/// chosen (`agents` for productive agents). Without a choice the first of `required` (or
/// `required_agents`, `agents_required`, `requirement`, `need`, `needed`), `scheduled_agents`
/// and `agents` that the file has is used.
///
/// - `interval_start` (also `start`, `interval`, `datetime`, `timestamp`, `period_start`): the
///   centre's wall clock, `2026-11-23T07:30`, `2026-11-23 07:30:00`; a trailing `Z` or UTC offset
///   is accepted and not applied. When clocks go back, the repeated hour's two readings (different
///   offsets) are planned once, with the larger requirement.
/// - the requirement: agents, 0 or more, fractions allowed.
/// - `channel` (also `queue`, `skill`), optional: one channel is planned at a time.
/// - `calls` (also `offered`, `contacts`, `volume`) and `aht` (also `aht_seconds`,
///   `handle_time`), optional, together: the contacts behind the requirement, which give
///   coverage an expected service level (the staffing output has both).
///
/// The interval length is the smallest gap between two starts, unless given.
public struct ShiftRequirementFile: Sendable {
    public let source: String
    /// The header name the requirement was read from.
    public let column: String
    public let curve: RequirementCurve

    static let startColumn = CSVColumn("interval_start", aliases: ["start", "interval", "datetime", "timestamp", "period_start"])
    static let channelColumn = CSVColumn("channel", aliases: ["queue", "skill"], required: false)
    static let callsColumn = CSVColumn("calls", aliases: ["offered", "contacts", "volume"], required: false)
    static let handleTimeColumn = CSVColumn("aht", aliases: ["aht_seconds", "handle_time", "average_handle_time"], required: false)
    static let requiredColumn = CSVColumn("required", aliases: ["required_agents", "agents_required", "requirement", "need", "needed"])
    /// Requirement columns tried in order when none is chosen.
    static let fallbacks = ["scheduled_agents", "agents"]

    /// Reads `url`; `column` chooses the requirement column, `channel` the channel to plan,
    /// `intervalMinutes` the interval length (checked against the file).
    public static func read(_ url: URL, column: String? = nil, channel: String? = nil, intervalMinutes: Int? = nil) throws -> ShiftRequirementFile {
        let document = try CSVReader.read(contentsOf: url)
        return try parse(document, column: column, channel: channel, intervalMinutes: intervalMinutes)
    }

    /// As ``read(_:column:channel:intervalMinutes:)``, for a document already parsed.
    public static func parse(_ document: CSVDocument, column chosen: String? = nil, channel: String? = nil,
                             intervalMinutes: Int? = nil) throws -> ShiftRequirementFile {
        let source = document.source
        let requirement = try requirementColumn(document, chosen: chosen)
        let map = try CSVHeaderMap(document, columns: [startColumn, channelColumn, requirement, callsColumn, handleTimeColumn])
        let hasWorkload = map.has("calls") && map.has("aht")
        guard !document.rows.isEmpty else {
            throw ShiftFileError(file: source, message: "no intervals: the file has a header line but no rows")
        }

        struct Row {
            let line: Int
            let text: String
            let date: LocalDate
            let minute: Int
            let offset: Int?
            let required: Double
            let workload: IntervalWorkload?
        }
        var rows: [Row] = []
        var channels: [String: Int] = [:]
        for row in document.rows {
            // One channel however it is spelt: `Voice` and `voice ` are `voice`.
            let rowChannel = ChannelName.normalized(map.string(row, "channel") ?? "")
            if !rowChannel.isEmpty { channels[rowChannel, default: 0] += 1 }
            if let channel, rowChannel != ChannelName.normalized(channel) { continue }
            let text = try map.requiredString(row, "interval_start").trimmingWhitespace()
            guard let stamp = IntervalHistoryTimestamp.parse(text), case let .known(year, month, day) = stamp.date,
                  let date = LocalDate(year: year, month: month, day: day), stamp.secondsOfDay % 60 == 0 else {
                throw InterchangeError.csvInvalidValue(file: source, line: row.line, column: "interval_start", value: text,
                                                       expected: "a date and time such as 2026-11-23T07:30")
            }
            let offset: Int? = switch stamp.zone {
            case .none: nil
            case .utc: 0
            case .offset(let seconds): seconds
            }
            guard let required = try map.double(row, requirement.name), required >= 0 else {
                throw InterchangeError.csvInvalidValue(file: source, line: row.line, column: requirement.name,
                                                       value: map.string(row, requirement.name) ?? "",
                                                       expected: "a number of agents, 0 or more")
            }
            var workload: IntervalWorkload?
            if hasWorkload {
                let calls = try map.double(row, "calls"), handle = try map.double(row, "aht")
                if let calls, let handle {
                    guard calls >= 0 else {
                        throw InterchangeError.csvInvalidValue(file: source, line: row.line, column: "calls",
                                                               value: map.string(row, "calls") ?? "", expected: "a number of contacts, 0 or more")
                    }
                    guard handle > 0 || calls == 0 else {
                        throw InterchangeError.csvInvalidValue(file: source, line: row.line, column: "aht",
                                                               value: map.string(row, "aht") ?? "", expected: "seconds, more than 0")
                    }
                    workload = IntervalWorkload(calls: calls, handleSeconds: handle)
                }
            }
            rows.append(Row(line: row.line, text: text, date: date, minute: stamp.secondsOfDay / 60, offset: offset, required: required,
                            workload: workload))
        }
        if channel == nil, channels.count > 1 {
            throw ShiftFileError(file: source, message: "several channels ("
                + channels.keys.sorted().map { "'\($0)'" }.joined(separator: ", ") + "); plan one at a time with --channel")
        }
        if let channel, rows.isEmpty {
            throw ShiftFileError(file: source, message: "no rows for channel '\(channel)' (the file has "
                + (channels.isEmpty ? "no channel column" : channels.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")) + ")")
        }

        // One interval per wall-clock reading; the repeated hour of a clock change keeps the larger need.
        var byReading: [Int: Row] = [:]
        for row in rows {
            let key = row.date.dayNumber * 1440 + row.minute
            if let earlier = byReading[key] {
                guard let first = earlier.offset, let second = row.offset, first != second else {
                    throw ShiftFileError(file: source, line: row.line, message: "interval_start '\(row.text)' repeats line \(earlier.line)")
                }
                if row.required > earlier.required { byReading[key] = row }
            } else {
                byReading[key] = row
            }
        }
        let readings = byReading.keys.sorted()
        let length = try intervalLength(readings: readings, byReading: byReading.mapValues { ($0.line, $0.text) },
                                        given: intervalMinutes, source: source)
        for key in readings where key % 1440 % length != 0 {
            let row = byReading[key]!
            throw ShiftFileError(file: source, line: row.line, message: "interval_start '\(row.text)' is not on the "
                + "\(length)-minute grid from midnight")
        }
        let intervals = readings.map { key -> RequirementInterval in
            let row = byReading[key]!
            return RequirementInterval(date: row.date, start: TimeOfDay(minutes: row.minute), required: row.required, label: row.text,
                                       workload: row.workload)
        }
        do {
            return ShiftRequirementFile(source: source, column: header(of: requirement, in: document),
                                        curve: try RequirementCurve(intervalMinutes: length, intervals: intervals))
        } catch {
            throw ShiftFileError(file: source, message: error.description)
        }
    }

    /// The column the requirement is read from: the chosen one, else the first the file has.
    private static func requirementColumn(_ document: CSVDocument, chosen: String?) throws -> CSVColumn {
        let present = Set(document.header.map(CSVColumn.normalized))
        if let chosen {
            guard present.contains(CSVColumn.normalized(chosen)) else {
                throw InterchangeError.csvMissingColumn(file: document.source, column: chosen, accepted: [chosen])
            }
            return CSVColumn(chosen)
        }
        if requiredColumn.acceptedNames.contains(where: { present.contains(CSVColumn.normalized($0)) }) {
            return requiredColumn
        }
        for name in fallbacks where present.contains(CSVColumn.normalized(name)) {
            return CSVColumn(name)
        }
        throw InterchangeError.csvMissingColumn(file: document.source, column: requiredColumn.name,
                                                accepted: requiredColumn.acceptedNames + fallbacks)
    }

    /// The header text of `column` in the file, as written.
    private static func header(of column: CSVColumn, in document: CSVDocument) -> String {
        let names = Set(column.acceptedNames.map(CSVColumn.normalized))
        return document.header.first { names.contains(CSVColumn.normalized($0)) } ?? column.name
    }

    /// Minutes: the given length (checked against the smallest gap), else the smallest gap, else 30.
    private static func intervalLength(readings: [Int], byReading: [Int: (line: Int, text: String)], given: Int?,
                                       source: String) throws -> Int {
        var smallest: (gap: Int, earlier: Int, later: Int)?
        for (earlier, later) in zip(readings, readings.dropFirst()) where smallest == nil || later - earlier < smallest!.gap {
            smallest = (later - earlier, earlier, later)
        }
        if let given {
            guard given > 0, 1440 % given == 0 else {
                throw ShiftFileError(file: source, message: "--interval \(given): must divide a day into whole intervals (e.g. 15, 30 or 60 minutes)")
            }
            if let smallest, smallest.gap < given {
                throw ShiftFileError(file: source, message: "--interval \(given) minutes does not match the file: the intervals starting on lines "
                    + "\(byReading[smallest.earlier]!.line) and \(byReading[smallest.later]!.line) are \(smallest.gap) minutes apart")
            }
            return given
        }
        guard let smallest else { return 30 }
        guard 1440 % smallest.gap == 0 else {
            throw ShiftFileError(file: source, line: byReading[smallest.later]!.line, message: "intervals \(smallest.gap) minutes apart "
                + "(lines \(byReading[smallest.earlier]!.line) and \(byReading[smallest.later]!.line)) do not divide a day; give --interval")
        }
        return smallest.gap
    }
}
