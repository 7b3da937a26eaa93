import HeadsetServices
import CivilTime
import ArgumentParser
import Forecasting
import Foundation
import Interchange
import Reports
import Workbook

/// `headset forecast` (its default subcommand): calls, and AHT when the history has it, for
/// every open interval of a horizon.
struct ForecastIntervalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intervals",
        abstract: "Forecast calls (and AHT) for every open interval of a horizon (the default: 'headset forecast --history …').",
        discussion: """
            Examples:
              headset forecast --history calls.csv --start 2003-09-01 --days 5 --calendar calendar.yaml
              headset forecast --history calls.csv --start 2003-09-01 --days 5 --out forecast.csv --xlsx forecast.xlsx
              headset staffing --intervals forecast.csv --aht 240 --service-level 80/20

            Writes interval_start (ISO 8601 local time with offset), calls and, when the history \
            has handle times, aht (seconds), for every open interval; days the calendar closes, \
            and weekdays the history never had open, get no rows. See docs/forecasting.md.
            """)

    @OptionGroup var input: ForecastHistoryOptions

    @Option(name: .long, help: ArgumentHelp("First day to forecast, a date YYYY-MM-DD in the centre's time zone.",
                                            valueName: "date"))
    var start: String

    @Option(name: .long, help: ArgumentHelp("Days to forecast from --start, calendar days.", valueName: "days"))
    var days = 7

    @Option(name: .long, help: ArgumentHelp(
        "Forecasting method: \(ForecastMethods.names.joined(separator: ", ")); auto takes the one with the lowest WAPE over the last \(Forecaster.selectionWeeks) weeks.",
        valueName: "method"))
    var method = "auto"

    @Option(name: .long, help: ArgumentHelp(
        "Write the forecast to this CSV file (interval_start,calls[,aht]) instead of printing it.", valueName: "path"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp(
        "Also write a forecast workbook: daily totals, intervals, history vs forecast chart, backtest accuracy.",
        valueName: "path"))
    var xlsx: String?

    @Option(name: .long, help: ArgumentHelp(
        "With --xlsx: weekly origins of the backtest on the Accuracy sheet, weeks.", valueName: "weeks"))
    var weeks = 8

    @OptionGroup var output: FormatOption

    func validate() throws {
        guard LocalDate(start) != nil else {
            throw ValidationError("--start '\(start)': expected a date YYYY-MM-DD, e.g. 2003-09-01")
        }
        guard (1...366).contains(days) else { throw ValidationError("--days must be 1 to 366, got \(days)") }
        guard (1...104).contains(weeks) else { throw ValidationError("--weeks must be 1 to 104, got \(weeks)") }
        do {
            _ = try ForecastMethods.named(method)
        } catch {
            throw ValidationError("--method: \(error.description)")
        }
    }

    func run() throws {
        let history = try input.load()
        let first = LocalDate(start)!
        let calendar = history.calendar
        let forecast: Forecast
        do {
            forecast = try Forecaster.forecast(history: history.observations, calendar: calendar, start: first,
                                               days: days, method: method)
        } catch {
            throw CommandError("\(history.source): \(error.description)")
        }
        let zone = calendar.timeZone
        let withHandleTime = forecast.points.contains { $0.averageHandleTime != nil }
        let reports = forecast.points.map { ForecastIntervalReport($0, in: zone) }
        let notes = [history.headline, ForecastSummary.horizon(forecast, calendar: calendar, start: first, days: days),
                     ForecastSummary.method(forecast)]

        var sheets: [String]?
        if let xlsx {
            sheets = try writeWorkbook(xlsx, forecast: forecast, history: history, start: first)
        }
        let header = ForecastIntervalReport.csvHeader(withHandleTime: withHandleTime)
        let rows = reports.map { $0.csvFields(withHandleTime: withHandleTime) }
        // Standard output is for people unless it carries the JSON or CSV: then notes go to standard error.
        let forPeople = out != nil || output.format == .table
        for note in notes {
            if forPeople { print(note) } else { printError("headset: \(note)") }
        }
        if let out {
            try CSVWriter.write(header: header, rows: rows, to: URL(fileURLWithPath: out))
            print("Wrote \(reports.count) intervals to \(out)")
        }
        if let xlsx, let sheets, forPeople {
            print("Wrote the forecast workbook \(xlsx) (\(sheets.joined(separator: ", ")))")
        }
        guard out == nil else { return }
        if output.format == .table { print() }
        let table = TextTable(headers: ForecastIntervalReport.tableHeader(withHandleTime: withHandleTime),
                              rows: reports.map { $0.tableFields(withHandleTime: withHandleTime) },
                              alignments: [.left, .right] + (withHandleTime ? [.right] : []))
        OutputPrinter.print(table, csv: TextTable(headers: header, rows: rows), json: reports, format: output.format)
    }

    /// The forecast workbook, with the Accuracy sheet when the history allows the backtest.
    private func writeWorkbook(_ path: String, forecast: Forecast, history: ForecastInput, start: LocalDate) throws -> [String] {
        let calendar = history.calendar
        let plan = ForecastPlan(forecast: forecast, calendar: calendar, start: start, days: days,
                                history: history.observations, notes: ["History: \(history.headline)."])
        var accuracy: ForecastAccuracyReport?
        do {
            let backtest = try Backtest.run(history: DayHistory(history.observations, timeZone: calendar.timeZone).before(start),
                                            calendar: calendar, weeks: weeks, methods: ForecastMethods.all())
            accuracy = ForecastAccuracyReport(backtest: backtest, intervalSeconds: history.intervalSeconds,
                                              notes: ["History: \(history.headline)."])
        } catch {
            printError("headset: warning: \(path): no Accuracy sheet (--weeks sets the weeks tested): \(error.description)")
        }
        try Workbook.write(to: URL(fileURLWithPath: path), options: WorkbookOptions(timeZone: calendar.timeZone)) { workbook in
            try workbook.setProperties(DocumentProperties(
                title: "Forecast: \(history.source)", subject: "Calls per interval, \(start) for \(days) days",
                author: "Headset \(HeadsetVersion.current)", keywords: "WFM, forecast, contact centre"))
            try ForecastSheets.add(to: workbook, plan: plan, accuracy: accuracy)
        }
        return ForecastSheets.summaries(includingAccuracy: accuracy != nil).map(\.sheetName)
    }
}
