import Foundation
import Testing

/// `headset forecast backtest`: the accuracy of every method over the last weeks of history.
@Suite("headset forecast backtest")
struct ForecastBacktestTests {
    @Test("on the bank history level-calendar beats weekday-average and profile (docs/forecasting.md: 4.66 %, 5.70 %, 5.56 %)")
    func bankAccuracy() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["forecast", "backtest"] + ForecastFixture.bankArguments
            + ["--interval", "30", "--weeks", "8", "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try ForecastFixture.json(result) as? [String: Any])
        #expect(Set(json.keys) == ["origins", "weeks", "interval_seconds", "best_method", "methods"])
        let origins = try #require(json["origins"] as? [String])
        #expect(origins.count == 8)
        #expect(origins.first == "2003-07-07")
        #expect(origins.last == "2003-08-25")
        #expect(json["interval_seconds"] as? Int == 1800)
        #expect(json["best_method"] as? String == "level-calendar")
        let methods = try #require(json["methods"] as? [[String: Any]])
        #expect(methods.map { $0["method"] as? String } == ["weekday-average", "profile", "level-calendar"])
        for method in methods {
            #expect(Set(method.keys) == ["method", "wape", "mase", "bias", "intervals", "actual_calls", "forecast_calls"])
        }
        let wape = Dictionary(uniqueKeysWithValues: methods.map { ($0["method"] as! String, $0["wape"] as! Double) })
        // The NumPy baselines of benchmarks/forecast_baselines.py: 5.7013 % and 5.5604 %.
        #expect(abs(wape["weekday-average"]! - 0.057013) < 0.000001)
        #expect(abs(wape["profile"]! - 0.055604) < 0.000001)
        #expect(abs(wape["level-calendar"]! - 0.0466) < 0.00005)
        #expect(wape["level-calendar"]! < 0.9 * wape["weekday-average"]!)
        let levelCalendar = try #require(methods.last)
        #expect(abs((levelCalendar["mase"] as? Double ?? 0) - 0.608) < 0.0005)
        #expect(levelCalendar["intervals"] as? Int == methods.first?["intervals"] as? Int)
    }

    @Test("table and CSV: one line per method, the best marked in the table; CSV has the JSON key names")
    func tableAndCSV() throws {
        let scratch = try ForecastFixture.scratch()
        let arguments = ["forecast", "backtest", "--history", "history.csv", "--calendar", "calendar.yaml", "--weeks", "4"]
        let table = try ForecastFixture.run(arguments, in: scratch)
        #expect(table.standardOutput.contains("Backtest: one week ahead from each of 4 Mondays, 2003-09-22 … 2003-10-13"))
        #expect(table.standardOutput.contains("method"))
        #expect(table.standardOutput.contains("0.00 %"), "an exactly repeating week is forecast without error")
        let csv = try ForecastFixture.run(arguments + ["--format", "csv"], in: scratch)
        #expect(csv.standardOutput.hasPrefix("method,wape,mase,bias,intervals,actual_calls,forecast_calls\n"))
        let rows = ForecastFixture.records(csv.standardOutput)
        #expect(rows.map { $0["method"] } == ["weekday-average", "profile", "level-calendar"])
        // 4 weeks × (5 days × 8 half hours) = 160 intervals per method.
        #expect(rows.allSatisfy { $0["intervals"] == "160" && (Double($0["wape"] ?? "") ?? 1) < 1e-9 })
        // Week-on-week the history never changes, so MASE has no scale: empty in CSV, null in JSON.
        #expect(rows.allSatisfy { $0["mase"] == "" })
        let json = try ForecastFixture.run(arguments + ["--format", "json"], in: scratch)
        let methods = try #require((try ForecastFixture.json(json) as? [String: Any])?["methods"] as? [[String: Any]])
        #expect(methods.allSatisfy { $0["mase"] is NSNull })
    }

    @Test("too little history for the weeks asked: exit 1 with the history named and what it needs")
    func tooShort() throws {
        let scratch = try ForecastFixture.scratch()
        let result = try HeadsetProcess.run(["forecast", "backtest", "--history", "history.csv", "--calendar", "calendar.yaml",
                                             "--weeks", "8"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError == "headset: error: history.csv: backtest: needs 8 test weeks after at least "
            + "4 weeks of training history; the history has 40 days from 2003-08-25 to 2003-10-17\n")
    }
}
