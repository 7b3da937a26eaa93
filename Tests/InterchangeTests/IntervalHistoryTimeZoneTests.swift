import Forecasting
import Foundation
import Interchange
import Testing

@Suite("Interval history: time zones and daylight saving")
struct IntervalHistoryTimeZoneTests {
    @Test("--local-times reads the bank's Z as New York local time: EST before 6 April 2003, EDT after")
    func zAsLocal() throws {
        let options = IntervalHistoryOptions(timeZone: HistoryTesting.newYork, treatZAsLocal: true)
        let history = try HistoryTesting.read(BankSample.aroundDaylightSaving, options)
        let starts = history.observations.map(\.start)
        #expect(starts.first == HistoryTesting.instant("2003-04-03T12:00:00Z"), "07:00 EST is 12:00 UTC")
        #expect(starts[6] == HistoryTesting.instant("2003-04-08T11:00:00Z"), "07:00 EDT is 11:00 UTC")
        #expect(history.intervalSeconds == 300)
    }

    @Test("without --local-times, Z is UTC whatever the centre's zone")
    func zAsUTC() throws {
        let history = try HistoryTesting.read(BankSample.monday, IntervalHistoryOptions(timeZone: HistoryTesting.newYork))
        #expect(history.observations.first?.start == HistoryTesting.instant("2003-03-03T07:00:00Z"))
    }

