import CivilTime
import Foundation
import HeadsetServices
import Organization
import Quality
import Storage

/// A small centre for the use-case tests, in memory, with the clock fixed at 2026-11-20 10:00
/// in Vilnius:
///
/// ```text
/// marta  Marta Berg        head of service
/// └─ ana  Ana Žemaitė      contact centre manager
///    ├─ ivo   Ivo Ćorić     team lead
///    │  ├─ jonas  Jonas Petraitis  agent
///    │  └─ yla    Yla Bērziņa      agent, until she moves to Līga on 2026-11-01
///    ├─ liga  Līga Ozoliņa  team lead
///    └─ qa    Quinn Åsen    QA analyst (evaluate-all)
/// ```
enum ServicesFixture {
    static let today = LocalDate("2026-11-20")!
    /// 2026-11-20 10:00 in Vilnius (UTC+2).
    static let now = Date(timeIntervalSince1970: 1_795_161_600)
    static let start = LocalDate("2026-01-01")!
    static let reorganisation = LocalDate("2026-11-01")!

    static func centre() throws -> Centre {
        let centre = try Centre.inMemory(timeZone: "Europe/Vilnius", clock: .fixed(now))
        try centre.database.write { db in
            _ = try OrganizationRepository.apply(organization, over: Organization(), actor: "fixture", in: db)
            _ = try QualityRepository.importScorecard(card, actor: "fixture", in: db)
        }
        return centre
    }

    static func actor(_ person: String) -> Actor { Actor(person: person, operatorName: "operator") }

    static let organization: Organization = {
        let families = [JobFamily(key: "service", names: ["en": "Customer Service"])]
        let roles = [
            Role(key: "agent", family: "service", level: RoleLevel.agent, names: ["en": "Agent"]),
            Role(key: "analyst", family: "service", level: RoleLevel.seniorAgent, names: ["en": "QA Analyst"],
                 capabilities: [.evaluateAll]),
            Role(key: "team-lead", family: "service", level: RoleLevel.teamLead, names: ["en": "Team Lead"]),
            Role(key: "manager", family: "service", level: RoleLevel.manager, names: ["en": "Manager"]),
            Role(key: "head", family: "service", level: RoleLevel.head, names: ["en": "Head"]),
        ]
        let titles = roles.map { Title(key: $0.key, role: $0.key, names: $0.names) }
        let people = [
            Person(key: "marta", displayName: "Marta Berg"), Person(key: "ana", displayName: "Ana Žemaitė"),
            Person(key: "ivo", displayName: "Ivo Ćorić"), Person(key: "liga", displayName: "Līga Ozoliņa"),
            Person(key: "jonas", displayName: "Jonas Petraitis"), Person(key: "yla", displayName: "Yla Bērziņa"),
            Person(key: "qa", displayName: "Quinn Åsen"),
        ]
        let titleOf = ["marta": "head", "ana": "manager", "ivo": "team-lead", "liga": "team-lead", "jonas": "agent", "yla": "agent",
                       "qa": "analyst"]
        let managerOf = ["ana": "marta", "ivo": "ana", "liga": "ana", "qa": "ana", "jonas": "ivo"]
        return Organization(
            families: families, roles: roles, titles: titles, people: people,
            titleAssignments: titleOf.sorted { $0.key < $1.key }.map { TitleAssignment(person: $0.key, title: $0.value, validFrom: start) },
            reportingLines: managerOf.sorted { $0.key < $1.key }.map { ReportingLine(person: $0.key, manager: $0.value, validFrom: start) }
                + [ReportingLine(person: "yla", manager: "ivo", validFrom: start, validTo: reorganisation.adding(days: -1)),
                   ReportingLine(person: "yla", manager: "liga", validFrom: reorganisation)])
    }()

    /// One section, two yes/no criteria of equal weight, pass mark 80.
    static let card = Scorecard(
        key: "voice-call", version: 1, status: .published, title: "Voice call", channels: [.voice],
        sections: [ScorecardSection(id: "call", title: "Call", weight: 1, criteria: [
            Criterion(id: "greeting", label: "Greeted the customer", kind: .yesNo),
            Criterion(id: "empathy", label: "Showed empathy", kind: .yesNo),
        ])],
        passMark: 80)

    static func interaction(_ id: String = "call-1", on date: LocalDate = LocalDate("2026-11-18")!) throws -> InteractionReference {
        try InteractionReference(id: id, channel: .voice, date: date)
    }

    static func request(agent: String = "jonas", empathy: AnswerValue = .yes, draft: Bool = false,
                        on date: LocalDate = LocalDate("2026-11-18")!) throws -> EvaluationRequest {
        EvaluationRequest(scorecardKey: "voice-call", agent: agent, interaction: try interaction(on: date),
                          answers: [Answer("greeting", .yes), Answer("empathy", empathy)], draft: draft)
    }
}
