import Foundation

/// Converts moments to Excel serials in one time zone, asking Foundation for the UTC offset only
/// when a moment falls outside the stretch between two daylight-saving transitions seen last.
struct ZoneOffsetCache {
    let timeZone: TimeZone
    private var validFrom = Date.distantFuture
    private var validUntil = Date.distantPast
    private var offset = 0.0

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    mutating func serial(_ date: Date) -> Double {
        if date < validFrom || date >= validUntil {
            offset = Double(timeZone.secondsFromGMT(for: date))
            validFrom = date
            validUntil = timeZone.nextDaylightSavingTimeTransition(after: date) ?? .distantFuture
        }
        return (date.timeIntervalSince1970 + offset) / 86_400 + ExcelDate.unixEpochSerial
    }
}
