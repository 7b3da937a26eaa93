import Scheduling

/// A duration in a shift file: `8h`, `7h30m`, `45m`.
struct ShiftDurationValue: Decodable {
    let minutes: Int

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let minutes = DurationText.minutes(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription:
                "expected a duration such as 8h, 7h30m or 45m, found '\(text)'")
        }
        self.minutes = minutes
    }
}
