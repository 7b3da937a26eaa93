import CivilTime

/// A calendar month, written `2026-11`: the period of a monthly QA quota.
public struct CalendarMonth: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    /// 1…12.
    public let month: Int

    public init(containing date: LocalDate) {
        let civil = date.civil
        self.year = civil.year
        self.month = civil.month
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)"
    }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
