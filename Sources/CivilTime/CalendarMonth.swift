/// A calendar month, written `2026-11`: the period of a monthly QA quota or report.
///
/// ```swift
/// let november = CalendarMonth(containing: LocalDate("2026-11-23")!)
/// november.firstDay.description   // "2026-11-01"
/// november.next.description       // "2026-12"
/// ```
public struct CalendarMonth: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    /// 1…12.
    public let month: Int

    public init(containing date: LocalDate) {
        let civil = date.civil
        self.year = civil.year
        self.month = civil.month
    }

    /// The month's first day, `2026-11-01`: where its date range starts.
    public var firstDay: LocalDate { LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: month, day: 1)) }

    /// The month after.
    public var next: CalendarMonth { CalendarMonth(containing: firstDay.adding(days: 31)) }

    /// The months from `first` through `last`, in order; empty when `last` is before `first`.
    public static func through(_ first: CalendarMonth, _ last: CalendarMonth) -> [CalendarMonth] {
        var months: [CalendarMonth] = []
        var month = first
        while month <= last {
            months.append(month)
            month = month.next
        }
        return months
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)"
    }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
