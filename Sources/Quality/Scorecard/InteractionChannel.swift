/// How the customer and the agent talked: the channels a scorecard is written for.
public enum InteractionChannel: String, Hashable, Sendable, CaseIterable, Codable, CustomStringConvertible {
    case voice
    case email
    case chat
    case letter
    case fax
    case inPerson = "in-person"

    /// The name used in files and messages (`in-person`).
    public var description: String { rawValue }
}
