import Forecasting
/// The columns of an interval history file and how one record becomes a row.
///
/// Header names match ignoring case, spaces, `_` and `-` (see ``CSVColumn``); messages name a
/// column the way the file's header spells it.
struct IntervalHistoryColumns {
    static let timestamp = CSVColumn("interval_start", aliases: ["datetime", "start", "start_time", "timestamp", "interval"],
                                     required: false)
    static let date = CSVColumn("date", required: false)
    static let time = CSVColumn("time", required: false)
    static let offered = CSVColumn("offered", aliases: ["calls", "volume", "contacts", "calls_offered"])
    static let handled = CSVColumn("handled", aliases: ["answered"], required: false)
    static let abandoned = CSVColumn("abandoned", required: false)
    static let aht = CSVColumn("aht", aliases: ["handle_time", "average_handle_time"], required: false)
    static let channel = CSVColumn("channel", aliases: ["queue"], required: false)
    static let all = [timestamp, date, time, offered, handled, abandoned, aht, channel]

    /// One record's cells, parsed; the reader keeps it as a compact ``IntervalHistoryRow``.
    struct Parsed {
        /// The timestamp as written (`date time` when the file has separate columns).
        let text: String
        let timestamp: IntervalHistoryTimestamp
        let offered: Double
        let handled: Double?
        let abandoned: Double?
        let averageHandleTime: Double?
    }

    private let map: CSVHeaderMap
    private let hasTimestamp: Bool
    private let hasDate: Bool
    /// Optional columns present in this file; absent ones are never looked up per row (a lookup
    /// of an absent column normalises its name each time).
    private let hasChannel: Bool
    private let hasHandled: Bool
    private let hasAbandoned: Bool
    private let hasHandleTime: Bool
    /// Header names as written, by canonical column name.
    private let headerNames: [String: String]

    init(source: String, delimiter: Character, header: [String]) throws(IntervalHistoryError) {
        do {
            map = try CSVHeaderMap(source: source, delimiter: delimiter, header: header, columns: Self.all)
        } catch {
            throw .csv(error)
        }
        hasTimestamp = map.has(Self.timestamp.name)
        hasDate = map.has(Self.date.name)
        hasChannel = map.has(Self.channel.name)
        hasHandled = map.has(Self.handled.name)
        hasAbandoned = map.has(Self.abandoned.name)
        hasHandleTime = map.has(Self.aht.name)
        guard hasTimestamp || (hasDate && map.has(Self.time.name)) else {
            throw .missingTimestampColumn(file: source, accepted: Self.timestamp.acceptedNames)
        }
        var names: [String: String] = [:]
        for name in header {
            let key = CSVColumn.normalized(name)
            for column in Self.all where names[column.name] == nil
                && column.acceptedNames.contains(where: { CSVColumn.normalized($0) == key }) {
                names[column.name] = name
            }
        }
        headerNames = names
    }

    /// The row's channel: its `channel` / `queue` cell, else `fallback`; normalised
    /// (``ChannelName/normalized(_:)``), so `Phone` and `phone` are one channel.
    func channel(of record: CSVRow, fallback: String) -> String {
        guard hasChannel else { return ChannelName.normalized(fallback) }
        let value = ChannelName.normalized(map.string(record, Self.channel.name) ?? "")
        return value.isEmpty ? ChannelName.normalized(fallback) : value
    }

    func row(_ record: CSVRow) throws(IntervalHistoryRowProblem) -> Parsed {
        let (text, timestamp) = try self.timestamp(record)
        let offered = try number(record, Self.offered)!
        let handled = hasHandled ? try number(record, Self.handled) : nil
        if let handled, handled > offered {
            throw .handledExceedsOffered(column: name(Self.handled), handled: cell(record, Self.handled),
                                         offeredColumn: name(Self.offered), offered: cell(record, Self.offered))
        }
        return Parsed(text: text, timestamp: timestamp,
                   offered: offered,
                   handled: handled,
                   abandoned: hasAbandoned ? try number(record, Self.abandoned) : nil,
                   averageHandleTime: hasHandleTime ? try duration(record, Self.aht) : nil)
    }

    private func name(_ column: CSVColumn) -> String { headerNames[column.name] ?? column.name }

    /// The cell as written, trimmed.
    private func cell(_ record: CSVRow, _ column: CSVColumn) -> String {
        (map.string(record, column.name) ?? "").trimmingWhitespace()
    }

    private func timestamp(_ record: CSVRow) throws(IntervalHistoryRowProblem) -> (String, IntervalHistoryTimestamp) {
        let column = hasTimestamp ? Self.timestamp : Self.time
        let text = (map.string(record, column.name) ?? "").trimmingWhitespace()
        guard !text.isEmpty else { throw .missingValue(column: name(column)) }
        guard var parsed = IntervalHistoryTimestamp.parse(text) else {
            throw .invalidTimestamp(column: name(column), value: text)
        }
        var written = text
        if parsed.date == .none {
            guard hasDate else { throw .timeWithoutDate(column: name(column), value: text) }
            let dateText = (map.string(record, Self.date.name) ?? "").trimmingWhitespace()
            guard !dateText.isEmpty else { throw .missingValue(column: name(Self.date)) }
            guard let date = IntervalHistoryTimestamp.parseDate(dateText) else {
                throw .invalidTimestamp(column: name(Self.date), value: dateText)
            }
            parsed.date = date
            written = dateText + " " + text
        }
        if case let .known(year, month, day) = parsed.date,
           !IntervalHistoryCalendar.isValid(year: year, month: month, day: day) {
            throw .nonexistentDate(value: written)
        }
        return (written, parsed)
    }

    /// A count: nil when the column is absent or (for optional columns) blank.
    private func number(_ record: CSVRow, _ column: CSVColumn) throws(IntervalHistoryRowProblem) -> Double? {
        guard let raw = map.string(record, column.name) else { return nil }
        let value: Double?
        do {
            value = try map.double(record, column.name)
        } catch {
            throw .invalidNumber(column: name(column), value: raw)
        }
        guard let value else {
            if column.isRequired { throw .missingValue(column: name(column)) }
            return nil
        }
        guard value >= 0 else { throw .negativeNumber(column: name(column), value: raw.trimmingWhitespace()) }
        return value
    }

    /// Seconds, written as a number (`185`, `185.5`) or as `[h:]mm:ss` (`3:05`, `0:03:05`).
    private func duration(_ record: CSVRow, _ column: CSVColumn) throws(IntervalHistoryRowProblem) -> Double? {
        guard let raw = map.string(record, column.name) else { return nil }
        let text = raw.trimmingWhitespace()
        guard text.contains(":") else { return try number(record, column) }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let values = parts.compactMap { part in
            part.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && part.count <= 6 ? Int(part) : nil
        }
        guard parts.count <= 3, values.count == parts.count,
              parts.dropFirst().allSatisfy({ $0.count == 2 }), values.dropFirst().allSatisfy({ $0 < 60 })
        else { throw .invalidDuration(column: name(column), value: text) }
        return Double(values.reduce(0) { $0 * 60 + $1 })
    }
}
