public import Foundation
public import Interchange

/// One row of `headset deferred --items`: work arriving in an interval.
public struct DeferredArrival {
    public let line: Int
    public let start: WallClockTime
    public let items: Double
    public let handleTime: Double

    public init(line: Int, start: WallClockTime, items: Double, handleTime: Double) {
        self.line = line
        self.start = start
        self.items = items
        self.handleTime = handleTime
    }
}

/// Reads `interval_start,items,aht` with errors naming file, line and column.
public enum DeferredItemsFile {
    public static let columns = [
        CSVColumn("interval_start", aliases: ["start", "interval", "datetime", "timestamp"]),
        CSVColumn("items", aliases: ["volume", "contacts", "emails", "letters", "arrivals"]),
        CSVColumn("aht", aliases: ["handle_time", "aht_seconds", "average_handle_time"]),
    ]

    public static func read(_ url: URL) throws -> [DeferredArrival] {
        let document = try CSVReader.read(contentsOf: url)
        let map = try CSVHeaderMap(document, columns: columns)
        var arrivals: [DeferredArrival] = []
        var seen: [WallClockTime: Int] = [:]
        for row in document.rows {
            func invalid(_ column: String, _ expected: String) -> InterchangeError {
                .csvInvalidValue(file: document.source, line: row.line, column: column,
                                 value: map.string(row, column) ?? "", expected: expected)
            }
            let text = try map.requiredString(row, "interval_start").trimmingCharacters(in: .whitespaces)
            guard let start = WallClockTime(text) else { throw invalid("interval_start", "a date and time such as 2026-11-23T09:00") }
            guard let items = try map.double(row, "items"), items >= 0 else { throw invalid("items", "a number of items, 0 or more") }
            guard let aht = try map.double(row, "aht"), aht > 0 else { throw invalid("aht", "seconds per item, more than 0") }
            if let earlier = seen[start] {
                throw ServiceError.invalidInput(InputProblem(file: document.source, line: row.line, field: "interval_start",
                                                             sentence: "interval_start \(text) repeats line \(earlier)"))
            }
            seen[start] = row.line
            arrivals.append(DeferredArrival(line: row.line, start: start, items: items, handleTime: aht))
        }
        guard !arrivals.isEmpty else {
            throw ServiceError.invalidInput(InputProblem(file: document.source, field: "rows", sentence: "no rows"))
        }
        return arrivals.sorted { $0.start < $1.start }
    }
}
