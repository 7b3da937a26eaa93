import CivilTime
import Forecasting
import Foundation

/// The YAML form of a ``PlanningCalendar`` (`schedules/*-calendar.yaml`):
///
/// ```yaml
/// time_zone: Europe/Vilnius
/// opening_hours:
///   monday: "08:00-20:00"
///   saturday: ["09:00-13:00", "14:00-16:00"]
///   sunday: closed
/// closed:
///   - { date: 2026-12-25, name: Christmas Day }
/// special_days:
///   - { date: 2026-12-24, label: Christmas Eve, hours: "08:00-13:00", volume_factor: 0.7 }
///   - { date: 2026-11-27, label: Black Friday campaign, volume_factor: 1.3 }
/// ```
/// Weekdays left out are closed. Errors name the file, line and field.
public struct CalendarFile: Decodable, Sendable {
    /// One weekday's hours: a period, a list of periods, or `closed`.
    public struct Hours: Decodable, Sendable {
        public let periods: [OpeningPeriod]

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let texts: [String]
            if let text = try? container.decode(String.self) {
                texts = text == "closed" ? [] : [text]
            } else {
                texts = try container.decode([String].self)
            }
            do {
                periods = try texts.map { text throws(ForecastingError) in try OpeningPeriod(parsing: text) }
            } catch {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
            }
        }
    }

    public struct Closure: Decodable, Sendable {
        public let date: LocalDate
        public let name: String
    }

    public struct Special: Decodable, Sendable {
        public let date: LocalDate
        public let label: String
        public let hours: Hours?
        public let volumeFactor: Double?

        enum CodingKeys: String, CodingKey {
            case date, label, hours
            case volumeFactor = "volume_factor"
        }
    }

    public let timeZone: String
    public let openingHours: [String: Hours]
    public let closed: [Closure]?
    public let specialDays: [Special]?

    enum CodingKeys: String, CodingKey {
        case timeZone = "time_zone"
        case openingHours = "opening_hours"
        case closed
        case specialDays = "special_days"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        timeZone = try container.decode(String.self, forKey: .timeZone)
        guard TimeZone(identifier: timeZone) != nil else {
            throw DecodingError.dataCorruptedError(forKey: .timeZone, in: container,
                                                   debugDescription: "unknown time zone '\(timeZone)' (use an IANA name such as Europe/Vilnius)")
        }
        openingHours = try container.decode([String: Hours].self, forKey: .openingHours)
        for day in openingHours.keys where Weekday(rawValue: day) == nil {
            throw DecodingError.dataCorruptedError(forKey: .openingHours, in: container,
                                                   debugDescription: "'\(day)' is not a weekday (monday … sunday)")
        }
        closed = try container.decodeIfPresent([Closure].self, forKey: .closed)
        specialDays = try container.decodeIfPresent([Special].self, forKey: .specialDays)
    }

    /// Reads and checks a calendar file.
    public static func load(from url: URL) throws(InterchangeError) -> PlanningCalendar {
        try YAMLLoader.decode(CalendarFile.self, from: url).calendar(source: FileAccess.displayName(of: url))
    }

    public func calendar(source: String) throws(InterchangeError) -> PlanningCalendar {
        var hours: [Weekday: [OpeningPeriod]] = [:]
        for (day, value) in openingHours {
            if let weekday = Weekday(rawValue: day) { hours[weekday] = value.periods }
        }
        do {
            let specials = try (specialDays ?? []).map { special throws(ForecastingError) in
                try SpecialDay(date: special.date, label: special.label, volumeFactor: special.volumeFactor ?? 1,
                               openingHours: special.hours?.periods)
            }
            return try PlanningCalendar(
                timeZone: TimeZone(identifier: timeZone)!, openingHours: hours,
                closedDates: Dictionary((closed ?? []).map { ($0.date, $0.name) }, uniquingKeysWith: { first, _ in first }),
                specialDays: Dictionary(specials.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first }))
        } catch {
            throw .yamlInvalidValue(file: source, line: 1, column: 1, field: "(root)", message: error.description)
        }
    }
}
