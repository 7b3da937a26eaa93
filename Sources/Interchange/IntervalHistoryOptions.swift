import Foundation

/// How ``IntervalHistoryReader`` interprets an interval history file.
///
/// ```swift
/// var options = IntervalHistoryOptions(timeZone: TimeZone(identifier: "America/New_York")!)
/// options.treatZAsLocal = true   // the file writes the centre's local clock with a `Z`
/// ```
public struct IntervalHistoryOptions: Equatable, Sendable {
    /// The channel of rows in a file without a `channel` / `queue` column, or with a blank cell.
    public var defaultChannel: String
    /// The centre's time zone: a timestamp without a zone is local time here, and interval starts
    /// must lie on the interval grid of this zone's local clock.
    public var timeZone: TimeZone
    /// Read `Z` (and `UTC`, `GMT`) as "local time in ``timeZone``" rather than UTC, for exports
    /// that write the centre's local clock with a `Z`. Numeric offsets (`+02:00`) are always honoured.
    public var treatZAsLocal: Bool
    /// The file's interval length in seconds; nil detects it from the timestamps.
    public var intervalSeconds: Int?
    /// Skip bad rows and report them instead of failing on the first one.
    public var lenient: Bool
    /// The moment of reading, for the bound on future rows: an interval starting after tomorrow
    /// in ``timeZone`` (at or after the midnight that ends tomorrow there) is not history but a
    /// wrong year or a forecast pasted in, and is a row error. Tomorrow, not today, leaves room
    /// for clocks and zones that disagree by hours. nil: no upper bound (a file read for its own
    /// sake, as forecasts of old data do). Rows before 1970-01-01 00:00 UTC are refused always.
    public var now: Date?

    public init(defaultChannel: String = "phone", timeZone: TimeZone = TimeZone(secondsFromGMT: 0)!,
                treatZAsLocal: Bool = false, intervalSeconds: Int? = nil, lenient: Bool = false, now: Date? = nil) {
        self.defaultChannel = defaultChannel
        self.timeZone = timeZone
        self.treatZAsLocal = treatZAsLocal
        self.intervalSeconds = intervalSeconds
        self.lenient = lenient
        self.now = now
    }
}
