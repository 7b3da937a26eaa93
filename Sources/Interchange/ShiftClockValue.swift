import CivilTime
import Scheduling

/// A clock time in a shift file: `07:30` (quotes optional).
struct ShiftClockValue: Decodable {
    let time: TimeOfDay

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = TimeOfDay(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription:
                "expected a clock time HH:MM such as 07:30, found '\(text)'")
        }
        self.time = time
    }
}
