import CivilTime
import Foundation
import Scheduling

/// The people a roster is assigned to, read from CSV for `headset schedule roster`.
///
/// ```
/// person,name,min_hours,max_hours,skills,unavailable,preferred_days_off,max_consecutive_days
/// ona,Ona Petraitė,30,40,phone;chat,2026-12-24;2026-12-25;sun,sat,5
/// jonas,Jonas Kazlauskas,20,32,phone,2026-12-28..2026-12-31,,
/// ```
///
/// - `person` (also `agent`, `employee`): the key rosters use; unique.
/// - `name`, optional: the display name (the key when blank).
/// - `min_hours`, `max_hours`: contract working hours per week, 0 ≤ min ≤ max ≤ 168.
/// - `skills`, optional: skills separated by `;` (or spaces).
/// - `unavailable`, optional: items separated by `;` (or spaces): a date `2026-12-24`, an
///   inclusive leave range `2026-12-20..2026-12-31`, or a weekday `mon` … `sun` (also full
///   names) the person never starts a shift on.
/// - `preferred_days_off`, optional: weekdays, as in `unavailable`, that are avoided when possible.
/// - `max_consecutive_days`, optional: the person's own limit on days in a row.
public enum StaffFile {
    static let personColumn = CSVColumn("person", aliases: ["agent", "employee"])
    static let nameColumn = CSVColumn("name", aliases: ["display_name"], required: false)
    static let minimumColumn = CSVColumn("min_hours", aliases: ["minimum_hours", "contract_min_hours"])
    static let maximumColumn = CSVColumn("max_hours", aliases: ["maximum_hours", "contract_max_hours"])
    static let skillsColumn = CSVColumn("skills", required: false)
    static let unavailableColumn = CSVColumn("unavailable", aliases: ["leave"], required: false)
    static let preferredColumn = CSVColumn("preferred_days_off", aliases: ["days_off"], required: false)
    static let consecutiveColumn = CSVColumn("max_consecutive_days", required: false)

    public static func read(_ url: URL) throws -> [StaffMember] {
        try parse(try CSVReader.read(contentsOf: url))
    }

    public static func parse(_ document: CSVDocument) throws -> [StaffMember] {
        let source = document.source
        let map = try CSVHeaderMap(document, columns: [personColumn, nameColumn, minimumColumn, maximumColumn, skillsColumn,
                                                       unavailableColumn, preferredColumn, consecutiveColumn])
        guard !document.rows.isEmpty else {
            throw ShiftFileError(file: source, message: "no staff: the file has a header line but no rows")
        }
        var members: [StaffMember] = []
        var lines: [String: Int] = [:]
        for row in document.rows {
            func invalid(_ column: String, _ expected: String) -> InterchangeError {
                .csvInvalidValue(file: source, line: row.line, column: column, value: map.string(row, column) ?? "", expected: expected)
            }
            let person = try map.requiredString(row, "person").trimmingWhitespace()
            if let first = lines[person] {
                throw ShiftFileError(file: source, line: row.line, message: "person '\(person)' is listed twice (first on line \(first))")
            }
            lines[person] = row.line
            let name = (map.string(row, "name") ?? "").trimmingWhitespace()
            guard let minimum = try map.double(row, "min_hours"), minimum >= 0, minimum <= 168 else {
                throw invalid("min_hours", "weekly hours from 0 to 168")
            }
            guard let maximum = try map.double(row, "max_hours"), maximum >= minimum, maximum <= 168 else {
                throw invalid("max_hours", "weekly hours from min_hours (\(minimum)) to 168")
            }
            let skills = items(map.string(row, "skills"))
            var dates: Set<LocalDate> = []
            var weekdays: Set<Weekday> = []
            for item in items(map.string(row, "unavailable")) {
                if let weekday = weekday(item) {
                    weekdays.insert(weekday)
                } else if let range = dateRange(item) {
                    for day in range.first.dayNumber...range.last.dayNumber { dates.insert(LocalDate(dayNumber: day)) }
                } else {
                    throw invalid("unavailable", "dates (2026-12-24), leave ranges (2026-12-20..2026-12-31) or weekdays (sat), "
                        + "separated by ';' — '\(item)' is none of these")
                }
            }
            var preferred: Set<Weekday> = []
            for item in items(map.string(row, "preferred_days_off")) {
                guard let weekday = weekday(item) else { throw invalid("preferred_days_off", "weekdays such as sat;sun") }
                preferred.insert(weekday)
            }
            let consecutive = try map.int(row, "max_consecutive_days")
            if let consecutive, consecutive < 1 { throw invalid("max_consecutive_days", "a whole number of days, at least 1") }
            members.append(StaffMember(person: person, name: name.isEmpty ? person : name, minimumWeeklyHours: minimum,
                                       maximumWeeklyHours: maximum, skills: Set(skills), unavailableDates: dates,
                                       unavailableWeekdays: weekdays, preferredDaysOff: preferred, maximumConsecutiveDays: consecutive))
        }
        return members
    }

    static func items(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == ";" || $0.isWhitespace }).map(String.init)
    }

    /// `mon`, `Monday`, `MO` … (case-insensitive).
    static func weekday(_ text: String) -> Weekday? {
        let lower = text.lowercased()
        guard lower.count >= 2 else { return nil }
        let matches = Weekday.allCases.filter { $0.rawValue.hasPrefix(lower) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// `2026-12-24` or `2026-12-20..2026-12-31` (first not after last).
    static func dateRange(_ text: String) -> (first: LocalDate, last: LocalDate)? {
        let parts = text.components(separatedBy: "..")
        guard (1...2).contains(parts.count), let first = LocalDate(parts[0]), let last = LocalDate(parts[parts.count - 1]),
              first <= last, last.dayNumber - first.dayNumber < 3660 else { return nil }
        return (first, last)
    }
}
