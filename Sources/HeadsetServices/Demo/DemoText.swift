public import CivilTime
import Forecasting

/// Dates as the demo's sheets and overview write them: `Tue 2 Sep 2003`, `Tue 2 – Fri 5 Sep 2003`.
public enum DemoText {
    public static func day(_ date: LocalDate) -> String {
        "\(date.weekday.shortName) \(date.day) \(monthName(date.month)) \(date.year)"
    }

    /// The first and last of `dates` (sorted), sharing the month and year when they can.
    public static func span(_ dates: [LocalDate]) -> String {
        guard let first = dates.first, let last = dates.last else { return "no days" }
        if first == last { return day(first) }
        if first.year == last.year && first.month == last.month {
            return "\(first.weekday.shortName) \(first.day) – \(day(last))"
        }
        if first.year == last.year {
            return "\(first.weekday.shortName) \(first.day) \(monthName(first.month)) – \(day(last))"
        }
        return "\(day(first)) – \(day(last))"
    }

    public static func monthName(_ month: Int) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    }
}
