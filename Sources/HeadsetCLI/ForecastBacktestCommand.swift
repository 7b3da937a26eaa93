import HeadsetServices
import ArgumentParser
import Forecasting
import Foundation
import Reports
import Workbook

/// `headset forecast backtest`: how accurate each method would have been over the last weeks of
/// the history (rolling weekly origins, one week ahead each).
struct ForecastBacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Backtest every forecasting method on the history: WAPE, MASE and bias over the last weeks.",
        discussion: """
            Example:
              headset forecast backtest --history calls.csv --calendar calendar.yaml --weeks 8 --xlsx accuracy.xlsx

            From each of the last --weeks Mondays of the history, every method forecasts the week \
            ahead from the history before it; the forecasts are compared with what happened. \
            WAPE = Σ|forecast − actual| / Σ actual, bias = Σ(forecast − actual) / Σ actual, MASE \
            scales the mean absolute error by that of "same interval last week". JSON and CSV give \
            fractions (0.0466), the table percentages. See docs/forecasting.md.
            """)

    @OptionGroup var input: ForecastHistoryOptions

    @Option(name: .long, help: ArgumentHelp(
        "Weekly origins to test, weeks; each needs at least 4 weeks of history before it.", valueName: "weeks"))
    var weeks = 8

    @Option(name: .long, help: ArgumentHelp(
        "Also write a workbook with the Accuracy sheet (per method, by weekday, by time of day).", valueName: "path"))
    var xlsx: String?

    @OptionGroup var output: FormatOption

    func validate() throws {
        guard (1...104).contains(weeks) else { throw ValidationError("--weeks must be 1 to 104, got \(weeks)") }
    }

    func run() throws {
        let history = try input.load()
        let calendar = history.calendar
        let backtest: Backtest
        do {
            backtest = try Backtest.run(history: DayHistory(history.observations, timeZone: calendar.timeZone),
                                        calendar: calendar, weeks: weeks, methods: ForecastMethods.all())
        } catch {
            throw CommandError("\(history.source): \(error.description)")
        }
        let report = BacktestReport(backtest, intervalSeconds: history.intervalSeconds)
        if let xlsx {
            let accuracy = ForecastAccuracyReport(backtest: backtest, intervalSeconds: history.intervalSeconds,
                                                  notes: ["History: \(history.headline)."])
            try Workbook.write(to: URL(fileURLWithPath: xlsx), options: WorkbookOptions(timeZone: calendar.timeZone)) { workbook in
                try workbook.setProperties(DocumentProperties(
                    title: "Forecast accuracy: \(history.source)", subject: "Backtest of the forecasting methods",
                    author: "Headset \(HeadsetVersion.current)", keywords: "WFM, forecast, backtest, WAPE, contact centre"))
                try ForecastSheets.addAccuracy(to: workbook, report: accuracy)
            }
        }
        if output.format == .table {
            print(history.headline)
            if let first = backtest.origins.first, let last = backtest.origins.last {
                print("Backtest: one week ahead from each of \(backtest.origins.count) Mondays, \(first) … \(last)")
            }
            print()
            print(report.table.rendered())
            if let best = report.bestMethod { print("\n* lowest WAPE: \(best)") }
            if let xlsx { print("Wrote the accuracy workbook \(xlsx) (\(ForecastSheets.accuracySheetName))") }
            return
        }
        OutputPrinter.print(report.table, csv: TextTable(headers: BacktestReport.csvHeader, rows: report.csvRows),
                            json: report, format: output.format)
    }
}
