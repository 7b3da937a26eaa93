public import CivilTime
public import Forecasting
import Foundation

/// The lines `headset forecast` shows people above its output (or on standard error when the
/// output is JSON or CSV): the horizon with its closed and special days, and the method used.
public enum ForecastSummary {
    /// `Horizon 2003-09-01 – 2003-09-05: 112 intervals on 4 days; no intervals on 2003-09-01 (closed: Labor Day)`.
    public static func horizon(_ forecast: Forecast, calendar: PlanningCalendar, start: LocalDate, days: Int) -> String {
        let zone = calendar.timeZone
        let forecastDays = Set(forecast.points.map { LocalDate($0.start, in: zone) })
        let last = start.adding(days: days - 1)
        var line = "Horizon \(start) – \(last): \(forecast.points.count) intervals of \(forecast.intervalSeconds / 60) min "
            + "on \(forecastDays.count) \(forecastDays.count == 1 ? "day" : "days")"
        var remarks: [String] = []
        for date in (0..<days).map({ start.adding(days: $0) }) {
            if let name = calendar.closedDates[date] {
                remarks.append("\(date) closed (\(name))")
            } else if let special = calendar.specialDays[date] {
                remarks.append("\(date) \(special.label)" + (forecastDays.contains(date) ? "" : " (closed)"))
            } else if !forecastDays.contains(date), calendar.isOpen(date) {
                remarks.append("\(date) not forecast (the history has no \(date.weekday.rawValue)s)")
            }
        }
        if !remarks.isEmpty { line += "; " + remarks.joined(separator: "; ") }
        return line
    }

    /// `Method: level-calendar, chosen by auto (WAPE over the last 4 weeks: level-calendar 4.12 %, …)`.
    public static func method(_ forecast: Forecast) -> String {
        guard !forecast.selectionScores.isEmpty else { return "Method: \(forecast.method)" }
        let scores = forecast.selectionScores.map { "\($0.method) \(percent($0.wape))" }.joined(separator: ", ")
        return "Method: \(forecast.method), chosen by auto (WAPE over the last \(Forecaster.selectionWeeks) weeks: \(scores))"
    }

    /// `4.66 %` for 0.0466.
    public static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? String(format: "%.2f %%", fraction * 100) : "n/a"
    }
}
