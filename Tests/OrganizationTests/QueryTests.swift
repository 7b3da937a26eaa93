import Testing
import Organization

@Suite("Queries as of a date")
struct QueryTests {
    let organization = Tiny.organization()
    var november: OrgSnapshot { OrgSnapshot(organization: organization, asOf: d("2026-11-23")) }

    @Test("the chart has the people without a manager as roots and children sorted by name")
    func chartShape() {
        let chart = november.chart(locale: "en")
        #expect(chart.outline == """
            Rasa Kazlauskienė (rasa), Chief Customer Officer
              Hanne Hansen (hanne), HR Partner
              Marta Berg (marta), Head of Service
                Ana Žemaitė (ana), Contact Centre Manager
                  Ivo Ćorić (ivo), Team Lead
                    Jonas Petraitis (jonas), Service Specialist
                  Līga Ozoliņa (liga), Team Lead
                    Kęstutis Jankus (kestas), Customer Assistant
                    Yla Bērziņa (yla), Bank Teller
            """)
        #expect(chart.roots.map(\.person.key) == ["rasa"])
        #expect(chart.rows.map(\.depth) == [0, 1, 1, 2, 3, 4, 3, 4, 4])
        let ana = chart.rows.first { $0.node.person.key == "ana" }!.node
        #expect(ana.title == "contact-centre-manager" && ana.role == "manager" && ana.level == 4)
        #expect(ana.span == SpanOfControl(direct: 2, total: 5))
    }

    @Test("the chart shows titles in the chart's locale, falling back to English")
    func chartLocale() {
        let chart = november.chart(locale: "lt-LT")
        let titles = Dictionary(uniqueKeysWithValues: chart.rows.map { ($0.node.person.key, $0.node.titleName ?? "") })
        #expect(titles["liga"] == "Komandos vadovas")
        #expect(titles["kestas"] == "Klientų konsultantas")
        #expect(titles["yla"] == "Bank Teller")
    }

    @Test("before Yla moves, she is in Ivo's team")
    func chartEarlier() {
        let june = OrgSnapshot(organization: organization, asOf: d("2026-06-15"))
        #expect(june.directReports(of: "ivo").map(\.key) == ["jonas", "yla"])
        #expect(june.member("jonas")?.title?.key == "customer-assistant")
        #expect(november.directReports(of: "ivo").map(\.key) == ["jonas"])
        #expect(november.manager(of: "yla")?.key == "liga")
        #expect(OrgSnapshot(organization: organization, asOf: d("2025-12-31")).headcount == 0)
    }

    @Test("span of control counts direct and total reports")
    func spans() {
        #expect(november.span(of: "rasa") == SpanOfControl(direct: 2, total: 8))
        #expect(november.span(of: "ana") == SpanOfControl(direct: 2, total: 5))
        #expect(november.span(of: "liga") == SpanOfControl(direct: 2, total: 2))
        #expect(november.span(of: "jonas") == SpanOfControl(direct: 0, total: 0))
        #expect(november.span(of: "nobody") == nil)
        #expect(november.allReports(of: "ana").map(\.key).sorted() == ["ivo", "jonas", "kestas", "liga", "yla"])
        #expect(november.isAbove("marta", "kestas"))
        #expect(!november.isAbove("kestas", "marta"))
        #expect(!november.isAbove("ivo", "ivo"))
    }

    @Test("headcount by family, role, title and team")
    func headcounts() {
        #expect(november.headcount == 9)
        #expect(november.headcount(by: .family) == ["customer-service": 8, "human-resources": 1])
        #expect(november.headcount(by: .role) == ["cco": 1, "hr-partner": 1, "head": 1, "manager": 1, "team-lead": 2,
                                                 "senior-agent": 1, "agent": 2])
        #expect(november.headcount(by: .title) == ["cco": 1, "hr-partner": 1, "head-of-service": 1, "contact-centre-manager": 1,
                                                  "team-lead": 2, "service-specialist": 1, "bank-teller": 1, "customer-assistant": 1])
        #expect(november.headcount(by: .team) == ["rasa": 8, "marta": 6, "ana": 5, "ivo": 1, "liga": 2])
        #expect(november.headcount(by: .role, under: "ana") == ["team-lead": 2, "senior-agent": 1, "agent": 2])
        #expect(november.headcount(by: .team, under: "ana") == ["ivo": 1, "liga": 2])
        #expect(november.headcount(by: .title, under: "nobody").isEmpty)
    }

    @Test("escalation follows the rules up the line and otherwise goes to the direct manager")
    func escalationWithRules() throws {
        // agent → team-lead finds Līga; team-lead → head skips Ana to Marta; head has no rule: Rasa.
        let chain = try #require(november.escalationChain(for: "yla"))
        #expect(chain.people == ["liga", "marta", "rasa"])
        #expect(chain.steps.map(\.reason) == [.rule(Tiny.rules[0]), .rule(Tiny.rules[1]), .directManager])
        #expect(chain.steps[1].role == "head" && chain.steps[1].title == "head-of-service")
        #expect(chain.start.person.key == "yla" && chain.start.reason == .start)
        #expect(chain.description == "Yla Bērziņa (yla), agent / bank-teller → Līga Ozoliņa (liga), team-lead / team-lead → Marta Berg (marta), head / head-of-service → Rasa Kazlauskienė (rasa), cco / cco")
        // Jonas is a senior agent: no rule, so his direct manager first.
        #expect(november.escalationChain(for: "jonas")?.people == ["ivo", "marta", "rasa"])
        #expect(november.escalationChain(for: "rasa")?.steps.isEmpty == true)
        #expect(november.escalationChain(for: "nobody") == nil)
    }

    @Test("without rules escalation climbs one manager at a time; an unmatched rule falls back to the manager")
    func escalationWithoutRules() {
        let plain = OrgSnapshot(organization: Tiny.organization(rules: []), asOf: d("2026-11-23"))
        #expect(plain.escalationChain(for: "yla")?.people == ["liga", "ana", "marta", "rasa"])
        let unmatched = EscalationRule(from: "agent", to: "hr-partner")
        let chain = OrgSnapshot(organization: Tiny.organization(rules: [unmatched]), asOf: d("2026-11-23")).escalationChain(for: "kestas")
        #expect(chain?.people == ["liga", "ana", "marta", "rasa"])
        #expect(chain?.steps.first?.reason == .ruleUnmatched(unmatched))
    }

    @Test("a person's history lists title and manager changes in date order")
    func history() {
        #expect(organization.history(of: "yla").map(\.description) == [
            "2026-01-01 title: none → bank-teller",
            "2026-01-01 manager: none → ivo",
            "2026-09-01 manager: ivo → liga",
        ])
        #expect(organization.history(of: "jonas").map(\.description) == [
            "2026-01-01 title: none → customer-assistant",
            "2026-01-01 manager: none → ivo",
            "2026-07-01 title: customer-assistant → service-specialist",
        ])
        #expect(organization.history(of: "kestas").first?.description == "2026-01-01 title: none → customer-assistant in liga-1")
        #expect(organization.history(of: "nobody").isEmpty)
    }

    @Test("history shows leaving, and a record split in two without a change is no event")
    func historyLeavingAndSplits() {
        var assignments = Tiny.assignments.filter { $0.person != "kestas" }
        assignments.append(TitleAssignment(person: "kestas", title: "customer-assistant", validFrom: d("2026-01-01"), validTo: d("2026-03-31")))
        assignments.append(TitleAssignment(person: "kestas", title: "customer-assistant", validFrom: d("2026-04-01"), validTo: d("2026-10-15")))
        var lines = Tiny.lines.filter { $0.person != "kestas" }
        lines.append(ReportingLine(person: "kestas", manager: "liga", validFrom: d("2026-01-01"), validTo: d("2026-10-15")))
        let organization = Tiny.organization(assignments: assignments, lines: lines)
        #expect(organization.history(of: "kestas").map(\.description) == [
            "2026-01-01 title: none → customer-assistant",
            "2026-01-01 manager: none → liga",
            "2026-10-16 title: customer-assistant → none",
            "2026-10-16 manager: liga → none",
        ])
        #expect(OrgSnapshot(organization: organization, asOf: d("2026-10-15")).member("kestas") != nil)
        #expect(OrgSnapshot(organization: organization, asOf: d("2026-10-16")).member("kestas") == nil)
    }

    @Test("vacancies are positions in force that no assignment in force fills")
    func vacancies() {
        #expect(november.vacancies.map(\.key) == ["ivo-3"])
        var assignments = Tiny.assignments
        assignments[9].validTo = d("2026-10-31")   // Kęstutis leaves seat liga-1
        let later = OrgSnapshot(organization: Tiny.organization(assignments: assignments), asOf: d("2026-11-01"))
        #expect(later.vacancies.map(\.key) == ["ivo-3", "liga-1"])
    }

    @Test("titles are found by key, translation or alias, ignoring case and diacritics")
    func aliasLookup() {
        #expect(organization.title(named: "OPERATOR")?.key == "customer-assistant")
        #expect(organization.title(named: "klientu konsultantas")?.key == "customer-assistant")
        #expect(organization.title(named: "Kunderådgiver")?.key == "customer-assistant")
        #expect(organization.title(named: "bank-tellér")?.key == "bank-teller")
        #expect(organization.title(named: "  senior   agent ")?.key == "service-specialist")
        #expect(organization.title(named: "supervisor")?.key == "team-lead")
        #expect(organization.title(named: "Bankovni sluzbenik")?.key == "bank-teller")
        #expect(organization.title(named: "Chef") == nil)
        #expect(november.people(withTitleNamed: "Supervisor").map(\.key) == ["ivo", "liga"])
        #expect(november.people(withTitleNamed: "operator").map(\.key) == ["kestas"])
    }

    @Test("a cyclic organisation still gives a snapshot, cut at one person")
    func snapshotOfCycle() {
        let organization = Tiny.small(roles: ["a": "agent", "b": "agent", "c": "agent", "d": "agent"], lines: [
            ReportingLine(person: "a", manager: "b", validFrom: d("2026-01-01")),
            ReportingLine(person: "b", manager: "c", validFrom: d("2026-01-01")),
            ReportingLine(person: "c", manager: "a", validFrom: d("2026-01-01")),
            ReportingLine(person: "d", manager: "a", validFrom: d("2026-01-01")),
        ])
        let snapshot = OrgSnapshot(organization: organization, asOf: d("2026-02-01"))
        #expect(snapshot.cycleBreaks == ["a"])
        #expect(snapshot.topLevel.map(\.key) == ["a"])
        #expect(snapshot.chart().rows.count == 4)
    }
}
