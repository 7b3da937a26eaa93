import Foundation
import Testing
import XlsxReader

/// `headset demo` runs the whole chain on the bank history: import, backtest, forecast of the
/// week after the history, staffing of that forecast.
@Suite("headset demo: forecast")
struct ForecastDemoTests {
    @Test("the demo workbook has the forecast sheets before the staffing of the forecast week, in the overview's order")
    func demoForecast() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["demo"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let file = try XlsxFile(contentsOf: scratch.file("headset-demo.xlsx"))
        let order = ["Overview", "Forecast days", "Forecast", "Accuracy", "Daily totals", "Intervals", "Shift plan", "Coverage",
                     "Roster", "Roster coverage", "Coverage by day", "Coverage heat map", "Rule check", "Email backlog", "Org hierarchy",
                     "Title catalogue", "Headcount", "Evaluations", "Agent summary", "Evaluator summary", "Criterion heat map", "QA trend", "Coaching log", "Action items", "Coaching effect", "Audit log"]
        #expect(file.sheetNames == order)

        let overview = try file.sheet("Overview")
        let links = overview.cells.values.filter { overview.hyperlinks[$0.reference] != nil }
            .sorted { $0.row < $1.row }.compactMap(\.value.stringValue)
        #expect(links == Array(order.dropFirst()), "the table of contents lists the sheets in order")
        let facts = overview.cells.values.compactMap(\.value.stringValue)
        #expect(facts.contains { $0.hasPrefix("Tue 2 – Fri 5 Sep 2003, 112 intervals of 30 min (Mon 1 Sep 2003 closed: Labor Day)") })
        #expect(facts.contains { $0.hasPrefix("the forecast for Tue 2 – Fri 5 Sep 2003, 112 intervals of 30 min, AHT 240 s") })

        // The forecast: Labor Day closed, Tue–Fri forecast with auto.
        let forecast = try file.sheet("Forecast")
        #expect(forecast.maxRow == 112, "4 days × 28 half hours, 07:00–21:00")
        let daily = try file.sheet("Forecast days")
        #expect(daily.cells.values.contains { $0.value == .text("Closed: Labor Day") })
        #expect(daily.charts.first?.title == "History vs forecast")

        // The accuracy of the 8-week backtest: level-calendar is best.
        let accuracy = try file.sheet("Accuracy")
        let headerRow = try #require((0...accuracy.maxRow).first { accuracy.cell(row: $0, column: 0)?.value == .text("Method") })
        let wape = Dictionary(uniqueKeysWithValues: (1...3).map {
            (accuracy.cell(row: headerRow + $0, column: 0)?.value.stringValue ?? "", accuracy.cell(row: headerRow + $0, column: 1)?.value.doubleValue ?? 1)
        })
        #expect(abs(wape["level-calendar"]! - 0.0466) < 0.00005)
        #expect(wape["level-calendar"]! < wape["weekday-average"]!)

        // The staffing sheets staff exactly the forecast, interval by interval.
        let intervals = try file.sheet("Intervals")
        #expect(intervals.maxRow == 112)
        #expect(intervals.cell("C2")?.value == .text("Tue 2 Sep 07:00"))
        #expect(intervals.cell("C113")?.value == .text("Fri 5 Sep 20:30"))
        for row in 2...113 {
            let staffed = try #require(intervals.cell("F\(row)")?.value.doubleValue)
            let forecastCalls = try #require(forecast.cell("E\(row)")?.value.doubleValue)
            #expect(staffed == forecastCalls, "row \(row)")
        }
        let staffingNotes = try file.sheet("Daily totals").cells.values.compactMap(\.value.stringValue)
        #expect(staffingNotes.contains { $0.hasPrefix("Calls: the FORECAST for Tue 2 – Fri 5 Sep 2003") })
    }

    @Test("the demo database holds the bank history: headset history list shows it")
    func demoHistory() throws {
        let scratch = try ScratchDirectory()
        #expect(try HeadsetProcess.run(["demo"], in: scratch.url).status == 0)
        let listed = try HistoryCommandTests.list(in: scratch, database: "headset-demo.sqlite")
        #expect(listed.count == 1)
        #expect(listed.first?["channel"] as? String == "phone")
        #expect(listed.first?["rows"] as? Int == 21_125)
        #expect(listed.first?["interval_seconds"] as? Int == 300)
        #expect(listed.first?["first_start"] as? String == "2003-03-03T12:00:00Z", "07:00 in New York")
        // And it forecasts from there as from the file.
        let calendar = ForecastFixture.schedules.appendingPathComponent("bank-calendar.yaml").path
        let fromDatabase = try HeadsetProcess.run(["forecast", "--history-from-database", "--database", "headset-demo.sqlite",
                                                   "--calendar", calendar, "--start", "2003-09-01", "--days", "5",
                                                   "--format", "csv"], in: scratch.url)
        #expect(fromDatabase.status == 0, "\(fromDatabase.standardError)")
        let fromFile = try HeadsetProcess.run(["forecast"] + ForecastFixture.bankArguments
            + ["--start", "2003-09-01", "--days", "5", "--format", "csv"], in: scratch.url)
        #expect(fromDatabase.standardOutput == fromFile.standardOutput)
    }
}
