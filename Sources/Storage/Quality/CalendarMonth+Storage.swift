import CivilTime
import Quality

extension CalendarMonth {
    /// The month's first day, `2026-11-01`: where its date range starts.
    var firstDay: LocalDate { LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: month, day: 1)) }

    /// The month after.
    var next: CalendarMonth { CalendarMonth(containing: firstDay.adding(days: 31)) }

    /// The months from `first` through `last`, in order; empty when `last` is before `first`.
    static func through(_ first: CalendarMonth, _ last: CalendarMonth) -> [CalendarMonth] {
        var months: [CalendarMonth] = []
        var month = first
        while month <= last {
            months.append(month)
            month = month.next
        }
        return months
    }
}
