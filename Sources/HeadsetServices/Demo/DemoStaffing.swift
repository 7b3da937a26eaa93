import CivilTime
import Forecasting
public import Foundation
public import Reports
import Staffing

/// The demo's staffing: the FORECAST week of ``DemoForecast`` (not a week that already
/// happened), staffed for 80 % in 20 s with 30 % shrinkage, assuming an AHT of 240 s (the bank
/// history has volumes only, so the forecast has no handle times).
public enum DemoStaffing {
    public static let handleTime = 240.0
    public static let shrinkage = 0.30
    public static let channel = "phone"

    /// The staffed week and a one-line description of it for the overview.
    public struct Sample {
        public let plan: StaffingPlan
        public let description: String
    }

    /// Interval starts are the bank's clock readings, as moments in `timeZone` (the workbook's),
    /// so the staffing sheets show the same clock as the forecast sheets.
    public static func sample(forecast: DemoForecast.Sample, timeZone: TimeZone) throws -> Sample {
        let serviceLevel = try StaffingTarget.ServiceLevel(fraction: 0.8, seconds: 20)
        let settings = try StaffingSettings(
            serviceLevel: serviceLevel, maximumSpeedOfAnswer: nil, maximumAbandonment: nil, maximumOccupancy: nil,
            shrinkage: try Shrinkage(fraction: shrinkage), patience: nil, agents: nil)
        let points = forecast.plan.forecast.points
        let intervalSeconds = Double(forecast.plan.forecast.intervalSeconds)
        let bankZone = forecast.plan.calendar.timeZone
        var intervals: [StaffedInterval] = []
        intervals.reserveCapacity(points.count)
        for point in points {
            let clock = wallClock(of: point.start, in: bankZone)
            let load = IntervalLoad(line: 0, startText: "", start: clock, channel: channel, calls: point.calls,
                                    averageHandleTime: point.averageHandleTime ?? handleTime)
            intervals.append(try settings.staff(load, start: clock.date(in: timeZone), intervalSeconds: intervalSeconds))
        }

        let week = DemoText.span(forecast.forecastDays)
        let closed = forecast.plan.dates.compactMap { date in
            forecast.plan.calendar.closedDates[date].map { "\(DemoText.day(date)) (\($0)) is closed" }
        }
        var notes = [
            "Calls: the FORECAST for \(week) from the Forecast sheets (method \(forecast.plan.forecast.method)), not "
                + "calls that happened" + (closed.isEmpty ? "" : "; \(closed.joined(separator: ", "))") + ". "
                + "History: a North American bank's call centre, five-minute counts summed to "
                + "\(Int(intervalSeconds / 60))-minute intervals on the bank's clock (Weinberg, Brown & Stroud 2007, "
                + "JASA 102(480); R package fpp3, bank_calls).",
            "AHT assumed \(NumberText.short(handleTime)) s in every interval: the data set has call volumes only. "
                + "Model: Erlang C (nobody hangs up).",
        ]
        notes.append("Forecast calls are fractional: staffing is computed for the expected load of each interval.")
        let plan = StaffingPlan(intervals: intervals, serviceLevelTarget: serviceLevel,
                                serviceLevelSeconds: serviceLevel.seconds, shrinkage: shrinkage, notes: notes)
        return Sample(plan: plan, description: "the forecast for \(week), \(intervals.count) intervals of "
            + "\(Int(intervalSeconds / 60)) min, AHT \(NumberText.short(handleTime)) s, 80 % in 20 s, shrinkage 30 %")
    }

    /// The wall-clock reading of `instant` in `zone`.
    public static func wallClock(of instant: Date, in zone: TimeZone) -> WallClockTime {
        let local = Int(instant.timeIntervalSince1970) + zone.secondsFromGMT(for: instant)
        let date = LocalDate(dayNumber: Int((Double(local) / 86_400).rounded(.down)))
        let seconds = local - date.dayNumber * 86_400
        return WallClockTime(year: date.year, month: date.month, day: date.day, hour: seconds / 3_600,
                             minute: seconds / 60 % 60, second: seconds % 60)
    }
}
