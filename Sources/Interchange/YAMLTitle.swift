import Organization

/// One entry of `titles:` in an organisation YAML file.
///
/// ```yaml
/// - key: customer-service-representative
///   role: agent
///   names: { en: Customer Service Representative, lt: Klientų aptarnavimo specialistas }
///   aliases: [Customer Assistant, Operator, Bank Teller]
/// ```
struct YAMLTitle: Decodable {
    let title: Title

    enum CodingKeys: String, CodingKey {
        case key, role, names, aliases
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = Title(key: try container.decode(String.self, forKey: .key),
                      role: try container.decode(String.self, forKey: .role),
                      names: LocalizedText(try container.decodeIfPresent([String: String].self, forKey: .names) ?? [:]),
                      aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
                      source: YAMLSource.location(of: decoder))
    }
}
