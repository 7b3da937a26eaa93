import Foundation
import Testing

/// `headset forecast --history …`: the CSV it writes, the days it leaves out, the calendar's
/// effects, the methods, and the printed formats.
@Suite("headset forecast")
struct ForecastCommandTests {
    static let base = ["forecast", "--history", "history.csv", "--calendar", "calendar.yaml"] + ForecastFixture.horizon

    /// The pattern's value for a forecast row, from its local clock (the `YYYY-MM-DDTHH:MM` prefix).
    static func expected(_ start: String) -> (weekday: Int, index: Int, date: String) {
        let date = String(start.prefix(10))
        let hour = Int(start.dropFirst(11).prefix(2))!
        let minute = Int(start.dropFirst(14).prefix(2))!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = date.split(separator: "-").map { Int($0)! }
        let day = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
        let weekday = (calendar.component(.weekday, from: day) + 5) % 7   // Monday 0
        return (weekday, (hour * 60 + minute - 480) / 30, date)
    }

    @Test("--out writes interval_start,calls,aht for every open interval: weekends, the closed day and half a half day absent")
    func csvRows() throws {
        let scratch = try ForecastFixture.scratch()
        let result = try ForecastFixture.run(Self.base + ["--method", "weekday-average", "--out", "forecast.csv"], in: scratch)
        #expect(result.standardOutput.contains("Wrote 68 intervals to forecast.csv"))
        #expect(result.standardOutput.contains("2003-10-21 closed (Staff training)"))
        let text = try String(contentsOf: scratch.file("forecast.csv"), encoding: .utf8)
        #expect(text.hasPrefix("interval_start,calls,aht\n"))
        let rows = ForecastFixture.records(text)
        // Mon 20: 8, Tue 21 closed, Wed 22: 8, Thu 23 half day: 4, Fri 24: 8, Mon 27 – Fri 31: 5 × 8.
        #expect(rows.count == 68)
        let byDate = Dictionary(grouping: rows) { String($0["interval_start"]!.prefix(10)) }
        #expect(byDate.keys.sorted() == ["2003-10-20", "2003-10-22", "2003-10-23", "2003-10-24", "2003-10-27",
                                         "2003-10-28", "2003-10-29", "2003-10-30", "2003-10-31"])
        #expect(byDate["2003-10-23"]?.map { $0["interval_start"]! } == [
            "2003-10-23T08:00:00-04:00", "2003-10-23T08:30:00-04:00", "2003-10-23T09:00:00-04:00", "2003-10-23T09:30:00-04:00",
        ], "the half day keeps its morning only")
        // Clocks go back on Sun 26 Oct: the same 08:00 is -04:00 before and -05:00 after.
        #expect(rows.first?["interval_start"] == "2003-10-20T08:00:00-04:00")
        #expect(byDate["2003-10-27"]?.first?["interval_start"] == "2003-10-27T08:00:00-05:00")
        #expect(rows.last?["interval_start"] == "2003-10-31T11:30:00-05:00")

        for row in rows {
            let start = row["interval_start"]!
            let (weekday, index, date) = Self.expected(start)
            let factor = date == "2003-10-22" ? 1.5 : 1
            let calls = try #require(Double(row["calls"]!))
            #expect(abs(calls - ForecastFixture.calls(weekday: weekday, index: index) * factor) < 1e-9, "\(start)")
            let aht = try #require(Double(row["aht"]!))
            #expect(abs(aht - ForecastFixture.aht(index: index)) < 1e-9, "\(start)")
        }
        // The campaign day: Wednesday's pattern (8 × shape) times 1.5.
        #expect(byDate["2003-10-22"]?.first?["calls"] == "12")
    }

    @Test("every method forecasts an exactly repeating week exactly, and the output names the method",
          arguments: ["weekday-average", "profile", "level-calendar", "auto"])
    func methods(method: String) throws {
        let scratch = try ForecastFixture.scratch()
        let result = try ForecastFixture.run(Self.base + ["--method", method, "--format", "csv"], in: scratch)
        let rows = ForecastFixture.records(result.standardOutput)
        #expect(rows.count == 68)
        for row in rows {
            let (weekday, index, date) = Self.expected(row["interval_start"]!)
            let expected = ForecastFixture.calls(weekday: weekday, index: index) * (date == "2003-10-22" ? 1.5 : 1)
            #expect(abs((Double(row["calls"]!) ?? -1) - expected) < 1e-6, "\(method) \(row)")
        }
        // CSV on standard output stays clean: the method goes to standard error.
        if method == "auto" {
            #expect(result.standardError.contains("Method: "))
            #expect(result.standardError.contains("chosen by auto (WAPE over the last 4 weeks: "))
        } else {
            #expect(result.standardError.contains("Method: \(method)\n"))
        }
    }

    @Test("without a calendar: one is inferred (weekdays 08:00–12:00), so only weekends are left out")
    func inferredCalendar() throws {
        let scratch = try ForecastFixture.scratch()
        let result = try ForecastFixture.run(["forecast", "--history", "history.csv", "--time-zone", ForecastFixture.zone,
                                              "--method", "profile", "--format", "json"] + ForecastFixture.horizon, in: scratch)
        let rows = try #require(try ForecastFixture.json(result) as? [[String: Any]])
        #expect(rows.count == 80, "10 weekdays × 8 half hours")
        let first = try #require(rows.first)
        #expect(Set(first.keys) == ["interval_start", "calls", "aht"])
        #expect(first["interval_start"] as? String == "2003-10-20T08:00:00-04:00")
        #expect(abs((first["calls"] as? Double ?? 0) - 10) < 1e-9)
        #expect(abs((first["aht"] as? Double ?? 0) - 180) < 1e-9)
        #expect(result.standardError.contains("calendar inferred from the history"))
    }

    @Test("a history without handle times gives interval_start,calls only (and aht null in JSON)")
    func withoutHandleTimes() throws {
        let scratch = try ForecastFixture.scratch(history: ForecastFixture.history(handleTimes: false))
        try ForecastFixture.run(Self.base + ["--method", "weekday-average", "--out", "forecast.csv"], in: scratch)
        let text = try String(contentsOf: scratch.file("forecast.csv"), encoding: .utf8)
        #expect(text.hasPrefix("interval_start,calls\n2003-10-20T08:00:00-04:00,10\n"))
        let json = try ForecastFixture.run(Self.base + ["--method", "weekday-average", "--format", "json"], in: scratch)
        let rows = try #require(try ForecastFixture.json(json) as? [[String: Any]])
        #expect(rows.first?["aht"] is NSNull)
    }

    @Test("the table names the history, the horizon with its closed and special days, and the method")
    func table() throws {
        let scratch = try ForecastFixture.scratch()
        let result = try ForecastFixture.run(Self.base + ["--method", "level-calendar"], in: scratch)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "history.csv: channel phone, 320 intervals of 30 min, times in America/New_York, calendar calendar.yaml")
        #expect(lines[1] == "Horizon 2003-10-20 – 2003-11-02: 68 intervals of 30 min on 9 days; 2003-10-21 closed (Staff training); "
            + "2003-10-22 Campaign; 2003-10-23 Half day")
        #expect(lines[2] == "Method: level-calendar")
        #expect(lines[4].hasPrefix("interval start"))
        #expect(lines[6].hasPrefix("2003-10-20T08:00:00-04:00"))
        #expect(lines[6].hasSuffix("10.0  180.0"))
    }

    @Test("several channels: --channel picks one; without it the error lists them")
    func channels() throws {
        let scratch = try ForecastFixture.scratch(history: ForecastFixture.history(channels: ["billing", "sales"]))
        let ambiguous = try HeadsetProcess.run(Self.base, in: scratch.url)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.standardError
            == "headset: error: history.csv: the history has 2 channels ('billing', 'sales'); pick one with --channel\n")
        let unknown = try HeadsetProcess.run(Self.base + ["--channel", "phone"], in: scratch.url)
        #expect(unknown.status == 1)
        #expect(unknown.standardError == "headset: error: history.csv: no channel 'phone' in the history (channels: 'billing', 'sales')\n")
        let picked = try ForecastFixture.run(Self.base + ["--channel", "sales", "--format", "csv"], in: scratch)
        #expect(ForecastFixture.records(picked.standardOutput).count == 68)
        #expect(picked.standardError.contains("channel sales"))
    }

    @Test("5-minute history is summed to the planning interval; --interval 60 forecasts hours")
    func planningInterval() throws {
        let scratch = try ForecastFixture.scratch()
        let hourly = try ForecastFixture.run(Self.base + ["--interval", "60", "--method", "weekday-average", "--format", "csv"],
                                             in: scratch)
        let rows = ForecastFixture.records(hourly.standardOutput)
        #expect(rows.count == 34, "half of 68: two half hours per hour")
        // Mon 08:00–09:00 is 10 + 20 calls; its AHT is weighted by calls: (10 × 180 + 20 × 190) / 30.
        #expect(rows.first?["interval_start"] == "2003-10-20T08:00:00-04:00")
        #expect(abs((Double(rows.first?["calls"] ?? "") ?? 0) - 30) < 1e-9)
        let weighted: Double = (10 * 180 + 20 * 190) / 30
        let aht = Double(rows.first?["aht"] ?? "") ?? 0
        #expect(abs(aht - weighted) < 1e-9)
    }

    @Test("--history-from-database forecasts the stored history exactly as the file")
    func fromDatabase() throws {
        let scratch = try ForecastFixture.scratch()
        try ForecastFixture.run(["history", "import", "--create", "history.csv", "--database", "centre.sqlite", "--time-zone",
                                 ForecastFixture.zone], in: scratch)
        let fromFile = try ForecastFixture.run(Self.base + ["--format", "csv"], in: scratch)
        let stored = try ForecastFixture.run(["forecast", "--history-from-database", "--database", "centre.sqlite",
                                              "--calendar", "calendar.yaml", "--format", "csv"] + ForecastFixture.horizon,
                                             in: scratch)
        #expect(stored.standardOutput == fromFile.standardOutput)
        #expect(stored.standardError.contains("centre.sqlite (channel phone)"))
    }
}
