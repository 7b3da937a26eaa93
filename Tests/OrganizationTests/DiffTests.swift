import Testing
import Organization

@Suite("Changes between versions and refused removals")
struct DiffTests {
    @Test("re-importing the same content from another file gives an empty diff")
    func identicalReimport() {
        let original = Tiny.organization()
        let moved = Organization(
            families: Tiny.families, roles: Tiny.roles,
            titles: Tiny.titles.enumerated().map { index, title in
                var title = title
                title.source = at(index + 100, "titles-v2.yaml")
                return title
            },
            people: Tiny.people.reversed(), titleAssignments: Tiny.assignments, reportingLines: Tiny.lines,
            positions: Tiny.positions, escalationRules: Tiny.rules)
        let diff = original.changes(to: moved)
        #expect(diff.isEmpty)
        #expect(diff.errors.isEmpty)
        #expect(diff.description == "no changes")
    }

    @Test("added, removed and changed entities are listed field by field")
    func changes() {
        var titles = Tiny.titles.filter { $0.key != "hr-partner" }
        titles.append(Title(key: "operator", role: "agent", names: ["en": "Operator"], source: at(30)))
        titles[0].aliases = []
        var people = Tiny.people
        people[3].email = "ana.zemaite@example.com"
        var assignments = Tiny.assignments.filter { $0.person != "hanne" }
        assignments[4].validTo = d("2026-12-31")   // liga
        let lines = Tiny.lines.filter { $0.person != "hanne" }
        people.removeAll { $0.key == "hanne" }
        var roles = Tiny.roles
        roles[6].capabilities = []
        let newer = Organization(families: Tiny.families, roles: roles, titles: titles, people: people,
                                 titleAssignments: assignments, reportingLines: lines, positions: Tiny.positions,
                                 escalationRules: Tiny.rules)
        let diff = Tiny.organization().changes(to: newer)
        #expect(diff.lines == [
            "~ role hr-partner: capabilities 'manage-structure' → (none)",
            "~ title customer-assistant: aliases 'Operator' → (none)",
            "- title hr-partner",
            "+ title operator",
            "~ person ana: email 'ana@example.com' → 'ana.zemaite@example.com'",
            "- person hanne",
            "- title assignment hanne@2026-01-01",
            "~ title assignment liga@2026-01-01: valid to (none) → '2026-12-31'",
            "- reporting line hanne@2026-01-01",
        ])
        #expect(diff.errors.isEmpty)
        #expect(diff.description == "1 added, 4 removed, 4 changed")
        #expect(diff.entries.first { $0.key == "operator" }?.source == at(30))
    }

    @Test("removing a title that assignments still use is an error in the diff")
    func removedButInUse() {
        let titles = Tiny.titles.filter { $0.key != "bank-teller" }
        let newer = Organization(families: Tiny.families, roles: Tiny.roles, titles: titles, people: Tiny.people,
                                 titleAssignments: Tiny.assignments, reportingLines: Tiny.lines, positions: Tiny.positions,
                                 escalationRules: Tiny.rules)
        let diff = Tiny.organization().changes(to: newer)
        #expect(diff.lines == ["- title bank-teller",
                               "error: title 'bank-teller' is still used by title assignment yla@2026-01-01"])
        #expect(diff.errors == [.stillReferenced(.title, key: "bank-teller", by: ["title assignment yla@2026-01-01"])])
    }

    @Test("removing a title, role or family in use is refused; unused ones go")
    func removal() throws {
        let organization = Tiny.organization()
        #expect(throws: OrganizationError.stillReferenced(.title, key: "team-lead",
                                                          by: ["title assignment ivo@2026-01-01", "title assignment liga@2026-01-01"])) {
            try organization.removingTitle("team-lead")
        }
        #expect(throws: OrganizationError.stillReferenced(.role, key: "senior-agent", by: ["title 'service-specialist'"])) {
            try organization.removingRole("senior-agent")
        }
        #expect(throws: OrganizationError.stillReferenced(.family, key: "human-resources", by: ["role 'hr-partner'"])) {
            try organization.removingFamily("human-resources")
        }
        #expect(throws: OrganizationError.unknownEntity(.title, key: "wizard")) {
            try organization.removingTitle("wizard")
        }
        let smaller = try organization.removingPosition("ivo-3")
        #expect(smaller.positions.map(\.key) == ["liga-1"])
        // Remove the HR partner's records first, then the person, title, role and family.
        let withoutHR = try organization.removing(.titleAssignment, key: "hanne@2026-01-01")
            .removing(.reportingLine, key: "hanne@2026-01-01")
            .removingPerson("hanne").removingTitle("hr-partner").removingRole("hr-partner").removingFamily("human-resources")
        #expect(withoutHR.validate().isValid)
        #expect(withoutHR.families.map(\.key) == ["customer-service"])
        #expect(organization.changes(to: withoutHR).removed == 6)
    }
}
