import Foundation

/// Excel's date serial numbers: days since 1899-12-30 (the 1900 date system), with the time of
/// day as the fraction.
public enum ExcelDate {
    /// Serial number of `date` as wall-clock time in `timeZone`.
    public static func serial(_ date: Date, in timeZone: TimeZone) -> Double {
        let offset = Double(timeZone.secondsFromGMT(for: date))
        return (date.timeIntervalSince1970 + offset) / 86_400 + unixEpochSerial
    }

    /// Serial number of the calendar day that contains `date` in `timeZone` (no time part).
    public static func daySerial(_ date: Date, in timeZone: TimeZone) -> Double {
        serial(date, in: timeZone).rounded(.down)
    }

    /// A duration in seconds as a fraction of days, which `[h]:mm:ss` displays.
    public static func durationSerial(seconds: Double) -> Double { seconds / 86_400 }

    /// 1970-01-01 is serial 25569 in the 1900 date system.
    static let unixEpochSerial = 25_569.0
}
