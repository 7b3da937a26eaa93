import CivilTime

/// Calendar positions that move contact volume in many centres: the turn of the month (salaries,
/// statements, direct debits) and the first day back after a closure.
public enum DayClass: String, CaseIterable, Sendable, Hashable {
    case firstBusinessDayOfMonth = "first-business-day"
    case secondBusinessDayOfMonth = "second-business-day"
    case lastBusinessDayOfMonth = "last-business-day"
    case afterClosure = "after-closure"

    /// The classes `date` belongs to under `calendar` (open days are business days).
    static func classes(of date: LocalDate, calendar: PlanningCalendar) -> [DayClass] {
        var result: [DayClass] = []
        let previous = previousOpenDay(before: date, calendar: calendar)
        if previous.month != date.month {
            result.append(.firstBusinessDayOfMonth)
        } else if previousOpenDay(before: previous, calendar: calendar).month != date.month {
            result.append(.secondBusinessDayOfMonth)
        }
        if nextOpenDay(after: date, calendar: calendar).month != date.month {
            result.append(.lastBusinessDayOfMonth)
        }
        // The nearest earlier day that normally opens was a closure (a holiday).
        var day = date.adding(days: -1)
        for _ in 0..<7 {
            if !(calendar.openingHours[day.weekday] ?? []).isEmpty {
                if calendar.closedDates[day] != nil { result.append(.afterClosure) }
                break
            }
            day = day.adding(days: -1)
        }
        return result
    }

    static func previousOpenDay(before date: LocalDate, calendar: PlanningCalendar) -> LocalDate {
        var day = date.adding(days: -1)
        for _ in 0..<14 where !calendar.isOpen(day) { day = day.adding(days: -1) }
        return day
    }

    static func nextOpenDay(after date: LocalDate, calendar: PlanningCalendar) -> LocalDate {
        var day = date.adding(days: 1)
        for _ in 0..<14 where !calendar.isOpen(day) { day = day.adding(days: 1) }
        return day
    }
}
