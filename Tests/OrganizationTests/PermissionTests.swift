import Testing
import Organization

@Suite("Permissions from the hierarchy")
struct PermissionTests {
    let permissions = Permissions(organization: Tiny.organization(), asOf: d("2026-11-23"))

    struct Case: CustomStringConvertible, Sendable {
        let actor: String
        let action: PermissionAction
        let subject: String
        let allowed: Bool
        var description: String { "\(actor) \(action) \(subject)" }
    }

    static let cases: [Case] = [
        Case(actor: "ivo", action: .evaluate, subject: "jonas", allowed: true),        // manager → report
        Case(actor: "ivo", action: .coach, subject: "jonas", allowed: true),
        Case(actor: "ivo", action: .view, subject: "jonas", allowed: true),
        Case(actor: "ana", action: .evaluate, subject: "yla", allowed: true),          // transitively
        Case(actor: "rasa", action: .coach, subject: "kestas", allowed: true),
        Case(actor: "jonas", action: .view, subject: "ivo", allowed: false),           // report → manager
        Case(actor: "jonas", action: .evaluate, subject: "ivo", allowed: false),
        Case(actor: "ivo", action: .view, subject: "liga", allowed: false),            // sibling
        Case(actor: "ivo", action: .evaluate, subject: "kestas", allowed: false),      // sibling's team
        Case(actor: "jonas", action: .view, subject: "jonas", allowed: true),          // own records
        Case(actor: "jonas", action: .acknowledge, subject: "jonas", allowed: true),
        Case(actor: "jonas", action: .evaluate, subject: "jonas", allowed: false),
        Case(actor: "ivo", action: .coach, subject: "ivo", allowed: false),
        Case(actor: "ivo", action: .acknowledge, subject: "jonas", allowed: false),    // only the subject acknowledges
        Case(actor: "hanne", action: .manageStructure, subject: "jonas", allowed: true), // HR
        Case(actor: "hanne", action: .view, subject: "rasa", allowed: true),
        Case(actor: "hanne", action: .evaluate, subject: "jonas", allowed: false),
        Case(actor: "rasa", action: .manageStructure, subject: "jonas", allowed: false),
        Case(actor: "ivo", action: .manageStructure, subject: "ivo", allowed: false),
    ]

    @Test("the permission table", arguments: cases)
    func permissionTable(_ row: Case) {
        #expect(permissions.may(actor: row.actor, row.action, on: row.subject).isAllowed == row.allowed)
    }

    @Test("decisions say why")
    func reasons() {
        #expect(permissions.may(actor: "ivo", .evaluate, on: "jonas") == .allowed(.reportingLine))
        #expect(permissions.may(actor: "jonas", .view, on: "jonas") == .allowed(.ownRecords))
        #expect(permissions.may(actor: "hanne", .view, on: "jonas") == .allowed(.capability(.manageStructure)))
        #expect(permissions.may(actor: "ivo", .view, on: "ana").denial?.description == "Ivo Ćorić is not above Ana Žemaitė on 2026-11-23")
        #expect(permissions.may(actor: "jonas", .evaluate, on: "jonas").denial?.description == "Jonas Petraitis may not evaluate their own records")
        #expect(permissions.may(actor: "ivo", .acknowledge, on: "jonas").denial?.description == "only Jonas Petraitis may acknowledge their records, not Ivo Ćorić")
        #expect(permissions.may(actor: "ivo", .manageStructure, on: "jonas").denial?.description == "Ivo Ćorić does not have the manage-structure capability on 2026-11-23")
        #expect(permissions.may(actor: "ghost", .view, on: "jonas").denial == .notInOrganization(person: "ghost", on: d("2026-11-23")))
        #expect(permissions.may(actor: "ivo", .view, on: "ghost").denial?.description == "'ghost' is not in the organisation on 2026-11-23")
        #expect(permissions.may(actor: "hanne", .manageStructure, on: "new-hire").isAllowed)
    }

    @Test("after a dated change of manager the old manager loses access and the new one gains it")
    func datedChange() {
        let organization = Tiny.organization()
        let before = Permissions(organization: organization, asOf: d("2026-08-31"))
        let after = Permissions(organization: organization, asOf: d("2026-09-01"))
        #expect(before.may(actor: "ivo", .evaluate, on: "yla").isAllowed)
        #expect(!before.may(actor: "liga", .evaluate, on: "yla").isAllowed)
        #expect(!after.may(actor: "ivo", .evaluate, on: "yla").isAllowed)
        #expect(after.may(actor: "liga", .evaluate, on: "yla").isAllowed)
        #expect(after.may(actor: "ana", .evaluate, on: "yla").isAllowed)
    }

    @Test("a quality analyst with evaluate-all may view and evaluate others but not coach or self-evaluate")
    func evaluateAll() {
        var roles = Tiny.roles
        roles.append(Role(key: "qa", family: "customer-service", level: 2, names: [:], capabilities: [.evaluateAll]))
        var titles = Tiny.titles
        titles.append(Title(key: "qa", role: "qa", names: [:]))
        let organization = Organization(
            families: Tiny.families, roles: roles, titles: titles,
            people: Tiny.people + [Person(key: "qa1", displayName: "Dace")],
            titleAssignments: Tiny.assignments + [TitleAssignment(person: "qa1", title: "qa", validFrom: d("2026-01-01"))],
            reportingLines: Tiny.lines + [ReportingLine(person: "qa1", manager: "marta", validFrom: d("2026-01-01"))])
        let permissions = Permissions(organization: organization, asOf: d("2026-11-23"))
        #expect(permissions.may(actor: "qa1", .evaluate, on: "kestas") == .allowed(.capability(.evaluateAll)))
        #expect(permissions.may(actor: "qa1", .view, on: "ana").isAllowed)
        #expect(!permissions.may(actor: "qa1", .coach, on: "kestas").isAllowed)
        #expect(!permissions.may(actor: "qa1", .evaluate, on: "qa1").isAllowed)
    }

    @Test("reports and isAbove follow the hierarchy on the date")
    func helpers() {
        #expect(permissions.reports(of: "liga").sorted() == ["kestas", "yla"])
        #expect(permissions.reports(of: "jonas").isEmpty)
        #expect(permissions.isAbove("rasa", "yla"))
        #expect(!permissions.isAbove("yla", "rasa"))
        #expect(!permissions.isAbove("ivo", "liga"))
    }
}
