import CivilTime

/// The customer contact an evaluation judges: which one, on what channel, when and how long.
///
/// ```swift
/// try InteractionReference(id: "call-88123", channel: .voice, date: LocalDate("2026-11-23")!,
///                          startSecondOfDay: 9 * 3600 + 14 * 60, durationSeconds: 412)
/// ```
public struct InteractionReference: Hashable, Sendable {
    /// The contact's id in the source system (call id, ticket number).
    public let id: String
    public let channel: InteractionChannel
    /// The local date the contact took place on (the contact centre's time zone).
    public let date: LocalDate
    /// Local wall-clock start in seconds after midnight (0 ..< 86 400); nil when unknown.
    public let startSecondOfDay: Int?
    /// Length in seconds (talk time for calls, handling time for written channels); nil when
    /// unknown. Evidence timestamps must fall within it.
    public let durationSeconds: Double?

    public init(id: String, channel: InteractionChannel, date: LocalDate, startSecondOfDay: Int? = nil,
                durationSeconds: Double? = nil) throws(EvaluationError) {
        guard !id.allSatisfy(\.isWhitespace) else {
            throw .invalidField(field: "interaction id", value: id, requirement: "must not be empty")
        }
        if let start = startSecondOfDay, !(0..<86_400).contains(start) {
            throw .invalidField(field: "interaction start", value: String(start),
                                requirement: "must be 0 to 86 399 seconds after midnight")
        }
        if let duration = durationSeconds, !(duration.isFinite && duration >= 0) {
            throw .invalidField(field: "interaction duration", value: ScoreText.number(duration),
                                requirement: "must be 0 seconds or more")
        }
        self.id = id
        self.channel = channel
        self.date = date
        self.startSecondOfDay = startSecondOfDay
        self.durationSeconds = durationSeconds
    }
}
