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

    public init(defaultChannel: String = "phone", timeZone: TimeZone = TimeZone(secondsFromGMT: 0)!,
                treatZAsLocal: Bool = false, intervalSeconds: Int? = nil, lenient: Bool = false) {
        self.defaultChannel = defaultChannel
        self.timeZone = timeZone
        self.treatZAsLocal = treatZAsLocal
        self.intervalSeconds = intervalSeconds
        self.lenient = lenient
    }
}
