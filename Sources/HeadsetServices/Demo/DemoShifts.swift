import CivilTime
import Forecasting
import Foundation
import Interchange
import Reports
public import Scheduling

/// The demo's shift plan: shifts from `schedules/shifts-demo.yaml` that cover the agents to
/// schedule per interval of ``DemoStaffing`` (the forecast week, on the bank's clock), found by
/// CBC within a relative gap of 0.1 % or a few seconds, whichever comes first.
public enum DemoShifts {
    public static let shiftsFile = "schedules/shifts-demo.yaml"
    public static let timeLimitSeconds = 3.0
    public static let relativeGap = 0.001

    public struct Sample {
        public let plan: ShiftPlan
        /// How the coverage sheet judges service: as staffing aimed (80 % in 20 s, 30 % shrinkage).
        public let service: ServiceExpectation
        /// Sources and limits, for the sheets.
        public let notes: [String]
        /// One line for the overview.
        public let description: String
    }

    public static func sample(forecast: DemoForecast.Sample, staffing: DemoStaffing.Sample) throws -> Sample {
        let points = forecast.plan.forecast.points
        let staffed = staffing.plan.intervals
        guard points.count == staffed.count, !points.isEmpty else {
            throw DemoError.invalidData("the demo's staffing has \(staffed.count) intervals for \(points.count) forecast intervals")
        }
        let bankZone = forecast.plan.calendar.timeZone
        let requirements = zip(points, staffed).map { point, interval in
            let clock = DemoStaffing.wallClock(of: point.start, in: bankZone)
            return RequirementInterval(date: LocalDate(year: clock.year, month: clock.month, day: clock.day)!,
                                       start: TimeOfDay(hour: clock.hour, minute: clock.minute),
                                       required: Double(interval.scheduledAgents),
                                       workload: IntervalWorkload(calls: interval.calls, handleSeconds: interval.averageHandleTime))
        }
        let templates = try ShiftTemplateFile.load(from: try DemoDataLocator.locate(shiftsFile)).templates
        let curve = try RequirementCurve(intervalMinutes: forecast.plan.forecast.intervalSeconds / 60, intervals: requirements)
        let options = ShiftPlanOptions(solver: SolverOptions(timeLimitSeconds: timeLimitSeconds, relativeGap: relativeGap))
        let planner: ShiftPlanner
        do {
            planner = try ShiftPlanner(requirements: curve, templates: templates, options: options)
        } catch {
            throw DemoError.invalidData(ShiftTemplateErrorText.placed(error, shifts: shiftsFile))
        }
        let plan = try planner.plan()
        guard plan.status.hasSolution else {
            throw DemoError.noPlan(what: "the demo's shift plan", status: plan.status.rawValue)
        }
        let week = DemoText.span(forecast.forecastDays)
        let notes = [
            "Requirements: the agents to schedule per interval from the Intervals sheet (the staffed FORECAST for \(week), "
                + "on the bank's clock), \(curve.intervals.count) intervals of \(curve.intervalMinutes) min. "
                + "Shift templates: \(shiftsFile) (\(templates.count) templates, \(planner.variants.count) variants a day).",
            "Optimiser limits: stop within \(NumberText.short(relativeGap * 100)) % of the best possible or after "
                + "\(NumberText.short(timeLimitSeconds)) s (headset schedule plan --gap \(NumberText.short(relativeGap * 100)) "
                + "--time-limit \(NumberText.short(timeLimitSeconds))).",
        ]
        var description = "\(plan.shiftCount) shifts for \(week) from \(shiftsFile), "
            + "\(NumberText.oneDecimal(plan.totalPaidHours)) paid hours, \(plan.status.rawValue)"
        if let objective = plan.objective, let bound = plan.bestBound {
            description += String(format: " (gap %.2f %%)", MixedIntegerSolution.relativeGap(objective: objective, bound: bound) * 100)
        }
        description += plan.isFullyCovered ? "; every interval covered" : "; \(plan.underIntervals.count) intervals short"
        let service = ServiceExpectation(seconds: 20, target: 0.8, shrinkage: DemoStaffing.shrinkage)
        return Sample(plan: plan, service: service, notes: notes, description: description)
    }
}
