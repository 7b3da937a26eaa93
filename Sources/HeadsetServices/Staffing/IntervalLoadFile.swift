public import Foundation
public import Interchange

/// Reads the CSV of `headset staffing --intervals`: `interval_start,calls,aht` and an optional
/// `channel`, with errors that name the file, line and column.
///
/// ```
/// interval_start,channel,calls,aht
/// 2003-08-18T07:00,voice,412,240
/// ```
///
/// Calls may be 0 (that interval needs nobody) or fractional (forecasts); a blank `aht` cell, or
/// no `aht` column at all, takes the `--aht` given on the command line.
public enum IntervalLoadFile {
    public static func columns(ahtRequired: Bool) -> [CSVColumn] {
        [
            CSVColumn("interval_start", aliases: ["start", "interval", "datetime", "timestamp", "period_start"]),
            CSVColumn("channel", aliases: ["queue", "skill"], required: false),
            CSVColumn("calls", aliases: ["volume", "offered", "contacts", "calls_offered"]),
            CSVColumn("aht", aliases: ["aht_seconds", "handle_time", "average_handle_time"], required: ahtRequired),
        ]
    }

    /// The rows of `url`; `fallbackHandleTime` (seconds) fills blank or absent `aht` cells.
    public static func read(_ url: URL, fallbackHandleTime: Double?) throws -> (source: String, rows: [IntervalLoad]) {
        let document = try CSVReader.read(contentsOf: url)
        let map = try CSVHeaderMap(document, columns: columns(ahtRequired: fallbackHandleTime == nil))
        var rows: [IntervalLoad] = []
        rows.reserveCapacity(document.rows.count)
        for row in document.rows {
            rows.append(try load(row, map: map, source: document.source, fallbackHandleTime: fallbackHandleTime))
        }
        guard !rows.isEmpty else {
            throw ServiceError.invalidInput(InputProblem(file: document.source, field: "rows",
                                                         sentence: "no intervals: the file has a header line but no rows"))
        }
        return (document.source, rows)
    }

    private static func load(_ row: CSVRow, map: CSVHeaderMap, source: String,
                             fallbackHandleTime: Double?) throws -> IntervalLoad {
        func invalid(_ column: String, expected: String) -> InterchangeError {
            .csvInvalidValue(file: source, line: row.line, column: column, value: map.string(row, column) ?? "",
                             expected: expected)
        }
        let startText = try map.requiredString(row, "interval_start").trimmingCharacters(in: .whitespaces)
        guard let start = WallClockTime(startText) else {
            throw invalid("interval_start", expected: "a date and time such as 2003-08-18T07:30")
        }
        guard let calls = try map.double(row, "calls"), calls >= 0 else {
            throw invalid("calls", expected: "a number of calls, 0 or more")
        }
        let handleTime: Double
        if let value = try map.double(row, "aht") {
            guard value > 0 else { throw invalid("aht", expected: "a handle time of more than 0 seconds") }
            handleTime = value
        } else if let fallbackHandleTime {
            handleTime = fallbackHandleTime
        } else {
            throw invalid("aht", expected: "a handle time in seconds (or give --aht for blank cells)")
        }
        let channel = map.string(row, "channel")?.trimmingCharacters(in: .whitespaces) ?? ""
        return IntervalLoad(line: row.line, startText: startText, start: start, channel: channel, calls: calls,
                            averageHandleTime: handleTime)
    }
}
