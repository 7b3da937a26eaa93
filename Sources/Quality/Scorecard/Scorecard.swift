/// One version of a QA scorecard: what evaluators answer and how answers become a score.
///
/// ```swift
/// let card = Scorecard(key: "voice-call", version: 3, status: .published, title: "Voice call",
///                      channels: [.voice], sections: [opening, compliance, resolution], passMark: 80)
/// card.validate()   // [] when usable
/// ```
///
/// A published version is immutable: a changed definition is stored as a new version (see
/// ``importDecision(storedVersions:)``), evaluations keep the version they were scored with, and
/// trends follow the stable criterion ids (see ``changes(to:)``). Build freely, then call
/// ``validate()``; the scoring engine refuses a card with problems.
public struct Scorecard: Hashable, Sendable {
    /// Names the scorecard across versions (`voice-call`).
    public var key: String
    /// 1 or more; a new version of a published card has a higher number.
    public var version: Int
    public var status: ScorecardStatus
    public var title: TranslatedText
    public var description: TranslatedText?
    /// The channels the card may evaluate; an evaluation of another channel is refused.
    public var channels: Set<InteractionChannel>
    public var sections: [ScorecardSection]
    /// Lowest passing score in percent (0 < mark ≤ 100); nil when the card only scores.
    public var passMark: Double?

    public init(key: String, version: Int, status: ScorecardStatus = .draft, title: TranslatedText,
                description: TranslatedText? = nil, channels: Set<InteractionChannel>,
                sections: [ScorecardSection], passMark: Double? = nil) {
        self.key = key
        self.version = version
        self.status = status
        self.title = title
        self.description = description
        self.channels = channels
        self.sections = sections
        self.passMark = passMark
    }

    /// Every criterion with its section, in card order.
    public var criteria: [(section: ScorecardSection, criterion: Criterion)] {
        sections.flatMap { section in section.criteria.map { (section, $0) } }
    }

    /// The criterion with this id, if the card has one.
    public func criterion(id: String) -> Criterion? {
        for section in sections {
            if let match = section.criteria.first(where: { $0.id == id }) { return match }
        }
        return nil
    }

    /// The critical classes some criterion of this card belongs to, in report order.
    public var criticalClasses: [CriticalClass] {
        Set(criteria.compactMap { $0.criterion.critical?.criticalClass }).sorted()
    }

    /// `voice-call v3`: how messages name a version.
    public var label: String { "\(key) v\(version)" }
}
