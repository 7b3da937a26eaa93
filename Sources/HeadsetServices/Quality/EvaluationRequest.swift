public import Quality

/// What an evaluator gives to score an interaction: the card, the agent, the interaction and
/// the answers. People are named as a person typed them (a key or a display name).
public struct EvaluationRequest: Sendable {
    public var scorecardKey: String
    /// The published version; nil for the latest.
    public var scorecardVersion: Int?
    public var agent: String
    public var interaction: InteractionReference
    public var answers: [Answer]
    /// The evaluation's id; nil for `INTERACTION/EVALUATOR`.
    public var id: String?
    /// Keep as a draft instead of submitting.
    public var draft: Bool

    public init(scorecardKey: String, scorecardVersion: Int? = nil, agent: String, interaction: InteractionReference,
                answers: [Answer], id: String? = nil, draft: Bool = false) {
        self.scorecardKey = scorecardKey
        self.scorecardVersion = scorecardVersion
        self.agent = agent
        self.interaction = interaction
        self.answers = answers
        self.id = id
        self.draft = draft
    }
}
