public import CivilTime
import Forecasting
import Foundation
public import Interchange
public import Reports

/// The demo's forecast: the bank call history in `schedules/` (five-minute counts, the New York
/// clock written with a `Z`) summed to 30-minute intervals, backtested over its last 8 weeks, and
/// forecast with `auto` for the week after it, under the bank's calendar (Labor Day closed).
public enum DemoForecast {
    public static let historyFile = "schedules/bank_calls_2003_weekdays_5min.csv"
    public static let calendarFile = "schedules/bank-calendar.yaml"
    public static let intervalMinutes = 30
    public static let backtestWeeks = 8
    public static let horizonDays = 5
    public static let method = "auto"

    /// What the demo stores, shows and staffs.
    public struct Sample {
        /// The history as read (five-minute intervals), for the demo database.
        public let history: IntervalHistoryFile
        public let plan: ForecastPlan
        public let accuracy: ForecastAccuracyReport
        /// The open days of the forecast, in order.
        public let forecastDays: [LocalDate]
        /// One line for the overview.
        public let description: String
    }

    public static func sample() throws -> Sample {
        let historyURL = try DemoDataLocator.locate(historyFile)
        let calendar = try CalendarFile.load(from: try DemoDataLocator.locate(calendarFile))
        let zone = calendar.timeZone
        let history: IntervalHistoryFile
        do {
            history = try IntervalHistoryReader.read(contentsOf: historyURL, options: IntervalHistoryOptions(
                timeZone: zone, treatZAsLocal: true))
        } catch {
            throw DemoError.invalidData(error.description)
        }
        let planning = try history.aggregated(toSeconds: intervalMinutes * 60, timeZone: zone)
        guard let lastStart = planning.observations.last?.start, let firstStart = planning.observations.first?.start else {
            throw DemoError.invalidData("\(history.source): no history to forecast from")
        }
        let lastDay = LocalDate(lastStart, in: zone)
        let start = lastDay.adding(days: 8 - lastDay.weekday.isoNumber)   // the Monday after the history
        let days = DayHistory(planning.observations, timeZone: zone)
        let forecast: Forecast
        let backtest: Backtest
        do {
            forecast = try Forecaster.forecast(history: planning.observations, calendar: calendar, start: start,
                                               days: horizonDays, method: method)
            backtest = try Backtest.run(history: days.before(start), calendar: calendar, weeks: backtestWeeks,
                                        methods: ForecastMethods.all())
        } catch {
            throw DemoError.invalidData("\(history.source): \(error.description)")
        }

        let span = "\(DemoText.day(LocalDate(firstStart, in: zone))) – \(DemoText.day(lastDay))"
        let source = "Calls: a North American bank's call centre, \(span), five-minute counts summed to "
            + "\(intervalMinutes)-minute intervals on the bank's New York clock (Weinberg, Brown & Stroud 2007, "
            + "JASA 102(480); R package fpp3, bank_calls); calendar \(calendarFile)."
        let plan = ForecastPlan(forecast: forecast, calendar: calendar, start: start, days: horizonDays,
                                history: planning.observations, notes: [source])
        let accuracy = ForecastAccuracyReport(backtest: backtest, intervalSeconds: intervalMinutes * 60, notes: [source])
        let forecastDays = Set(forecast.points.map { LocalDate($0.start, in: zone) }).sorted()
        let closed = plan.dates.filter { calendar.closedDates[$0] != nil }
            .map { "\(DemoText.day($0)) closed: \(calendar.closedDates[$0]!)" }
        let best = backtest.methodScores.first
        var description = "\(DemoText.span(forecastDays)), \(forecast.points.count) intervals of \(intervalMinutes) min"
        if !closed.isEmpty { description += " (\(closed.joined(separator: "; ")))" }
        description += "; method \(forecast.method) (auto)"
        if let best {
            description += "; backtest over \(backtest.origins.count) weeks: \(best.method) WAPE \(ForecastSummary.percent(best.wape))"
        }
        return Sample(history: history, plan: plan, accuracy: accuracy, forecastDays: forecastDays,
                      description: description)
    }
}
