import CivilTime
import Randomness

/// A generated contact centre of any size, identical for the same seed: for benchmarks, demos
/// and tests.
///
/// ```swift
/// let organization = SyntheticOrganization.make(people: 10_000, seed: 7)
/// ```
///
/// The ladder is complete (chief customer officer, heads, managers, team leads, agents and
/// senior agents, plus HR partners with ``Capability/manageStructure`` and QA analysts with
/// ``Capability/evaluateAll``), names are Lithuanian, Latvian, Croatian and Norwegian, and the
/// frontline has one to two dated changes per person within two years of `start`: promotions,
/// moves between teams (some twice), some leavers. A few positions stay vacant. The result
/// validates without errors.
public enum SyntheticOrganization {
    public static func make(people count: Int, seed: UInt64 = 1,
                            start: LocalDate = LocalDate(year: 2025, month: 1, day: 1)!) -> Organization {
        var random = SplitMix64(seed: seed)
        var people: [Person] = []
        var assignments: [TitleAssignment] = []
        var lines: [ReportingLine] = []
        var positions: [Position] = []

        var openLine: [Int] = []   // index in `lines` of each person's open-ended line, or -1

        func add(title: String, manager: Int?) -> Int {
            let index = people.count
            let given = givenNames[random.below(givenNames.count)]
            let family = familyNames[random.below(familyNames.count)]
            let key = "e" + String(100_000 + index).dropFirst()
            people.append(Person(key: key, displayName: "\(given) \(family)", givenName: given, familyName: family,
                                 email: "\(key)@example.com", preferredLocale: locales[random.below(locales.count)]))
            assignments.append(TitleAssignment(person: key, title: title, validFrom: start))
            openLine.append(manager == nil ? -1 : lines.count)
            if let manager { lines.append(ReportingLine(person: key, manager: people[manager].key, validFrom: start)) }
            return index
        }
        func split(lineOf person: Int, at date: LocalDate, to manager: Int) {
            let index = openLine[person]
            guard index >= 0, lines[index].manager != people[manager].key, manager != person else { return }
            lines[index].validTo = date.adding(days: -1)
            openLine[person] = lines.count
            lines.append(ReportingLine(person: people[person].key, manager: people[manager].key, validFrom: date))
        }
        func day(_ from: Int, _ to: Int) -> LocalDate { start.adding(days: from + random.below(to - from)) }

        guard count > 0 else { return Organization(families: families, roles: roles, titles: titles) }
        let chief = add(title: "chief-customer-officer", manager: nil)
        var heads: [Int] = []
        var managers: [Int] = []
        var leads: [Int] = []
        func room() -> Bool { people.count < count }
        for _ in 0..<max(1, count / 2500) where room() { _ = add(title: "hr-partner", manager: chief) }
        for _ in 0..<max(1, count / 2000) where room() { heads.append(add(title: "head-of-service", manager: chief)) }
        for index in 0..<max(1, count / 150) where room() && !heads.isEmpty {
            managers.append(add(title: "contact-centre-manager", manager: heads[index % heads.count]))
        }
        for index in 0..<max(1, count / 13) where room() && !managers.isEmpty {
            leads.append(add(title: "team-lead", manager: managers[index % managers.count]))
        }
        for index in 0..<(count / 200) where room() && !managers.isEmpty {
            _ = add(title: "qa-analyst", manager: managers[index % managers.count])
        }
        // Team leads who change manager during the period.
        for lead in leads where managers.count > 1 && random.below(10) == 0 {
            split(lineOf: lead, at: day(60, 600), to: managers[random.below(managers.count)])
        }
        var frontline = 0
        while room() && !leads.isEmpty {
            let senior = random.below(100) < 15
            let person = add(title: senior ? "service-specialist" : (frontline % 3 == 0 ? "bank-teller" : "customer-assistant"),
                             manager: leads[frontline % leads.count])
            frontline += 1
            let key = people[person].key
            if !senior && random.below(100) < 50 {
                let promotion = day(30, 700)
                let last = assignments.count - 1
                assignments[last].validTo = promotion.adding(days: -1)
                assignments.append(TitleAssignment(person: key, title: "service-specialist", validFrom: promotion))
            }
            if leads.count > 1 && random.below(100) < 80 {
                split(lineOf: person, at: day(30, 350), to: leads[random.below(leads.count)])
                if random.below(100) < 50 {
                    split(lineOf: person, at: day(360, 700), to: leads[random.below(leads.count)])
                }
            }
            if random.below(100) < 5 {
                // The person's open records are the last ones appended.
                let leaving = day(720, 1000)
                assignments[assignments.count - 1].validTo = leaving
                lines[openLine[person]].validTo = leaving
            }
        }
        for (number, lead) in leads.enumerated() where number % 50 == 0 {
            positions.append(Position(key: "vacancy-\(number)", title: "customer-assistant", reportsTo: people[lead].key,
                                      validFrom: start.adding(days: 90)))
        }

        return Organization(families: families, roles: roles, titles: titles, people: people,
                            titleAssignments: assignments, reportingLines: lines, positions: positions,
                            escalationRules: escalationRules)
    }

