public import CivilTime
public import Forecasting
public import Foundation

/// Forecast interval starts as `headset forecast` writes them: ISO 8601 local time with the
/// zone's offset at that moment, `2003-09-02T07:00:00-04:00` (`+00:00` in UTC), so the centre's
/// clock is readable and the instant exact.
public enum ForecastTime {
    public static func text(_ date: Date, in zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: date)
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let dayNumber = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - dayNumber * 86_400
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset) / 60
        return "\(LocalDate(dayNumber: dayNumber))T\(two(seconds / 3_600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
            + "\(sign)\(two(magnitude / 60)):\(two(magnitude % 60))"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
