import CivilTime
public import Foundation

/// Interval starts as `history` commands print them: ISO 8601 UTC, `2003-03-03T12:00:00Z`.
public enum HistoryTime {
    public static func text(_ date: Date) -> String {
        ISO8601Text.utc(date)
    }
}
