import CivilTime
import Organization

/// `d("2026-11-23")`: a date literal for tests.
func d(_ text: String) -> LocalDate { LocalDate(text)! }

/// A source location in an imaginary `org.yaml`.
func at(_ line: Int, _ file: String = "org.yaml") -> SourceLocation { SourceLocation(file: file, line: line) }

/// A small bank contact centre, by hand:
///
/// ```text
/// rasa  Rasa Kazlauskienė   chief customer officer
/// ├─ hanne  Hanne Hansen    HR partner (manage-structure)
/// └─ marta  Marta Berg      head of service
///    └─ ana  Ana Žemaitė    contact centre manager
///       ├─ ivo  Ivo Ćorić   team lead
///       │  ├─ jonas  Jonas Petraitis  customer assistant, service specialist from 2026-07-01
///       │  └─ yla    Yla Bērziņa      bank teller (moves to Līga on 2026-09-01)
///       └─ liga  Līga Ozoliņa  team lead
///          └─ kestas  Kęstutis Jankus  customer assistant in position liga-1
/// ```
///
/// Everything starts on 2026-01-01; position `ivo-3` stays vacant.
enum Tiny {
    static let families = [
        JobFamily(key: "customer-service", names: ["en": "Customer Service", "lt": "Klientų aptarnavimas"]),
        JobFamily(key: "human-resources", names: ["en": "Human Resources"]),
    ]
    static let roles = [
        Role(key: "agent", family: "customer-service", level: RoleLevel.agent, names: ["en": "Agent"]),
        Role(key: "senior-agent", family: "customer-service", level: RoleLevel.seniorAgent, names: ["en": "Senior Agent"]),
        Role(key: "team-lead", family: "customer-service", level: RoleLevel.teamLead, names: ["en": "Team Lead"]),
        Role(key: "manager", family: "customer-service", level: RoleLevel.manager, names: ["en": "Manager"]),
        Role(key: "head", family: "customer-service", level: RoleLevel.head, names: ["en": "Head"]),
        Role(key: "cco", family: "customer-service", level: RoleLevel.chiefCustomerOfficer, names: ["en": "CCO"]),
        Role(key: "hr-partner", family: "human-resources", level: RoleLevel.teamLead, names: ["en": "HR Partner"],
             capabilities: [.manageStructure]),
    ]
    static let titles = [
        Title(key: "customer-assistant", role: "agent",
              names: ["en": "Customer Assistant", "lt": "Klientų konsultantas", "nb": "Kunderådgiver"],
              aliases: ["Operator"]),
        Title(key: "bank-teller", role: "agent", names: ["en": "Bank Teller", "hr": "Bankovni službenik"]),
        Title(key: "service-specialist", role: "senior-agent", names: ["en": "Service Specialist"],
              aliases: ["Senior Agent"]),
        Title(key: "team-lead", role: "team-lead", names: ["en": "Team Lead", "lt": "Komandos vadovas"],
              aliases: ["Supervisor"]),
        Title(key: "contact-centre-manager", role: "manager", names: ["en": "Contact Centre Manager"]),
        Title(key: "head-of-service", role: "head", names: ["en": "Head of Service"]),
        Title(key: "cco", role: "cco", names: ["en": "Chief Customer Officer"]),
        Title(key: "hr-partner", role: "hr-partner", names: ["en": "HR Partner"]),
    ]
    static let people = [
        Person(key: "rasa", displayName: "Rasa Kazlauskienė"),
        Person(key: "hanne", displayName: "Hanne Hansen", preferredLocale: "nb"),
        Person(key: "marta", displayName: "Marta Berg"),
        Person(key: "ana", displayName: "Ana Žemaitė", givenName: "Ana", familyName: "Žemaitė",
               email: "ana@example.com", preferredLocale: "lt-LT"),
        Person(key: "ivo", displayName: "Ivo Ćorić", preferredLocale: "hr"),
        Person(key: "liga", displayName: "Līga Ozoliņa", preferredLocale: "lv"),
        Person(key: "jonas", displayName: "Jonas Petraitis"),
        Person(key: "yla", displayName: "Yla Bērziņa"),
        Person(key: "kestas", displayName: "Kęstutis Jankus"),
    ]
    static let start = d("2026-01-01")
    static let assignments = [
        TitleAssignment(person: "rasa", title: "cco", validFrom: start),
        TitleAssignment(person: "hanne", title: "hr-partner", validFrom: start),
        TitleAssignment(person: "marta", title: "head-of-service", validFrom: start),
        TitleAssignment(person: "ana", title: "contact-centre-manager", validFrom: start),
        TitleAssignment(person: "ivo", title: "team-lead", validFrom: start),
        TitleAssignment(person: "liga", title: "team-lead", validFrom: start),
        TitleAssignment(person: "jonas", title: "customer-assistant", validFrom: start, validTo: d("2026-06-30")),
        TitleAssignment(person: "jonas", title: "service-specialist", validFrom: d("2026-07-01")),
        TitleAssignment(person: "yla", title: "bank-teller", validFrom: start),
        TitleAssignment(person: "kestas", title: "customer-assistant", position: "liga-1", validFrom: start),
    ]
    static let lines = [
        ReportingLine(person: "hanne", manager: "rasa", validFrom: start),
        ReportingLine(person: "marta", manager: "rasa", validFrom: start),
        ReportingLine(person: "ana", manager: "marta", validFrom: start),
        ReportingLine(person: "ivo", manager: "ana", validFrom: start),
        ReportingLine(person: "liga", manager: "ana", validFrom: start),
        ReportingLine(person: "jonas", manager: "ivo", validFrom: start),
        ReportingLine(person: "yla", manager: "ivo", validFrom: start, validTo: d("2026-08-31")),
        ReportingLine(person: "yla", manager: "liga", validFrom: d("2026-09-01")),
        ReportingLine(person: "kestas", manager: "liga", validFrom: start),
    ]
    static let positions = [
        Position(key: "ivo-3", title: "customer-assistant", reportsTo: "ivo", validFrom: start),
        Position(key: "liga-1", title: "customer-assistant", reportsTo: "liga", validFrom: start),
    ]
    static let rules = [
        EscalationRule(from: "agent", to: "team-lead"),
        EscalationRule(from: "team-lead", to: "head"),
    ]

    static func organization(assignments: [TitleAssignment] = assignments, lines: [ReportingLine] = lines,
                             rules: [EscalationRule] = rules) -> Organization {
        Organization(families: families, roles: roles, titles: titles, people: people, titleAssignments: assignments,
                     reportingLines: lines, positions: positions, escalationRules: rules)
    }

    /// People `a`, `b`, `c`, … with the given roles (all from 2026-01-01) and reporting lines.
    static func small(roles personRoles: [String: String], lines: [ReportingLine]) -> Organization {
        let keys = personRoles.keys.sorted()
        return Organization(
            families: families, roles: roles,
            titles: roles.map { Title(key: $0.key, role: $0.key, names: LocalizedText(english: $0.key + " title")) },
            people: keys.map { Person(key: $0, displayName: $0.uppercased()) },
            titleAssignments: keys.map { TitleAssignment(person: $0, title: personRoles[$0]!, validFrom: start) },
            reportingLines: lines)
    }
}
