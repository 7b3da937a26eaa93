import CivilTime
import Testing
import Organization
import Randomness

@Suite("Organisation invariants")
struct ValidationTests {
    @Test("the hand-made bank centre is valid without warnings")
    func tinyIsValid() {
        let report = Tiny.organization().validate()
        #expect(report.errors.isEmpty, "\(report.lines)")
        #expect(report.warnings.isEmpty, "\(report.lines)")
        #expect(report.description == "valid")
    }

    @Test("two people managing each other is a cycle from the day it starts")
    func directCycle() throws {
        let organization = Tiny.small(roles: ["a": "team-lead", "b": "team-lead"], lines: [
            ReportingLine(person: "a", manager: "b", validFrom: d("2026-01-01"), source: at(1)),
            ReportingLine(person: "b", manager: "a", validFrom: d("2026-03-01"), source: at(2)),
        ])
        let report = organization.validate(policy: .ignore)
        #expect(report.errors.count == 1)
        guard case let .reportingCycle(chain, from, lines) = try #require(report.errors.first) else {
            Issue.record("expected a cycle, got \(report.errors)")
            return
        }
        #expect(from == d("2026-03-01"))
        #expect(chain.map(\.key) == ["b", "a", "b"])
        #expect(Set(lines.compactMap(\.source)) == [at(1), at(2)])
        #expect(report.errors[0].description == "reporting cycle from 2026-03-01: B (b) → A (a) → B (b) (org.yaml:2, org.yaml:1)")
    }

    @Test("a three-step cycle created only by a future-dated line is found on its first day")
    func futureCycle() throws {
        let organization = Tiny.small(roles: ["a": "agent", "b": "team-lead", "c": "manager"], lines: [
            ReportingLine(person: "a", manager: "b", validFrom: d("2026-01-01")),
            ReportingLine(person: "b", manager: "c", validFrom: d("2026-01-01")),
            ReportingLine(person: "c", manager: "a", validFrom: d("2027-04-01"), validTo: d("2027-04-30")),
        ])
        let errors = organization.validate(policy: .ignore).errors
        #expect(errors.count == 1)
        guard case let .reportingCycle(chain, from, _) = try #require(errors.first) else {
            Issue.record("expected a cycle, got \(errors)")
            return
        }
        #expect(from == d("2027-04-01"))
        #expect(chain.map(\.key) == ["c", "a", "b", "c"])
        // Before that day the tree is fine.
        #expect(OrgSnapshot(organization: organization, asOf: d("2027-03-31")).cycleBreaks.isEmpty)
        #expect(OrgSnapshot(organization: organization, asOf: d("2027-04-01")).cycleBreaks.count == 1)
    }

    @Test("swapping manager and report on the same day is not a cycle when the old line ends the day before")
    func swapWithoutOverlapIsFine() {
        let organization = Tiny.small(roles: ["a": "team-lead", "b": "team-lead"], lines: [
            ReportingLine(person: "a", manager: "b", validFrom: d("2026-01-01"), validTo: d("2026-12-31")),
            ReportingLine(person: "b", manager: "a", validFrom: d("2027-01-01")),
        ])
        #expect(organization.validate(policy: .ignore).errors.isEmpty)
        // Ending one day later overlaps the other line by a day: a cycle on 2027-01-01.
        let late = Tiny.small(roles: ["a": "team-lead", "b": "team-lead"], lines: [
            ReportingLine(person: "a", manager: "b", validFrom: d("2026-01-01"), validTo: d("2027-01-01")),
            ReportingLine(person: "b", manager: "a", validFrom: d("2027-01-01")),
        ])
        let errors = late.validate(policy: .ignore).errors
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("reporting cycle from 2027-01-01:") == true)
    }

    @Test("overlapping reporting lines name both lines with their dates and sources")
    func overlappingLines() {
        var lines = Tiny.lines.filter { $0.person != "yla" }
        lines.append(ReportingLine(person: "yla", manager: "ivo", validFrom: d("2026-01-01"), validTo: d("2026-09-30"), source: at(40)))
        lines.append(ReportingLine(person: "yla", manager: "liga", validFrom: d("2026-09-01"), source: at(41)))
        let errors = Tiny.organization(lines: lines).validate().errors
        #expect(errors == [.overlappingReportingLines(person: PersonLabel(key: "yla", name: "Yla Bērziņa"),
                                                      first: lines[lines.count - 2], second: lines[lines.count - 1])])
        #expect(errors.first?.description == "Yla Bērziņa (yla) has two managers at once: manager 'ivo' 2026-01-01…2026-09-30 (org.yaml:40) overlaps manager 'liga' 2026-09-01…open (org.yaml:41)")
        #expect(errors.first?.sources == [at(40), at(41)])
    }

    @Test("overlapping title assignments name both titles")
    func overlappingTitles() {
        var assignments = Tiny.assignments
        assignments.append(TitleAssignment(person: "ivo", title: "service-specialist", validFrom: d("2026-05-01"),
                                           validTo: d("2026-05-31"), source: at(9)))
        let errors = Tiny.organization(assignments: assignments).validate().errors
        #expect(errors.count == 1)
        #expect(errors.first?.description == "Ivo Ćorić (ivo) holds two titles at once: title 'team-lead' 2026-01-01…open overlaps title 'service-specialist' 2026-05-01…2026-05-31 (org.yaml:9)")
    }

    @Test("a person cannot manage themself")
    func selfManagement() {
        let line = ReportingLine(person: "a", manager: "a", validFrom: d("2026-02-01"), source: at(3))
        let errors = Tiny.small(roles: ["a": "agent"], lines: [line]).validate().errors
        #expect(errors == [.selfManagement(person: PersonLabel(key: "a", name: "A"), line: line)])
        #expect(errors.first?.description == "A (a) cannot manage themself: reporting line 2026-02-01…open (org.yaml:3)")
    }

    @Test("a manager below their report's level is an error, a warning or ignored by policy")
    func levelPolicy() {
        let organization = Tiny.small(roles: ["lead": "team-lead", "agent": "agent"], lines: [
            ReportingLine(person: "lead", manager: "agent", validFrom: d("2026-01-01"), source: at(7)),
        ])
        let expected = OrganizationError.managerLevelNotAbove(
            person: PersonLabel(key: "lead", name: "LEAD"), role: "team-lead", level: 3,
            manager: PersonLabel(key: "agent", name: "AGENT"), managerRole: "agent", managerLevel: 1,
            from: d("2026-01-01"), line: organization.reportingLines[0])
        let strict = organization.validate(policy: .error)
        #expect(strict.errors == [expected])
        #expect(strict.warnings.isEmpty)
        let lenient = organization.validate(policy: .warning)
        #expect(lenient.errors.isEmpty)
        #expect(lenient.warnings == [expected])
        #expect(lenient.isValid)
        let ignored = organization.validate(policy: .ignore)
        #expect(ignored.errors.isEmpty && ignored.warnings.isEmpty)
        #expect(expected.description == "from 2026-01-01 LEAD (lead) (role 'team-lead', level 3) reports to AGENT (agent) (role 'agent', level 1), whose level is not above (org.yaml:7)")
    }

    @Test("equal levels violate the level rule, and a later title change is reported from its date")
    func levelChecksEachPeriod() {
        var organization = Tiny.small(roles: ["boss": "manager", "lead": "team-lead"], lines: [
            ReportingLine(person: "lead", manager: "boss", validFrom: d("2026-01-01")),
        ])
        #expect(organization.validate().isValid)
        // The manager is demoted to team lead from 2026-10-01: same level as the report.
        var assignments = organization.titleAssignments
        assignments[0].validTo = d("2026-09-30")
        assignments.append(TitleAssignment(person: "boss", title: "team-lead", validFrom: d("2026-10-01")))
        organization = Organization(families: organization.families, roles: organization.roles, titles: organization.titles,
                                    people: organization.people, titleAssignments: assignments,
                                    reportingLines: organization.reportingLines)
        let errors = organization.validate().errors
        #expect(errors.count == 1)
        guard case let .managerLevelNotAbove(person, _, level, manager, _, managerLevel, from, _)? = errors.first else {
            Issue.record("expected a level error, got \(errors)")
            return
        }
        #expect(person.key == "lead" && manager.key == "boss")
        #expect(level == 3 && managerLevel == 3)
        #expect(from == d("2026-10-01"))
    }

    @Test("unknown people, titles, roles, families and positions are named with their source")
    func unknownReferences() {
        let organization = Organization(
            families: [JobFamily(key: "cs", names: ["en": "CS"])],
            roles: [Role(key: "agent", family: "cs", level: 1, names: [:]),
                    Role(key: "lead", family: "sales", level: 3, names: [:], source: at(2, "roles.yaml"))],
            titles: [Title(key: "agent", role: "agent", names: [:]),
                     Title(key: "wizard", role: "magician", names: [:], source: at(3, "titles.yaml"))],
            people: [Person(key: "ana", displayName: "Ana")],
            titleAssignments: [TitleAssignment(person: "ana", title: "agent", position: "seat-9", validFrom: d("2026-01-01"),
                                               source: at(4, "people.csv")),
                               TitleAssignment(person: "ghost", title: "agent", validFrom: d("2026-01-01"), source: at(5, "people.csv"))],
            reportingLines: [ReportingLine(person: "ana", manager: "ivo", validFrom: d("2026-01-01"), source: at(6, "lines.csv"))],
            positions: [Position(key: "seat-1", title: "clerk", validFrom: d("2026-01-01"), source: at(7, "positions.csv"))],
            escalationRules: [EscalationRule(from: "agent", to: "boss", source: at(8, "escalation.yaml"))])
        let descriptions = organization.validate().errors.map(\.description)
        #expect(descriptions == [
            "role 'lead' refers to unknown job family 'sales' (roles.yaml:2)",
            "title 'wizard' refers to unknown role 'magician' (titles.yaml:3)",
            "title assignment ana@2026-01-01 refers to unknown position 'seat-9' (people.csv:4)",
            "title assignment ghost@2026-01-01 refers to unknown person 'ghost' (people.csv:5)",
            "reporting line ana@2026-01-01 refers to unknown person 'ivo' (lines.csv:6)",
            "position 'seat-1' refers to unknown title 'clerk' (positions.csv:7)",
            "escalation rule agent → boss refers to unknown role 'boss' (escalation.yaml:8)",
        ])
    }

    @Test("duplicate keys, blank keys and ranges that end before they start are errors")
    func keysAndRanges() {
        let organization = Organization(
            families: [JobFamily(key: "cs", names: [:], source: at(1)), JobFamily(key: "cs", names: [:], source: at(2))],
            roles: [Role(key: " agent", family: "cs", level: 1, names: [:], source: at(3))],
            people: [Person(key: "ana", displayName: "Ana")],
            reportingLines: [],
            positions: [Position(key: "seat", title: "x", validFrom: d("2026-05-01"), validTo: d("2026-04-30"), source: at(4))])
        let errors = organization.validate().errors
        #expect(errors.contains(.duplicateKey(.family, key: "cs", first: at(1), second: at(2))))
        #expect(errors.contains(.invalidKey(.role, key: " agent", source: at(3))))
        #expect(errors.contains(.invalidDateRange(.position, key: "seat", validFrom: d("2026-05-01"), validTo: d("2026-04-30"), source: at(4))))
        #expect(errors.map(\.description).contains("job family 'cs' is defined twice (org.yaml:1) and (org.yaml:2)"))
    }

    @Test("an alias naming two titles is an error, a shared translation only a warning")
    func ambiguousNames() {
        var titles = Tiny.titles
        titles[1].aliases = ["operator"]                 // customer-assistant already has "Operator"
        titles[2].names.set("Team Lead", for: "lv")      // team-lead's English name
        let report = Organization(families: Tiny.families, roles: Tiny.roles, titles: titles).validate()
        #expect(report.errors.map(\.description) == ["'operator' names several titles: 'customer-assistant', 'bank-teller'"])
        #expect(report.warnings.map(\.description) == ["'team lead' names several titles: 'service-specialist', 'team-lead'"])
    }

    @Test("a position filled with another title is an error; two holders of one seat a warning")
    func positions() {
        var assignments = Tiny.assignments
        assignments[8].position = "liga-1"   // yla, a bank teller, in a customer-assistant seat also held by kestas
        let report = Tiny.organization(assignments: assignments).validate()
        #expect(report.errors == [.positionTitleMismatch(assignment: assignments[8], positionTitle: "customer-assistant")])
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.description.hasPrefix("position 'liga-1' is filled twice at once") == true)
    }

    @Test("conflicting escalation rules are errors and rules that go down are warnings")
    func escalationRules() {
        let rules = [EscalationRule(from: "agent", to: "team-lead", source: at(1)),
                     EscalationRule(from: "agent", to: "manager", source: at(2)),
                     EscalationRule(from: "head", to: "manager", source: at(3))]
        let report = Tiny.organization(rules: rules).validate()
        #expect(report.errors.map(\.description) == ["role 'agent' escalates both to 'team-lead' (org.yaml:1) and to 'manager' (org.yaml:2)"])
        #expect(report.warnings.map(\.description) == ["escalation from role 'head' (level 5) to role 'manager' (level 4) does not go up (org.yaml:3)"])
    }

    @Test("people who never hold a title are a warning")
    func personWithoutTitle() {
        let organization = Organization(families: Tiny.families, roles: Tiny.roles, titles: Tiny.titles,
                                        people: [Person(key: "new", displayName: "New Hire", source: at(12))])
        #expect(organization.validate().warnings == [.personWithoutTitle(PersonLabel(key: "new", name: "New Hire"), source: at(12))])
    }

    @Test("every message is one line")
    func messagesAreOneLine() {
        let broken = Tiny.small(roles: ["a": "agent", "b": "team-lead"], lines: [
            ReportingLine(person: "a", manager: "b", validFrom: d("2026-01-01")),
            ReportingLine(person: "b", manager: "a", validFrom: d("2026-01-01")),
            ReportingLine(person: "b", manager: "x", validFrom: d("2026-01-01"), validTo: d("2025-01-01")),
        ])
        let report = broken.validate()
        #expect(report.errors.count >= 4)
        for line in report.lines { #expect(!line.contains("\n"), "\(line)") }
    }

    /// Checks the incremental sweep against the obvious method: rebuild the manager map on every
    /// change point and walk up from everyone.
    @Test("the change-point sweep finds the same first cycle day as checking every period from scratch")
    func sweepMatchesBruteForce() {
        var random = SplitMix64(seed: 42)
        let keys = ["a", "b", "c", "d", "e", "f"]
        for _ in 0..<300 {
            var lines: [ReportingLine] = []
            for _ in 0..<random.below(10) {
                let person = keys[random.below(keys.count)]
                var manager = keys[random.below(keys.count)]
                if manager == person { manager = keys[(keys.firstIndex(of: person)! + 1) % keys.count] }
                let from = d("2026-01-01").adding(days: random.below(60))
                let to = random.below(3) == 0 ? nil : from.adding(days: random.below(40))
                lines.append(ReportingLine(person: person, manager: manager, validFrom: from, validTo: to))
            }
            let organization = Tiny.small(roles: Dictionary(uniqueKeysWithValues: keys.map { ($0, "agent") }), lines: lines)
            let found = organization.validate(policy: .ignore).errors.compactMap { error -> LocalDate? in
                if case let .reportingCycle(_, from, _) = error { return from }
                return nil
            }
            #expect(found.min() == Self.firstCycleDay(organization), "\(lines)")
        }
    }

    /// The first day any snapshot has a cycle, checking every change point from scratch.
    static func firstCycleDay(_ organization: Organization) -> LocalDate? {
        let days = Set(organization.reportingLines.flatMap { [$0.validFrom] + ($0.validTo.map { [$0.adding(days: 1)] } ?? []) })
        return days.sorted().first { !OrgSnapshot(organization: organization, asOf: $0).cycleBreaks.isEmpty }
    }
}
