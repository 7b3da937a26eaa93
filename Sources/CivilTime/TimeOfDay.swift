/// A wall-clock time of day, to the minute, written `HH:MM` (`07:30`).
///
/// ```swift
/// TimeOfDay("07:30")?.minutes   // 450
/// TimeOfDay(minutes: 1290)      // 21:30
/// ```
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes after midnight, 0 ..< 1440.
    public let minutes: Int

    /// A time from minutes after midnight; values outside one day wrap round (1500 is 01:00).
    public init(minutes: Int) {
        self.minutes = ((minutes % 1440) + 1440) % 1440
    }

    public init(hour: Int, minute: Int) {
        self.init(minutes: hour * 60 + minute)
    }

    /// Parses `H:MM` or `HH:MM` (00:00 … 23:59); nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var description: String {
        Self.text(minutes)
    }

    /// `HH:MM` for minutes after midnight, wrapping past midnight (1530 → `01:30`).
    public static func text(_ minutes: Int) -> String {
        let wrapped = ((minutes % 1440) + 1440) % 1440
        let hour = wrapped / 60
        let minute = wrapped % 60
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
