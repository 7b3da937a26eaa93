import CivilTime
import Scheduling

/// One rule in a working-time rule file (see ``WorkingTimeRulesFile``): `kind` chooses which
/// parameters are read, so a parameter the kind does not take is reported as an unknown field.
struct WorkingTimeRuleEntry: Decodable {
    let rule: WorkingTimeRule

    enum CodingKeys: String, CodingKey {
        case kind, key, citation, hours, days
        case weekStarts = "week_starts"
        case referenceWeeks = "reference_weeks"
        case breakMinutes = "break_minutes"
        case nightStart = "night_start"
        case nightEnd = "night_end"
        case minimumNightHours = "minimum_night_hours"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kindName = try container.decode(String.self, forKey: .kind)
        let key = try container.decodeIfPresent(String.self, forKey: .key) ?? kindName
        let citation = try container.decode(String.self, forKey: .citation)

        func hours(_ field: CodingKeys = .hours, positive: Bool = true) throws -> Double {
            let value = try container.decode(Double.self, forKey: field)
            guard value.isFinite, positive ? value > 0 : value >= 0, value <= 24 * 7 * 52 else {
                throw DecodingError.dataCorruptedError(forKey: field, in: container, debugDescription:
                    "expected a number of hours \(positive ? "more than 0" : "0 or more"), found \(value)")
            }
            return value
        }
        func count(_ field: CodingKeys, default fallback: Int? = nil) throws -> Int {
            guard let value = try (fallback == nil ? container.decode(Int.self, forKey: field)
                                                   : container.decodeIfPresent(Int.self, forKey: field)) ?? fallback else { return 0 }
            guard value > 0, value <= 10_000 else {
                throw DecodingError.dataCorruptedError(forKey: field, in: container, debugDescription:
                    "expected a whole number more than 0, found \(value)")
            }
            return value
        }
        func weekStart() throws -> Weekday {
            guard let text = try container.decodeIfPresent(String.self, forKey: .weekStarts) else { return .monday }
            guard let day = Weekday(rawValue: text.lowercased()) else {
                throw DecodingError.dataCorruptedError(forKey: .weekStarts, in: container, debugDescription:
                    "expected a weekday such as monday, found '\(text)'")
            }
            return day
        }

        let kind: WorkingTimeRuleKind
        switch kindName {
        case "minimum_daily_rest_hours":
            kind = .minimumDailyRest(hours: try hours())
        case "minimum_weekly_rest_hours":
            kind = .minimumWeeklyRest(hours: try hours(), weekStart: try weekStart())
        case "maximum_average_weekly_hours":
            kind = .maximumAverageWeeklyHours(hours: try hours(), referenceWeeks: try count(.referenceWeeks, default: 1),
                                              weekStart: try weekStart())
        case "break_after_hours":
            kind = .breakAfterHours(hours: try hours(positive: false), breakMinutes: try count(.breakMinutes))
        case "maximum_daily_hours":
            kind = .maximumDailyHours(hours: try hours())
        case "maximum_consecutive_days":
            kind = .maximumConsecutiveDays(days: try count(.days))
        case "night_work_maximum_hours":
            let start = try container.decodeIfPresent(ShiftClockValue.self, forKey: .nightStart)?.time ?? TimeOfDay(hour: 23, minute: 0)
            let end = try container.decodeIfPresent(ShiftClockValue.self, forKey: .nightEnd)?.time ?? TimeOfDay(hour: 6, minute: 0)
            let minimum = try container.decodeIfPresent(Double.self, forKey: .minimumNightHours) ?? 3
            guard minimum.isFinite, minimum > 0, minimum <= 24 else {
                throw DecodingError.dataCorruptedError(forKey: .minimumNightHours, in: container, debugDescription:
                    "expected a number of hours more than 0 and at most 24, found \(minimum)")
            }
            guard start != end else {
                throw DecodingError.dataCorruptedError(forKey: .nightEnd, in: container, debugDescription:
                    "the night period must not start and end at the same time (\(start))")
            }
            kind = .nightWorkMaximumHours(hours: try hours(), nightStart: start, nightEnd: end, minimumNightHours: minimum)
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription:
                "unknown rule kind '\(kindName)'; known kinds: " + WorkingTimeRuleKind.names.joined(separator: ", "))
        }
        rule = WorkingTimeRule(key: key, citation: citation, kind: kind)
    }
}
