import Organization

/// One entry of `roles:` in an organisation YAML file.
///
/// ```yaml
/// - key: supervisor
///   family: customer-service
///   level: 3
///   names: { en: Supervisor, lt: Vadovas }
///   capabilities: [evaluate-all]
/// ```
struct YAMLRole: Decodable {
    let role: Role

    enum CodingKeys: String, CodingKey {
        case key, family, level, names, capabilities
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = Role(key: try container.decode(String.self, forKey: .key),
                    family: try container.decode(String.self, forKey: .family),
                    level: try container.decode(Int.self, forKey: .level),
                    names: LocalizedText(try container.decodeIfPresent([String: String].self, forKey: .names) ?? [:]),
                    capabilities: Set(try container.decodeIfPresent([Capability].self, forKey: .capabilities) ?? []),
                    source: YAMLSource.location(of: decoder))
    }
}
