/// Days of the week, Monday first (ISO 8601).
public enum Weekday: String, CaseIterable, Codable, Sendable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    public var isoNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }

    public var shortName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst().prefix(2) }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.isoNumber < rhs.isoNumber }
}
