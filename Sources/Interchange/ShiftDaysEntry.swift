import CivilTime

/// The days a template's shifts may start on: weekday names (`monday` or `mon`, any case), or
/// one of `weekdays` (Monday–Friday), `weekend` and `daily`.
///
/// ```yaml
/// days: [monday, tuesday, wed]
/// days: weekdays
/// ```
struct ShiftDaysEntry: Decodable {
    let days: Set<Weekday>

    init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer().decode(String.self) {
            switch single.lowercased() {
            case "weekdays": days = [.monday, .tuesday, .wednesday, .thursday, .friday]
            case "weekend", "weekends": days = [.saturday, .sunday]
            case "daily", "every day", "all": days = Set(Weekday.allCases)
            default:
                guard let day = Self.weekday(single) else { throw Self.unknown(single, decoder.codingPath) }
                days = [day]
            }
            return
        }
        var list = try decoder.unkeyedContainer()
        var days = Set<Weekday>()
        while !list.isAtEnd {
            let path = decoder.codingPath + [FieldCodingKey(intValue: list.currentIndex)]
            let text = try list.decode(String.self)
            guard let day = Self.weekday(text) else { throw Self.unknown(text, path) }
            days.insert(day)
        }
        self.days = days
    }

    private static func weekday(_ text: String) -> Weekday? {
        let lowered = text.lowercased()
        return Weekday(rawValue: lowered) ?? Weekday.allCases.first { $0.rawValue.prefix(3) == lowered }
    }

    private static func unknown(_ text: String, _ path: [any CodingKey]) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: path, debugDescription:
            "'\(text)' is not a day: use monday … sunday (or mon … sun), weekdays, weekend or daily"))
    }
}