    static let families = [
        JobFamily(key: "customer-service", names: ["en": "Customer Service", "lt": "Klientų aptarnavimas",
                                                   "lv": "Klientu apkalpošana", "hr": "Korisnička služba", "nb": "Kundeservice"]),
        JobFamily(key: "quality", names: ["en": "Quality", "lt": "Kokybė", "lv": "Kvalitāte", "hr": "Kvaliteta", "nb": "Kvalitet"]),
        JobFamily(key: "human-resources", names: ["en": "Human Resources", "lt": "Personalas", "lv": "Personāls",
                                                  "hr": "Ljudski resursi", "nb": "HR"]),
        JobFamily(key: "leadership", names: ["en": "Leadership", "lt": "Vadovybė", "lv": "Vadība", "hr": "Uprava", "nb": "Ledelse"]),
    ]

    static let roles = [
        Role(key: "agent", family: "customer-service", level: RoleLevel.agent,
             names: ["en": "Agent", "lt": "Konsultantas", "lv": "Konsultants", "hr": "Agent", "nb": "Rådgiver"]),
        Role(key: "senior-agent", family: "customer-service", level: RoleLevel.seniorAgent,
             names: ["en": "Senior Agent", "lt": "Vyresnysis konsultantas", "lv": "Vecākais konsultants",
                     "hr": "Viši agent", "nb": "Seniorrådgiver"]),
        Role(key: "team-lead", family: "customer-service", level: RoleLevel.teamLead,
             names: ["en": "Team Lead", "lt": "Komandos vadovas", "lv": "Komandas vadītājs", "hr": "Voditelj tima", "nb": "Teamleder"]),
        Role(key: "manager", family: "customer-service", level: RoleLevel.manager,
             names: ["en": "Manager", "lt": "Vadovas", "lv": "Vadītājs", "hr": "Voditelj", "nb": "Leder"]),
        Role(key: "head", family: "customer-service", level: RoleLevel.head,
             names: ["en": "Head of Service", "lt": "Aptarnavimo vadovas", "lv": "Apkalpošanas vadītājs",
                     "hr": "Direktor službe", "nb": "Kundeservicesjef"]),
        Role(key: "chief-customer-officer", family: "leadership", level: RoleLevel.chiefCustomerOfficer,
             names: ["en": "Chief Customer Officer"]),
        Role(key: "qa-analyst", family: "quality", level: RoleLevel.seniorAgent,
             names: ["en": "Quality Analyst", "lt": "Kokybės analitikas"], capabilities: [.evaluateAll]),
        Role(key: "hr-partner", family: "human-resources", level: RoleLevel.teamLead,
             names: ["en": "HR Partner", "lt": "Personalo partneris"], capabilities: [.manageStructure]),
    ]

    static let titles = [
        Title(key: "customer-assistant", role: "agent",
              names: ["en": "Customer Assistant", "lt": "Klientų konsultantas", "lv": "Klientu konsultants",
                      "hr": "Savjetnik za korisnike", "nb": "Kunderådgiver"],
              aliases: ["Operator", "Call Centre Agent"]),
        Title(key: "bank-teller", role: "agent",
              names: ["en": "Bank Teller", "lt": "Banko kasininkas", "lv": "Bankas kasieris", "hr": "Bankovni službenik",
                      "nb": "Bankkasserer"],
              aliases: ["Teller"]),
        Title(key: "service-specialist", role: "senior-agent",
              names: ["en": "Service Specialist", "lt": "Aptarnavimo specialistas", "lv": "Apkalpošanas speciālists",
                      "hr": "Specijalist za usluge", "nb": "Servicespesialist"],
              aliases: ["Senior Agent"]),
        Title(key: "team-lead", role: "team-lead",
              names: ["en": "Team Lead", "lt": "Komandos vadovas", "lv": "Komandas vadītājs", "hr": "Voditelj tima", "nb": "Teamleder"],
              aliases: ["Supervisor"]),
        Title(key: "contact-centre-manager", role: "manager", names: ["en": "Contact Centre Manager", "lt": "Kontaktų centro vadovas"]),
        Title(key: "head-of-service", role: "head", names: ["en": "Head of Customer Service", "lt": "Klientų aptarnavimo vadovas"]),
        Title(key: "chief-customer-officer", role: "chief-customer-officer", names: ["en": "Chief Customer Officer"],
              aliases: ["CCO"]),
        Title(key: "qa-analyst", role: "qa-analyst", names: ["en": "Quality Analyst", "lt": "Kokybės analitikas"]),
        Title(key: "hr-partner", role: "hr-partner", names: ["en": "HR Business Partner", "lt": "Personalo partneris"]),
    ]

    static let escalationRules = [
        EscalationRule(from: "agent", to: "team-lead"),
        EscalationRule(from: "senior-agent", to: "team-lead"),
        EscalationRule(from: "team-lead", to: "manager"),
        EscalationRule(from: "qa-analyst", to: "manager"),
        EscalationRule(from: "manager", to: "head"),
    ]

    static let locales = ["lt", "lv", "hr", "nb", "en"]
    static let givenNames = ["Ana", "Ieva", "Jonas", "Žygimantas", "Rūta", "Kęstutis", "Yla", "Ķirsis", "Līga", "Jānis",
                             "Ēriks", "Ivo", "Čedomir", "Ćiril", "Željka", "Marta", "Åse", "Øystein", "Ærlig", "Aase",
                             "Bjørn", "Ingrid", "Luka", "Tomas", "Dace"]
    static let familyNames = ["Žemaitė", "Kazlauskas", "Jankauskienė", "Petraitis", "Ozoliņš", "Bērziņa", "Kalniņš", "Ķēniņš",
                              "Ćorić", "Čolić", "Horvat", "Kovačević", "Babić", "Hansen", "Johansen", "Ødegård", "Aasen",
                              "Ås", "Berg", "Yxa"]
}
