import Foundation
import Testing
import XlsxReader

/// The forecast CSV feeds `headset staffing --intervals` directly.
@Suite("headset forecast | headset staffing")
struct ForecastPipeTests {
    @Test("staffing reads the forecast file as it is: one staffed row per forecast row, the forecast's calls and AHT")
    func forecastIntoStaffing() throws {
        let scratch = try ForecastFixture.scratch()
        try ForecastFixture.run(ForecastCommandTests.base + ["--out", "forecast.csv"], in: scratch)
        let forecast = ForecastFixture.records(try String(contentsOf: scratch.file("forecast.csv"), encoding: .utf8))
        let staffing = try ForecastFixture.run(["staffing", "--intervals", "forecast.csv", "--service-level", "80/20",
                                                "--shrinkage", "30", "--interval", "30", "--format", "csv",
                                                "--xlsx", "staffing.xlsx"], in: scratch)
        let staffed = ForecastFixture.records(staffing.standardOutput)
        #expect(staffed.count == forecast.count)
        #expect(staffed.count == 68)
        for (row, source) in zip(staffed, forecast) {
            #expect(row["interval_start"] == source["interval_start"])
            #expect(Double(row["calls"] ?? "") == Double(source["calls"] ?? ""))
            #expect(Double(row["aht"] ?? "") == Double(source["aht"] ?? ""), "the forecast's AHT, not a default")
            #expect((Int(row["agents"] ?? "") ?? 0) >= 1)
            #expect((Double(row["service_level"] ?? "") ?? 0) >= 0.8)
        }

        // Offsets are the centre's clock on both sides of the clock change: the staffing sheets
        // show 08:00 on Friday (-04:00) and on Monday (-05:00), and no interval is lost or doubled.
        let intervals = try XlsxFile(contentsOf: scratch.file("staffing.xlsx")).sheet("Intervals")
        let labels = (1...intervals.maxRow).compactMap { intervals.cell(row: $0, column: 2)?.value.stringValue }
        #expect(labels.count == 68)
        #expect(labels.contains("Fri 24 Oct 08:00"))
        #expect(labels.contains("Mon 27 Oct 08:00"))
        #expect(labels.contains("Fri 31 Oct 11:30"))
        #expect(!labels.contains { $0.contains("07:00") || $0.contains("12:00") })
    }

    @Test("the bank history, forecast with auto and staffed with an assumed AHT, as in the README example")
    func bankPipe() throws {
        let scratch = try ScratchDirectory()
        let forecast = try HeadsetProcess.run(["forecast"] + ForecastFixture.bankArguments
            + ["--start", "2003-09-01", "--days", "5", "--out", "forecast.csv"], in: scratch.url)
        #expect(forecast.status == 0, "\(forecast.standardError)")
        #expect(forecast.standardOutput.contains("Wrote 112 intervals to forecast.csv"), "4 days × 28: Labor Day closed")
        #expect(forecast.standardOutput.contains("2003-09-01 closed (Labor Day)"))
        let text = try String(contentsOf: scratch.file("forecast.csv"), encoding: .utf8)
        #expect(text.hasPrefix("interval_start,calls\n2003-09-02T07:00:00-04:00,"), "no handle times in the bank data")
        let staffing = try HeadsetProcess.run(["staffing", "--intervals", "forecast.csv", "--aht", "240",
                                               "--service-level", "80/20", "--shrinkage", "30", "--format", "json"],
                                              in: scratch.url)
        #expect(staffing.status == 0, "\(staffing.standardError)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(staffing.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.count == 112)
        #expect(rows.allSatisfy { $0["aht"] as? Double == 240 })
        #expect(rows.last?["interval_start"] as? String == "2003-09-05T20:30:00-04:00")
    }
}
