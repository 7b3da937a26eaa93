import CivilTime
import Organization

/// One entry of `reporting_lines:` in an organisation YAML file (the columns of `lines.csv`).
///
/// ```yaml
/// - { person: ana, manager: ivo, valid_from: 2025-01-01, valid_to: 2027-02-28 }
/// ```
struct YAMLReportingLine: Decodable {
    let line: ReportingLine

    enum CodingKeys: String, CodingKey {
        case person, manager
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        line = ReportingLine(person: try container.decode(String.self, forKey: .person),
                             manager: try container.decode(String.self, forKey: .manager),
                             validFrom: try container.decode(LocalDate.self, forKey: .validFrom),
                             validTo: try container.decodeIfPresent(LocalDate.self, forKey: .validTo),
                             source: YAMLSource.location(of: decoder))
    }
}
