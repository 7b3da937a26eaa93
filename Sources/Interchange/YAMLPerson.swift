import CivilTime
import Organization

/// One entry of `people:` in an organisation YAML file (the columns of `people.csv`).
///
/// ```yaml
/// - { key: ana, name: Ana Žemaitė, given_name: Ana, family_name: Žemaitė, email: ana@example.lt, locale: lt }
/// - { key: ben, name: Ben Brown, leaves_on: 2026-07-01 }   # first day no longer in the organisation
/// ```
struct YAMLPerson: Decodable {
    let person: Person

    enum CodingKeys: String, CodingKey {
        case key, name
        case givenName = "given_name"
        case familyName = "family_name"
        case email, locale
        case leavesOn = "leaves_on"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        person = Person(key: try container.decode(String.self, forKey: .key),
                        displayName: try container.decode(String.self, forKey: .name),
                        givenName: try container.decodeIfPresent(String.self, forKey: .givenName),
                        familyName: try container.decodeIfPresent(String.self, forKey: .familyName),
                        email: try container.decodeIfPresent(String.self, forKey: .email),
                        preferredLocale: try container.decodeIfPresent(String.self, forKey: .locale),
                        leavesOn: try container.decodeIfPresent(LocalDate.self, forKey: .leavesOn),
                        source: YAMLSource.location(of: decoder))
    }
}
