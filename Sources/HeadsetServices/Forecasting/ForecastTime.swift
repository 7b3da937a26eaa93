import CivilTime
import Forecasting
public import Foundation

/// Forecast interval starts as `headset forecast` writes them: ISO 8601 local time with the
/// zone's offset at that moment, `2003-09-02T07:00:00-04:00` (`+00:00` in UTC), so the centre's
/// clock is readable and the instant exact.
public enum ForecastTime {
    public static func text(_ date: Date, in zone: TimeZone) -> String { ISO8601Text.local(date, in: zone) }
}
