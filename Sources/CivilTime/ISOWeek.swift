/// An ISO 8601 week, Monday to Sunday, written `2026-W48`: the week stratum of QA sampling.
///
/// ```swift
/// ISOWeek(containing: LocalDate("2010-01-03")!).description   // "2009-W53"
/// ```
///
/// A week belongs to the year of its Thursday, so the first week of a year is the one holding
/// its first Thursday and a few days around New Year fall in the other year's week.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The ISO week-numbering year (not always the calendar year of every day in the week).
    public let year: Int
    /// 1…52 or 53.
    public let week: Int

    public init(containing date: LocalDate) {
        let thursday = date.adding(days: 4 - date.weekday.isoNumber)
        let firstOfYear = LocalDate.dayNumber(year: thursday.year, month: 1, day: 1)
        self.year = thursday.year
        self.week = (thursday.dayNumber - firstOfYear) / 7 + 1
    }

    /// The Monday that opens the week.
    public var monday: LocalDate {
        let firstOfYear = LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: 1, day: 4))
        let firstMonday = firstOfYear.adding(days: 1 - firstOfYear.weekday.isoNumber)
        return firstMonday.adding(days: 7 * (week - 1))
    }

    public var description: String {
        let weekDigits = week < 10 ? "0\(week)" : "\(week)"
        return "\(year)-W\(weekDigits)"
    }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }
}
