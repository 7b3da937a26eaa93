import Organization

/// The YAML form of (part of) an organisation: any of the sections below, each a list.
///
/// ```yaml
/// families:          [{ key, names }]
/// roles:             [{ key, family, level, names, capabilities }]
/// titles:            [{ key, role, names, aliases }]
/// escalation:        [{ from, to }]
/// positions:         [{ key, title, reports_to, valid_from, valid_to }]
/// people:            [{ key, name, given_name, family_name, email, locale, leaves_on }]
/// title_assignments: [{ person, title, position, valid_from, valid_to }]
/// reporting_lines:   [{ person, manager, valid_from, valid_to }]
/// ```
///
/// Unknown keys anywhere are errors (see ``YAMLLoader``); every entity remembers the file and
/// line of its `-` entry.
struct OrganizationYAMLFile: Decodable {
    let families: [YAMLJobFamily]?
    let roles: [YAMLRole]?
    let titles: [YAMLTitle]?
    let escalation: [YAMLEscalationRule]?
    let positions: [YAMLPosition]?
    let people: [YAMLPerson]?
    let titleAssignments: [YAMLTitleAssignment]?
    let reportingLines: [YAMLReportingLine]?

    enum CodingKeys: String, CodingKey {
        case families, roles, titles, escalation, positions, people
        case titleAssignments = "title_assignments"
        case reportingLines = "reporting_lines"
    }

    /// The sections present, as a document; a section written as an empty list is present.
    var document: OrganizationDocument {
        OrganizationDocument(families: families?.map(\.family), roles: roles?.map(\.role), titles: titles?.map(\.title),
                             people: people?.map(\.person), titleAssignments: titleAssignments?.map(\.assignment),
                             reportingLines: reportingLines?.map(\.line), positions: positions?.map(\.position),
                             escalationRules: escalation?.map(\.rule))
    }
}
