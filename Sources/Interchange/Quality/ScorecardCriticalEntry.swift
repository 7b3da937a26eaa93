import Quality

/// `critical: { class: compliance, effect: fail-evaluation }` on a criterion.
struct ScorecardCriticalEntry: Decodable {
    let rule: CriticalRule

    enum CodingKeys: String, CodingKey {
        case criticalClass = "class"
        case effect
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = CriticalRule(class: try container.decode(CriticalClass.self, forKey: .criticalClass),
                            effect: try container.decode(CriticalEffect.self, forKey: .effect))
    }
}
