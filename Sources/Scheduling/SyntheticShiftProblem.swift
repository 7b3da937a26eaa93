import CivilTime
import Foundation

/// Deterministic shift-planning instances for benchmarks and for checking the optimiser against
/// other solvers (`benchmarks/cpsat_covering.py` builds ``coveringWeek()`` the same way).
///
/// The week is Monday 23 – Sunday 29 November 2026, open 07:00–21:00. With `j` the interval
/// index from 07:00 (0-based), `x = j + 0.5` and `d` the day (Monday 0):
///
///     required = ⌊ w_d · (base + amplitude · sin(π·x / n) + 6 · sin(2π·x / period + d)) + 0.5 ⌋
///
/// where `n` is the number of open intervals and `w = [1.00, 0.95, 0.90, 0.92, 1.05, 0.60, 0.45]`.
public enum SyntheticShiftProblem {
    public static let firstDay = LocalDate(year: 2026, month: 11, day: 23)!
    public static let dayWeights = [1.00, 0.95, 0.90, 0.92, 1.05, 0.60, 0.45]

    /// 30-minute intervals (28 open per day; base 22, amplitude 25, period 7) and 48 shift types
    /// without breaks, each allowed every day: 6 h (starts 07:00–15:00), 8 h (07:00–13:00),
    /// 10 h (07:00–11:00) and 4 h (13:00–17:00), every 30 minutes, ending by 21:00; costs 66, 80,
    /// 100 and 46.
    public static func coveringWeek() throws(SchedulingError) -> (requirements: RequirementCurve, templates: [ShiftTemplate]) {
        let requirements = try curve(intervalMinutes: 30, base: 22, amplitude: 25, period: 7)
        let templates = [
            try shifts(name: "6h", hours: 6, from: "07:00", to: "15:00", cost: 66),
            try shifts(name: "8h", hours: 8, from: "07:00", to: "13:00", cost: 80),
            try shifts(name: "10h", hours: 10, from: "07:00", to: "11:00", cost: 100),
            try shifts(name: "4h", hours: 4, from: "13:00", to: "17:00", cost: 46),
        ]
        return (requirements, templates)
    }

    /// 15-minute intervals (56 open per day; base 40, amplitude 35, period 14) and two templates
    /// with breaks in windows, both every day: full-time 8 h 30 min starting 07:00–12:30 every
    /// 15 minutes with a paid 15-minute break 1h30m–2h30m after the start, an unpaid 30-minute
    /// lunch 3h30m–5h and a paid 15-minute break 6h–7h15m; part-time 4 h starting 07:00–17:00
    /// every 15 minutes with a paid 15-minute break 1h30m–2h30m. Cost: paid hours.
    public static func breaksWeek() throws(SchedulingError) -> (requirements: RequirementCurve, templates: [ShiftTemplate]) {
        let requirements = try curve(intervalMinutes: 15, base: 40, amplitude: 35, period: 14)
        func after(_ minutes: Int) -> BreakWindowBound { .afterStart(minutes: minutes) }
        let fullTime = try ShiftTemplate(
            name: "full-time", starts: times(from: "07:00", to: "12:30", every: 15), lengthMinutes: 510,
            breaks: [BreakRule(name: "break", durationMinutes: 15, isPaid: true, earliest: after(90), latest: after(150)),
                     BreakRule(name: "lunch", durationMinutes: 30, isPaid: false, earliest: after(210), latest: after(300)),
                     BreakRule(name: "break", durationMinutes: 15, isPaid: true, earliest: after(360), latest: after(435))],
            tags: ["full-time"])
        let partTime = try ShiftTemplate(
            name: "part-time", starts: times(from: "07:00", to: "17:00", every: 15), lengthMinutes: 240,
            breaks: [BreakRule(name: "break", durationMinutes: 15, isPaid: true, earliest: after(90), latest: after(150))],
            tags: ["part-time"])
        return (requirements, [fullTime, partTime])
    }

    /// The formula in the type's documentation.
    static func curve(intervalMinutes: Int, base: Double, amplitude: Double, period: Double) throws(SchedulingError) -> RequirementCurve {
        let open = 7 * 60
        let count = 14 * 60 / intervalMinutes
        var intervals: [RequirementInterval] = []
        for day in 0..<7 {
            for index in 0..<count {
                let x = Double(index) + 0.5
                let raw = dayWeights[day] * (base + amplitude * sin(Double.pi * x / Double(count))
                    + 6 * sin(2 * Double.pi * x / period + Double(day)))
                intervals.append(RequirementInterval(date: firstDay.adding(days: day),
                                                     start: TimeOfDay(minutes: open + index * intervalMinutes),
                                                     required: (raw + 0.5).rounded(.down)))
            }
        }
        return try RequirementCurve(intervalMinutes: intervalMinutes, intervals: intervals)
    }

    private static func times(from: String, to: String, every: Int) -> [TimeOfDay] {
        let first = TimeOfDay(from)!.minutes
        let last = TimeOfDay(to)!.minutes
        return stride(from: first, through: last, by: every).map { TimeOfDay(minutes: $0) }
    }

    private static func shifts(name: String, hours: Int, from: String, to: String, cost: Double) throws(SchedulingError) -> ShiftTemplate {
        try ShiftTemplate(name: name, starts: times(from: from, to: to, every: 30), lengthMinutes: hours * 60, cost: cost)
    }
}
