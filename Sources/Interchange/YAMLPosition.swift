import CivilTime
import Organization

/// One entry of `positions:` in an organisation YAML file (the columns of `positions.csv`).
///
/// ```yaml
/// - { key: vno-csr-07, title: customer-service-representative, reports_to: ivo, valid_from: 2026-10-01 }
/// ```
struct YAMLPosition: Decodable {
    let position: Position

    enum CodingKeys: String, CodingKey {
        case key, title
        case reportsTo = "reports_to"
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        position = Position(key: try container.decode(String.self, forKey: .key),
                            title: try container.decode(String.self, forKey: .title),
                            reportsTo: try container.decodeIfPresent(String.self, forKey: .reportsTo),
                            validFrom: try container.decode(LocalDate.self, forKey: .validFrom),
                            validTo: try container.decodeIfPresent(LocalDate.self, forKey: .validTo),
                            source: YAMLSource.location(of: decoder))
    }
}
