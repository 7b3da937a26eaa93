import CivilTime
import Organization

/// Each kind of organisation entity as the audit log records it: the entity name (`job_family`,
/// `title_assignment`, …) and the entity's fields as a JSON object with snake_case keys.
///
/// ```json
/// {"aliases":["Operator"],"key":"customer-service-representative","names":{"en":"Customer Service Representative"},"role":"agent"}
/// ```
enum OrganizationAuditState {
    /// The audit log's `entity` for a kind.
    static func entity(_ kind: EntityKind) -> String {
        switch kind {
        case .family: "job_family"
        case .role: "role"
        case .title: "title"
        case .person: "person"
        case .position: "position"
        case .titleAssignment: "title_assignment"
        case .reportingLine: "reporting_line"
        case .escalationRule: "escalation_rule"
        }
    }

    static func json(_ family: JobFamily) -> String {
        var object = AuditJSONObject()
        object.add("key", family.key)
        object.add("names", family.names.translations)
        return object.text
    }

    static func json(_ role: Role) -> String {
        var object = AuditJSONObject()
        object.add("key", role.key)
        object.add("family", role.family)
        object.add("level", role.level)
        object.add("names", role.names.translations)
        object.add("capabilities", role.capabilities.map(\.rawValue).sorted())
        return object.text
    }

    static func json(_ title: Title) -> String {
        var object = AuditJSONObject()
        object.add("key", title.key)
        object.add("role", title.role)
        object.add("names", title.names.translations)
        object.add("aliases", title.aliases)
        return object.text
    }

    static func json(_ person: Person) -> String {
        var object = AuditJSONObject()
        object.add("key", person.key)
        object.add("display_name", person.displayName)
        object.add("given_name", person.givenName)
        object.add("family_name", person.familyName)
        object.add("email", person.email)
        object.add("preferred_locale", person.preferredLocale)
        object.add("leaves_on", person.leavesOn?.description)
        return object.text
    }

    static func json(_ position: Position) -> String {
        var object = AuditJSONObject()
        object.add("key", position.key)
        object.add("title", position.title)
        object.add("reports_to", position.reportsTo)
        object.add("valid_from", position.validFrom.description)
        object.add("valid_to", position.validTo?.description)
        return object.text
    }

    static func json(_ assignment: TitleAssignment) -> String {
        var object = AuditJSONObject()
        object.add("person", assignment.person)
        object.add("title", assignment.title)
        object.add("position", assignment.position)
        object.add("valid_from", assignment.validFrom.description)
        object.add("valid_to", assignment.validTo?.description)
        return object.text
    }

    static func json(_ line: ReportingLine) -> String {
        var object = AuditJSONObject()
        object.add("person", line.person)
        object.add("manager", line.manager)
        object.add("valid_from", line.validFrom.description)
        object.add("valid_to", line.validTo?.description)
        return object.text
    }

    static func json(_ rule: EscalationRule) -> String {
        var object = AuditJSONObject()
        object.add("from", rule.from)
        object.add("to", rule.to)
        return object.text
    }
}
