import Organization

/// One entry of `escalation:` in an organisation YAML file: `- { from: agent, to: supervisor }`.
struct YAMLEscalationRule: Decodable {
    let rule: EscalationRule

    enum CodingKeys: String, CodingKey {
        case from, to
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = EscalationRule(from: try container.decode(String.self, forKey: .from),
                              to: try container.decode(String.self, forKey: .to),
                              source: YAMLSource.location(of: decoder))
    }
}
