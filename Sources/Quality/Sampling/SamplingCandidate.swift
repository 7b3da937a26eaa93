import CivilTime

/// An interaction that may be drawn for evaluation: what the sampler needs to know about it.
///
/// Conform a storage or interchange type to this, or use ``InteractionCandidate``.
public protocol SamplingCandidate: Sendable {
    /// Unique among the candidates; samples are drawn in id order, so ids make them repeatable.
    var interactionId: String { get }
    var agentId: String { get }
    /// Voice, chat, email … as the centre names them.
    var channel: String { get }
    /// The local date of the interaction in the centre's time zone (sets its ISO week and month).
    var date: LocalDate { get }
}
