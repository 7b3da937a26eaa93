import Organization

/// One entry of `families:` in an organisation YAML file.
///
/// ```yaml
/// - key: customer-service
///   names: { en: Customer Service, lt: Klientų aptarnavimas }
/// ```
struct YAMLJobFamily: Decodable {
    let family: JobFamily

    enum CodingKeys: String, CodingKey {
        case key, names
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        family = JobFamily(key: try container.decode(String.self, forKey: .key),
                           names: LocalizedText(try container.decodeIfPresent([String: String].self, forKey: .names) ?? [:]),
                           source: YAMLSource.location(of: decoder))
    }
}
