import CivilTime
import Forecasting
public import Foundation
import Reports
public import Staffing

/// The demo's email queue — SYNTHETIC: the bank data has calls only. For every 30 minutes of the
/// forecast week (Monday to Friday, on the bank's clock, nights and Labor Day included) emails
/// arrive at 12 % of the forecast calls of that interval, rounded to 0.1, or at a flat 2 per
/// 30 minutes where there is no forecast (nights, closed days); each takes 6 minutes. Planned with
/// ``DeferredWorkPlanner`` for 90 % answered within 24 h under the bank calendar's opening hours and
/// the staffing's 30 % shrinkage, exactly as `headset deferred` plans the same rows.
public enum DemoEmail {
    public static let shareOfCalls = 0.12
    public static let overnightPerInterval = 2.0
    public static let handleTime = 360.0
    public static let targetFraction = 0.9
    public static let windowHours = 24.0

    public struct Sample {
        public let plan: DeferredWorkPlan
        /// The arrivals as `headset deferred --items` reads them.
        public let arrivals: [DeferredArrival]
        /// The bank's clock, which the sheet shows.
        public let clock: TimeZone
        public let notes: [String]
        public let description: String
    }

    public static func sample(forecast: DemoForecast.Sample) throws -> Sample {
        let calendar = forecast.plan.calendar
        let zone = calendar.timeZone
        let minutes = forecast.plan.forecast.intervalSeconds / 60
        var calls: [WallClockTime: Double] = [:]
        for point in forecast.plan.forecast.points {
            calls[DemoStaffing.wallClock(of: point.start, in: zone)] = point.calls
        }
        var arrivals: [DeferredArrival] = []
        for date in forecast.plan.dates {
            for minute in stride(from: 0, to: 1440, by: minutes) {
                let start = WallClockTime(year: date.year, month: date.month, day: date.day, hour: minute / 60, minute: minute % 60)
                let items = calls[start].map { ($0 * shareOfCalls * 10).rounded() / 10 } ?? overnightPerInterval
                arrivals.append(DeferredArrival(line: arrivals.count + 2, start: start, items: items, handleTime: handleTime))
            }
        }
        let target = try DeferredWorkTarget(fraction: targetFraction, windowSeconds: windowHours * 3600)
        let grid = try DeferredIntervalGrid.build(arrivals: arrivals, lengthMinutes: minutes, window: target.windowSeconds,
                                                  calendar: calendar, timeZone: zone)
        let planner = try DeferredWorkPlanner(intervals: grid, target: target,
                                              shrinkage: try Shrinkage(fraction: DemoStaffing.shrinkage), timeZone: zone)
        let plan = planner.plan()
        let week = DemoText.span(forecast.plan.dates)
        let percent = NumberText.short(shareOfCalls * 100)
        let notes = [
            "SYNTHETIC emails: the bank data has calls only. For every \(minutes) minutes of \(week) (the bank's clock, "
                + "nights and closed days included) emails = \(percent) % of the forecast calls of that interval, rounded "
                + "to 0.1, or a flat \(NumberText.short(overnightPerInterval)) where there is no forecast (nights, Labor "
                + "Day); \(NumberText.short(handleTime / 60)) minutes of work each.",
            "Planned with the bank calendar's opening hours (\(DemoForecast.calendarFile)) and "
                + "\(NumberText.short(DemoStaffing.shrinkage * 100)) % shrinkage, one response window past the last "
                + "arrivals; headset deferred --items FILE --target \(NumberText.short(targetFraction * 100))/"
                + "\(NumberText.short(windowHours)) --calendar \(DemoForecast.calendarFile) --shrinkage "
                + "\(NumberText.short(DemoStaffing.shrinkage * 100)) plans the same rows the same way.",
            "The target holds over the whole week, and the planner spends no more than it must: the late emails are "
                + "almost all Friday's, which wait for Monday (after this plan ends). A per-day target is not yet offered.",
        ]
        let share = plan.overall.share.map { String(format: "%.1f %%", $0 * 100) } ?? "n/a"
        let total = arrivals.reduce(0) { $0 + $1.items }
        let description = "SYNTHETIC emails for \(week): \(NumberText.oneDecimal(total)) emails (\(percent) % of the "
            + "forecast calls, \(NumberText.short(overnightPerInterval)) per \(minutes) min at night), "
            + "\(NumberText.short(handleTime / 60)) min each; \(share) answered within \(NumberText.short(windowHours)) h "
            + "(target \(NumberText.short(targetFraction * 100)) %), \(NumberText.oneDecimal(plan.workloadAgentHours)) agent-hours"
        return Sample(plan: plan, arrivals: arrivals, clock: zone, notes: notes, description: description)
    }
}
