public import Quality

/// `headset qa scorecard show --format json`: the whole card with every translation.
///
/// Keys: `key`, `version`, `status`, `title`, `description`, `channels`, `pass_mark`,
/// `sections` (each `id`, `title`, `weight`, `criteria`: `id`, `label`, `guidance`, `type`
/// (`yes-no`, `scale`, `choice`), `weight`, `na_allowed`, `critical` ({`class`, `effect`} or
/// null), `bonus_points`, `points` (scales: `value`, `label`), `choices` (`id`, `label`,
/// `points`, `fails_critical`)). Texts are objects, see ``QaTextReport``.
public struct QaScorecardReport: Encodable {
    public struct Section: Encodable {
        public let id: String
        public let title: QaTextReport
        public let weight: Double
        public let criteria: [Criterion]
    }

    public struct Criterion: Encodable {
        public let id: String
        public let label: QaTextReport
        public let guidance: QaTextReport?
        public let type: String
        public let weight: Double
        public let naAllowed: Bool
        public let critical: Critical?
        public let bonusPoints: Double?
        public let points: [Point]?
        public let choices: [Choice]?

        public enum CodingKeys: String, CodingKey {
            case id, label, guidance, type, weight, naAllowed, critical, bonusPoints, points, choices
        }

        // Optional keys are written as null rather than left out, so every criterion has the same keys.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(label, forKey: .label)
            try container.encode(guidance, forKey: .guidance)
            try container.encode(type, forKey: .type)
            try container.encode(weight, forKey: .weight)
            try container.encode(naAllowed, forKey: .naAllowed)
            try container.encode(critical, forKey: .critical)
            try container.encode(bonusPoints, forKey: .bonusPoints)
            try container.encode(points, forKey: .points)
            try container.encode(choices, forKey: .choices)
        }
    }

    public struct Critical: Encodable {
        public let `class`: String
        public let effect: String
    }

    public struct Point: Encodable {
        public let value: Int
        public let label: QaTextReport
    }

    public struct Choice: Encodable {
        public let id: String
        public let label: QaTextReport
        public let points: Double
        public let failsCritical: Bool
    }

    public let key: String
    public let version: Int
    public let status: String
    public let title: QaTextReport
    public let description: QaTextReport?
    public let channels: [String]
    public let passMark: Double?
    public let sections: [Section]

    public enum CodingKeys: String, CodingKey {
        case key, version, status, title, description, channels, passMark, sections
    }

    public init(_ card: Scorecard, language: String?) {
        key = card.key
        version = card.version
        status = card.status.rawValue
        title = QaTextReport(card.title, language: language)
        description = card.description.map { QaTextReport($0, language: language) }
        channels = InteractionChannel.allCases.filter(card.channels.contains).map(\.rawValue)
        passMark = card.passMark
        sections = card.sections.map { section in
            Section(id: section.id, title: QaTextReport(section.title, language: language), weight: section.weight,
                    criteria: section.criteria.map { Self.criterion($0, language: language) })
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(version, forKey: .version)
        try container.encode(status, forKey: .status)
        try container.encode(title, forKey: .title)
        try container.encode(description, forKey: .description)
        try container.encode(channels, forKey: .channels)
        try container.encode(passMark, forKey: .passMark)
        try container.encode(sections, forKey: .sections)
    }

    private static func criterion(_ criterion: Quality.Criterion, language: String?) -> Criterion {
        var type = "yes-no"
        var points: [Point]?
        var choices: [Choice]?
        switch criterion.kind {
        case .yesNo:
            break
        case .scale(let scale):
            type = "scale"
            points = scale.map { Point(value: $0.value, label: QaTextReport($0.label, language: language)) }
        case .multipleChoice(let options):
            type = "choice"
            choices = options.map {
                Choice(id: $0.id, label: QaTextReport($0.label, language: language), points: $0.points, failsCritical: $0.failsCritical)
            }
        }
        return Criterion(id: criterion.id, label: QaTextReport(criterion.label, language: language),
                         guidance: criterion.guidance.map { QaTextReport($0, language: language) }, type: type,
                         weight: criterion.weight, naAllowed: criterion.naAllowed,
                         critical: criterion.critical.map { Critical(class: $0.criticalClass.rawValue, effect: $0.effect.rawValue) },
                         bonusPoints: criterion.bonusPoints, points: points, choices: choices)
    }
}
