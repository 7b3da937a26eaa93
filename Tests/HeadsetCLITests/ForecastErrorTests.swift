import Foundation
import Testing

/// Bad input to `headset forecast`: one line on standard error naming the file and line where
/// there is one; exit 1 for bad input, 2 for bad usage; no output file written.
@Suite("headset forecast: errors")
struct ForecastErrorTests {
    @Test("usage errors exit 2 and write nothing", arguments: [
        (["--method", "median"], "--method: unknown method 'median' (known: auto, weekday-average, profile, level-calendar)"),
        (["--days", "0"], "--days must be 1 to 366, got 0"),
        (["--start", "2003-10-32"], "--start '2003-10-32': expected a date YYYY-MM-DD, e.g. 2003-09-01"),
        (["--start", "20.10.2003"], "--start '20.10.2003': expected a date YYYY-MM-DD, e.g. 2003-09-01"),
        (["--interval", "7"], "--interval must divide a day into whole intervals"),
        (["--time-zone", "Mars/Olympus"], "--time-zone: unknown time zone 'Mars/Olympus'"),
        (["--history-from-database"], "--history and --history-from-database exclude each other"),
    ])
    func usage(extra: [String], message: String) throws {
        let scratch = try ForecastFixture.scratch()
        let arguments = ["forecast", "--history", "history.csv", "--start", "2003-10-20", "--days", "5",
                         "--out", "forecast.csv"] + extra
        let result = try HeadsetProcess.run(arguments, in: scratch.url)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("forecast.csv").path))
    }

    @Test("no history at all, or --start missing, is a usage error")
    func missing() throws {
        let scratch = try ForecastFixture.scratch()
        let noHistory = try HeadsetProcess.run(["forecast", "--start", "2003-10-20"], in: scratch.url)
        #expect(noHistory.status == 2)
        #expect(noHistory.standardError.contains("Missing --history <file.csv> (or --history-from-database"))
        let noStart = try HeadsetProcess.run(["forecast", "--history", "history.csv"], in: scratch.url)
        #expect(noStart.status == 2)
        #expect(noStart.standardError.contains("--start"))
        let backtestNoHistory = try HeadsetProcess.run(["forecast", "backtest"], in: scratch.url)
        #expect(backtestNoHistory.status == 2)
    }

    @Test("a bad row in the history file: exit 1, one line with the file and line, nothing written")
    func badRow() throws {
        var history = ForecastFixture.history()
        history = history.replacingOccurrences(of: "2003-08-26 09:00,27,200", with: "2003-08-26 09:00,many,200")
        let scratch = try ForecastFixture.scratch(history: history)
        let line = try #require(history.split(separator: "\n").firstIndex { $0.contains(",many,") }) + 1
        let result = try HeadsetProcess.run(ForecastCommandTests.base + ["--out", "forecast.csv", "--xlsx", "forecast.xlsx"],
                                            in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError == "headset: error: history.csv:\(line): column 'calls': expected a number, found 'many'\n")
        #expect(try scratch.contents() == ["calendar.yaml", "history.csv"])
    }

    @Test("a missing history file and a bad calendar file are exit 1, naming the file (and line)")
    func badFiles() throws {
        let scratch = try ForecastFixture.scratch()
        let missing = try HeadsetProcess.run(["forecast", "--history", "nope.csv", "--start", "2003-10-20"], in: scratch.url)
        #expect(missing.status == 1)
        #expect(missing.standardError.hasPrefix("headset: error: nope.csv: "))
        #expect(missing.standardError.split(separator: "\n").count == 1)

        try Data(ForecastFixture.calendar.replacingOccurrences(of: "\"08:00-12:00\"\n  tuesday", with: "\"8 to 12\"\n  tuesday")
            .utf8).write(to: scratch.file("bad-calendar.yaml"))
        let calendar = try HeadsetProcess.run(["forecast", "--history", "history.csv", "--calendar", "bad-calendar.yaml",
                                               "--start", "2003-10-20"], in: scratch.url)
        #expect(calendar.status == 1)
        #expect(calendar.standardError.hasPrefix("headset: error: bad-calendar.yaml:3:"), "\(calendar.standardError)")
        #expect(calendar.standardError.contains("opening hours '8 to 12'"))
        #expect(calendar.standardError.split(separator: "\n").count == 1)
    }

    @Test("history too short: auto falls back to weekday-average, and a forecast before the history is an error")
    func tooShort() throws {
        let scratch = try ForecastFixture.scratch(history: ForecastFixture.history(weeks: 2))
        // auto chooses by a 4-week backtest, which needs 8 weeks of history; with 2 it falls back
        // to weekday-average, which needs one past week, and says so.
        let auto = try HeadsetProcess.run(ForecastCommandTests.base + ["--format", "csv"], in: scratch.url)
        #expect(auto.status == 0, "\(auto.standardError)")
        let named = try HeadsetProcess.run(ForecastCommandTests.base + ["--method", "weekday-average", "--format", "csv"],
                                           in: scratch.url)
        #expect(named.status == 0, "\(named.standardError)")
        #expect(auto.standardOutput == named.standardOutput)
        #expect(auto.standardError.contains("weekday-average"))
        // Forecasting before the history begins leaves nothing to learn from.
        let before = try HeadsetProcess.run(["forecast", "--history", "history.csv", "--start", "2003-08-01", "--method",
                                             "profile"], in: scratch.url)
        #expect(before.status == 1)
        #expect(before.standardError == "headset: error: history.csv: forecast: needs history before the first forecast day "
            + "2003-08-01; the history has none before it\n")
    }

    @Test("history in longer intervals than the planning interval: exit 1 naming both lengths")
    func coarserHistory() throws {
        let scratch = try ForecastFixture.scratch()
        let result = try HeadsetProcess.run(ForecastCommandTests.base + ["--interval", "15"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError
            == "headset: error: history.csv: history in 30-minute intervals cannot be re-aggregated to 15-minute intervals\n")
    }

    @Test("--history-from-database without a database: exit 1, and no database is created")
    func noDatabase() throws {
        let scratch = try ForecastFixture.scratch()
        let result = try HeadsetProcess.run(["forecast", "--history-from-database", "--database", "none.sqlite", "--start",
                                             "2003-10-20"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("headset: error: no Headset database 'none.sqlite': import history first"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("none.sqlite").path))
    }
}
