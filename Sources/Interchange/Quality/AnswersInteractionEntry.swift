import CivilTime
import Quality

/// The interaction an answers file judges.
///
/// ```yaml
/// interaction: { id: call-88123, channel: voice, date: 2026-11-23, start: "09:14", duration: "06:52" }
/// ```
///
/// `start` (local wall-clock time) and `duration` (`HH:MM:SS`, `MM:SS` or seconds) are optional;
/// with a duration, evidence timestamps must fall within it.
struct AnswersInteractionEntry: Decodable {
    let interaction: InteractionReference

    enum CodingKeys: String, CodingKey {
        case id, channel, date, start, duration
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        let channel = try container.decode(InteractionChannel.self, forKey: .channel)
        let date = try container.decode(LocalDate.self, forKey: .date)
        var start: Int?
        if let text = try container.decodeIfPresent(String.self, forKey: .start) {
            guard let second = AnswersClockText.secondOfDay(text) else {
                throw DecodingError.dataCorruptedError(forKey: .start, in: container, debugDescription:
                    "expected a clock time HH:MM or HH:MM:SS such as 09:14, found '\(text)'")
            }
            start = second
        }
        var duration: Double?
        if let text = try container.decodeIfPresent(String.self, forKey: .duration) {
            guard let seconds = AnswersClockText.seconds(text) else {
                throw DecodingError.dataCorruptedError(forKey: .duration, in: container, debugDescription:
                    "expected a length such as 06:52 or 412 (seconds), found '\(text)'")
            }
            duration = seconds
        }
        do {
            interaction = try InteractionReference(id: id, channel: channel, date: date, startSecondOfDay: start,
                                                   durationSeconds: duration)
        } catch {
            // The reference's own checks name the field "interaction id", "interaction start", …
            guard case let .invalidField(field, _, requirement) = error,
                  let key = CodingKeys(stringValue: String(field.split(separator: " ").last ?? ""))
            else { throw error }
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: requirement)
        }
    }
}
