import CivilTime
public import Forecasting
public import Foundation
public import Staffing

/// Lays arrivals on a contiguous grid of intervals from the first arrival to one response window
/// after the last, so work arriving late can still be answered; closed intervals come from the
/// calendar (none without one).
public enum DeferredIntervalGrid {
    public static func build(arrivals: [DeferredArrival], lengthMinutes: Int?, window: Double,
                      calendar: PlanningCalendar?, timeZone: TimeZone) throws -> [DeferredWorkInterval] {
        let starts = arrivals.map { $0.start.date(in: timeZone) }
        let length = try lengthMinutes.map { minutes -> Double in
            guard minutes > 0, 1440 % minutes == 0 else {
                throw ServiceError.invalid("interval", "must divide a day evenly (5, 10, 15, 20, 30, 60 …)", value: "\(minutes)")
            }
            return Double(minutes * 60)
        } ?? inferredLength(starts)
        var byStart: [Date: DeferredArrival] = [:]
        for (arrival, start) in zip(arrivals, starts) {
            let offset = start.timeIntervalSince(starts[0]).truncatingRemainder(dividingBy: length)
            guard offset == 0 else {
                throw ServiceError.invalidInput(InputProblem(
                    file: nil, line: arrival.line, field: "interval_start",
                    sentence: "interval_start is not on the \(Int(length / 60))-minute grid of the first row"))
            }
            byStart[start] = arrival
        }
        let end = starts.last!.addingTimeInterval(length + window)
        var intervals: [DeferredWorkInterval] = []
        var cursor = starts[0]
        let fallbackHandleTime = arrivals.map(\.handleTime).reduce(0, +) / Double(arrivals.count)
        while cursor < end {
            let arrival = byStart[cursor]
            intervals.append(try DeferredWorkInterval(
                start: cursor, seconds: length, items: arrival?.items ?? 0,
                handleTime: arrival?.handleTime ?? fallbackHandleTime,
                isOpen: calendar.map { isOpen(cursor, length: length, calendar: $0) } ?? true))
            cursor = cursor.addingTimeInterval(length)
        }
        return intervals
    }

    /// The smallest gap between consecutive starts, or 30 minutes for a single row.
    public static func inferredLength(_ starts: [Date]) -> Double {
        zip(starts, starts.dropFirst()).map { $1.timeIntervalSince($0) }.filter { $0 > 0 }.min() ?? 1800
    }

    /// Open when the interval's start lies in an opening period of its local day.
    public static func isOpen(_ start: Date, length: Double, calendar: PlanningCalendar) -> Bool {
        let date = LocalDate(start, in: calendar.timeZone)
        let minute = calendar.localMinute(of: start)
        return calendar.periods(on: date).contains { minute >= $0.openMinute && minute < $0.closeMinute }
    }
}
