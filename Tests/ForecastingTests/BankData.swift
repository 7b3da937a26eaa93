import CivilTime
import Foundation
@testable import Forecasting

/// The bank call history shipped in `schedules/` (Weinberg, Brown & Stroud 2007; see
/// schedules/README.md): five-minute counts, weekdays 07:00-21:00, local clock written with `Z`.
enum BankData {
    static let timeZone = TimeZone(identifier: "America/New_York")!

    static var path: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schedules/bank_calls_2003_weekdays_5min.csv")
    }

    static func observations() throws -> [IntervalObservation] {
        let text = try String(contentsOf: path, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: ",")
            let parts = fields[0].dropLast().split(separator: "T")
            guard fields.count == 2, let calls = Double(fields[1]), let date = LocalDate(String(parts[0])) else { return nil }
            let clock = parts[1].split(separator: ":").compactMap { Int($0) }
            let local = date.dayNumber * 86_400 + clock[0] * 3600 + clock[1] * 60
            let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
            return IntervalObservation(channel: "phone", start: Date(timeIntervalSince1970: TimeInterval(local - offset)),
                                       lengthSeconds: 300, offered: calls)
        }
    }

    /// Weekdays 07:00-21:00; the US federal holidays missing from the data are closures.
    static func calendar() throws -> PlanningCalendar {
        let hours = try OpeningPeriod(parsing: "07:00-21:00")
        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
        return try PlanningCalendar(
            timeZone: timeZone, openingHours: Dictionary(uniqueKeysWithValues: weekdays.map { ($0, [hours]) }),
            closedDates: [LocalDate("2003-05-26")!: "Memorial Day", LocalDate("2003-07-04")!: "Independence Day",
                          LocalDate("2003-09-01")!: "Labor Day"])
    }
}
