import Foundation
import Testing

/// Inputs for the `headset forecast` tests: a history with a known pattern, a calendar with a
/// closure, a campaign and a half day, and the bank reference data in `schedules/`.
///
/// The history is 8 weeks of weekdays (Mon 2003-08-25 … Fri 2003-10-17), 08:00–12:00 New York
/// time in half hours, and repeats exactly every week: calls = weekday scale × intraday shape
/// (Mon 10, Tue 9, Wed 8, Thu 7, Fri 6 times 1, 2, 3, 4, 4, 3, 2, 1), AHT = 180 + 10 × the
/// interval's index. Every method must then forecast the pattern itself, which the tests check
/// to the last digit that matters. Timestamps carry no zone: they are the centre's clock.
enum ForecastFixture {
    static let weekdayScale = [10.0, 9, 8, 7, 6]
    static let shape = [1.0, 2, 3, 4, 4, 3, 2, 1]
    static let firstMonday = (year: 2003, month: 8, day: 25)
    static let weeks = 8
    static let zone = "America/New_York"

    /// Calls in an interval of the pattern (weekday 0 = Monday, index 0 = 08:00).
    static func calls(weekday: Int, index: Int) -> Double { weekdayScale[weekday] * shape[index] }
    static func aht(index: Int) -> Double { 180 + 10 * Double(index) }

    /// `interval_start,calls,aht` (and `channel` when given), `weeks` weeks from Mon 2003-08-25.
    static func history(weeks: Int = weeks, channels: [String] = [], handleTimes: Bool = true) -> String {
        var lines = [(["interval_start"] + (channels.isEmpty ? [] : ["channel"]) + ["calls"] + (handleTimes ? ["aht"] : []))
            .joined(separator: ",")]
        for day in 0..<(weeks * 7) {
            let weekday = day % 7
            guard weekday < 5 else { continue }
            let date = self.date(offset: day)
            for channel in channels.isEmpty ? [""] : channels {
                for index in shape.indices {
                    let minutes = 8 * 60 + index * 30
                    let clock = String(format: "%@ %02d:%02d", date, minutes / 60, minutes % 60)
                    var fields = [clock]
                    if !channels.isEmpty { fields.append(channel) }
                    fields.append(plain(calls(weekday: weekday, index: index)))
                    if handleTimes { fields.append(plain(aht(index: index))) }
                    lines.append(fields.joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `YYYY-MM-DD` of the day `offset` days after Mon 2003-08-25.
    static func date(offset: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: firstMonday.year, month: firstMonday.month, day: firstMonday.day))!
        let parts = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: offset, to: start)!)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Weekdays 08:00–12:00; Tue 21 Oct closed, Wed 22 Oct a campaign (× 1.5), Thu 23 Oct a half day.
    static let calendar = """
        time_zone: America/New_York
        opening_hours:
          monday: "08:00-12:00"
          tuesday: "08:00-12:00"
          wednesday: "08:00-12:00"
          thursday: "08:00-12:00"
          friday: "08:00-12:00"
        closed:
          - { date: 2003-10-21, name: Staff training }
        special_days:
          - { date: 2003-10-22, label: Campaign, volume_factor: 1.5 }
          - { date: 2003-10-23, label: Half day, hours: "08:00-10:00" }

        """

    /// The forecast horizon of the tests: two weeks from Mon 20 Oct 2003, across the end of
    /// daylight saving time in New York (Sun 26 Oct).
    static let horizon = ["--start", "2003-10-20", "--days", "14"]

    /// A scratch directory holding `history.csv` and `calendar.yaml`.
    static func scratch(history: String = history()) throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        try Data(history.utf8).write(to: scratch.file("history.csv"))
        try Data(calendar.utf8).write(to: scratch.file("calendar.yaml"))
        return scratch
    }

    /// The repository's `schedules/` directory.
    static var schedules: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schedules")
    }

    static var bankArguments: [String] {
        ["--history", schedules.appendingPathComponent("bank_calls_2003_weekdays_5min.csv").path, "--local-times",
         "--calendar", schedules.appendingPathComponent("bank-calendar.yaml").path]
    }

    /// CSV text as records keyed by the header.
    static func records(_ text: String) -> [[String: String]] {
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    static func json(_ result: HeadsetProcess.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    }

    /// Runs `headset` and expects success.
    @discardableResult
    static func run(_ arguments: [String], in scratch: ScratchDirectory) throws -> HeadsetProcess.Result {
        let result = try HeadsetProcess.run(arguments, in: scratch.url)
        #expect(result.status == 0, "\(arguments): \(result.standardError)")
        return result
    }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
