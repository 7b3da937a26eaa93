import CivilTime

/// A plain ``SamplingCandidate``.
public struct InteractionCandidate: SamplingCandidate, Hashable, Codable {
    public let interactionId: String
    public let agentId: String
    public let channel: String
    public let date: LocalDate

    public init(interactionId: String, agentId: String, channel: String, date: LocalDate) {
        self.interactionId = interactionId
        self.agentId = agentId
        self.channel = channel
        self.date = date
    }
}
