import CivilTime
import Organization

/// One entry of `title_assignments:` in an organisation YAML file (the columns of
/// `assignments.csv`).
///
/// ```yaml
/// - { person: ana, title: customer-service-representative, position: vno-csr-01, valid_from: 2025-01-01 }
/// ```
struct YAMLTitleAssignment: Decodable {
    let assignment: TitleAssignment

    enum CodingKeys: String, CodingKey {
        case person, title, position
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        assignment = TitleAssignment(person: try container.decode(String.self, forKey: .person),
                                     title: try container.decode(String.self, forKey: .title),
                                     position: try container.decodeIfPresent(String.self, forKey: .position),
                                     validFrom: try container.decode(LocalDate.self, forKey: .validFrom),
                                     validTo: try container.decodeIfPresent(LocalDate.self, forKey: .validTo),
                                     source: YAMLSource.location(of: decoder))
    }
}