    @Test("numeric offsets are honoured, also with --local-times")
    func offsets() throws {
        let text = "start,calls\n2003-03-03T07:00:00+02:00,1\n2003-03-03T07:30:00+0200,2\n2003-03-03 08:00 +02,3\n"
        for local in [false, true] {
            let history = try HistoryTesting.read(text, IntervalHistoryOptions(timeZone: HistoryTesting.vilnius, treatZAsLocal: local))
            #expect(history.observations.map(\.start) == ["05:00", "05:30", "06:00"].map {
                HistoryTesting.instant("2003-03-03T\($0):00Z")
            })
        }
        let west = try HistoryTesting.read("start,calls\n2003-03-03T07:00-05:00,1\n2003-03-03T07:30-05:00,1\n",
                                           IntervalHistoryOptions(timeZone: HistoryTesting.newYork))
        #expect(west.observations.first?.start == HistoryTesting.instant("2003-03-03T12:00:00Z"))
    }

    @Test("a timestamp without a zone is local time in the centre's zone")
    func noZoneIsLocal() throws {
        let text = "start,calls\n2003-03-03 07:00,1\n2003-03-03 07:30,2\n"
        let vilnius = try HistoryTesting.read(text, IntervalHistoryOptions(timeZone: HistoryTesting.vilnius))
        #expect(vilnius.observations.first?.start == HistoryTesting.instant("2003-03-03T05:00:00Z"))
        let utc = try HistoryTesting.read(text)
        #expect(utc.observations.first?.start == HistoryTesting.instant("2003-03-03T07:00:00Z"), "UTC by default")
    }

    /// A 24-hour centre's 15-minute history in Vilnius local time, 00:00 on `from` to 00:00 on
    /// `to`, as its telephony system exports it: the skipped hour absent, the repeated hour twice.
    static func roundTheClock(_ days: [String], skipping skipped: (day: String, hour: Int)? = nil,
                              repeating repeated: (day: String, hour: Int)? = nil) -> String {
        var lines = ["Interval Start,Offered"]
        var count = 0
        for day in days {
            for hour in 0..<24 {
                if let skipped, skipped.day == day, skipped.hour == hour { continue }
                let times = repeated.map { $0.day == day && $0.hour == hour } == true ? 2 : 1
                for _ in 0..<times {
                    for minute in stride(from: 0, to: 60, by: 15) {
                        count += 1
                        lines.append("\(day) \(Self.twoDigits(hour)):\(Self.twoDigits(minute)),\(count)")
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    // Europe/Vilnius in 2003 follows the EU rule (IANA tz database, file `europe`): EET (UTC+2)
    // to EEST (UTC+3) at 01:00 UTC on the last Sunday of March, back at 01:00 UTC on the last
    // Sunday of October.
    @Test("spring forward in Vilnius (2003-03-30, 23 hours): 92 quarter-hours, one continuous UTC line")
    func springForward() throws {
        let text = Self.roundTheClock(["2003-03-29", "2003-03-30", "2003-03-31"], skipping: ("2003-03-30", 3))
        let history = try HistoryTesting.read(text, IntervalHistoryOptions(timeZone: HistoryTesting.vilnius))
        #expect(history.intervalSeconds == 900)
        #expect(history.observations.count == 96 + 92 + 96)
        let starts = history.observations.map(\.start)
        // Local 00:00 on the 29th is 22:00 UTC the day before (EET, UTC+2); the 31st starts at 21:00 UTC (EEST).
        #expect(starts.first == HistoryTesting.instant("2003-03-28T22:00:00Z"))
        #expect(starts.last == HistoryTesting.instant("2003-03-31T20:45:00Z"))
        let quarterHours = zip(starts, starts.dropFirst()).map { $1.timeIntervalSince($0) }
        #expect(quarterHours.allSatisfy { $0 == 900 }, "no gap and no overlap in UTC across the change")
        let lastBefore = try #require(history.observations.first { $0.offered == 96 + 12 })
        #expect(lastBefore.start == HistoryTesting.instant("2003-03-30T00:45:00Z"), "02:45 EET")
        let firstAfter = try #require(history.observations.first { $0.offered == 96 + 13 })
        #expect(firstAfter.start == HistoryTesting.instant("2003-03-30T01:00:00Z"), "04:00 EEST")
        let localDay = starts.filter { $0 >= HistoryTesting.instant("2003-03-29T22:00:00Z") && $0 < HistoryTesting.instant("2003-03-30T21:00:00Z") }
        #expect(localDay.count == 92)
    }

    @Test("a local time inside the skipped hour does not exist: the line is named")
    func nonexistentLocalTime() throws {
        let text = "start,calls\n2003-03-30 02:30,1\n2003-03-30 02:45,1\n2003-03-30 03:00,1\n2003-03-30 04:00,1\n"
        let error = HistoryTesting.failure(text, IntervalHistoryOptions(timeZone: HistoryTesting.vilnius))
        #expect(error == .row(file: "bank.csv", line: 4, problem: .nonexistentLocalTime(
            value: "2003-03-30 03:00", timeZone: "Europe/Vilnius")))
        #expect(error?.description == "bank.csv:4: '2003-03-30 03:00' does not exist in Europe/Vilnius: the clocks go forward over it")
    }

    @Test("the same hour with --local-times and Z: the bank-style export of a DST day")
    func springForwardWithZ() throws {
        let text = "DateTime,Calls\n2003-03-30T02:45:00Z,1\n2003-03-30T04:00:00Z,2\n2003-03-30T04:15:00Z,3\n"
        let history = try HistoryTesting.read(text, IntervalHistoryOptions(timeZone: HistoryTesting.vilnius, treatZAsLocal: true))
        #expect(history.observations.map(\.start) == ["00:45", "01:00", "01:15"].map {
            HistoryTesting.instant("2003-03-30T\($0):00Z")
        })
        #expect(history.intervalSeconds == 900)
    }

    @Test("fall back in Vilnius (2003-10-26, 25 hours): the repeated hour maps to both instants, 100 quarter-hours")
    func fallBack() throws {
        let text = Self.roundTheClock(["2003-10-26"], repeating: ("2003-10-26", 3))
        let history = try HistoryTesting.read(text, IntervalHistoryOptions(timeZone: HistoryTesting.vilnius))
        #expect(history.observations.count == 100)
        let starts = history.observations.map(\.start)
        #expect(zip(starts, starts.dropFirst()).allSatisfy { $1.timeIntervalSince($0) == 900 })
        #expect(starts.first == HistoryTesting.instant("2003-10-25T21:00:00Z"))
        #expect(starts.last == HistoryTesting.instant("2003-10-26T21:45:00Z"))
    }

    @Test("re-aggregation follows the local clock across the change: 23 hourly buckets on the short day")
    func aggregationAcrossDaylightSaving() throws {
        let text = Self.roundTheClock(["2003-03-30"], skipping: ("2003-03-30", 3))
        let history = try HistoryTesting.read(text, IntervalHistoryOptions(timeZone: HistoryTesting.vilnius))
        let hourly = try history.aggregated(toSeconds: 3_600, timeZone: HistoryTesting.vilnius)
        #expect(hourly.observations.count == 23)
        #expect(hourly.intervalSeconds == 3_600)
        #expect(hourly.sourceIntervalSeconds == 900)
        #expect(hourly.observations.reduce(0) { $0 + $1.offered } == history.observations.reduce(0) { $0 + $1.offered })
    }

    @Test("starts are checked against the grid of the centre's local clock, also in half-hour zones")
    func localGrid() throws {
        let kolkata = TimeZone(identifier: "Asia/Kolkata")!
        let text = "start,calls\n2003-03-03 07:00,1\n2003-03-03 08:00,2\n2003-03-03 09:00,3\n"
        let history = try HistoryTesting.read(text, IntervalHistoryOptions(timeZone: kolkata))
        #expect(history.intervalSeconds == 3_600)
        #expect(history.observations.first?.start == HistoryTesting.instant("2003-03-03T01:30:00Z"))
    }
}
