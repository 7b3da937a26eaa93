import CivilTime
import Foundation
import Interchange
import Organization
import Testing

@Suite("Organisation files")
struct OrganizationReaderTests {
    static let yaml = """
        families:
          - key: service
            names: { en: Customer Service, lt: Klientų aptarnavimas }
        roles:
          - key: agent
            family: service
            level: 1
            capabilities: []
        titles:
          - key: csr
            role: agent
            names: { en: Customer Service Representative, nb: Kundeservicemedarbeider }
            aliases: [Operator, Bank Teller]
          - key: senior
            role: agent
        escalation:
          - { from: agent, to: agent }

        """

    @Test("YAML sections become entities that remember the file and line of their entry")
    func yamlSources() throws {
        let document = try OrganizationReader.parse(yaml: Self.yaml, source: "org/structure.yaml")
        #expect(document.givenKinds == [.family, .role, .title, .escalationRule])
        #expect(document.people == nil, "not given: kept from the database on import")
        let titles = try #require(document.titles)
        #expect(titles.map(\.key) == ["csr", "senior"])
        #expect(titles[0].source == SourceLocation(file: "org/structure.yaml", line: 10))
        #expect(titles[1].source == SourceLocation(file: "org/structure.yaml", line: 14))
        #expect(titles[0].names.text(for: "nb-NO") == "Kundeservicemedarbeider")
        #expect(titles[0].aliases == ["Operator", "Bank Teller"])
        #expect(document.roles?.first?.source?.line == 5)
        #expect(document.escalationRules?.first?.source?.line == 17)
        #expect(document.summary == "1 job family, 1 role, 2 titles, 1 escalation rule")
    }

    @Test("a capability Headset does not know is named with the choices")
    func badCapability() {
        let yaml = Self.yaml.replacingOccurrences(of: "capabilities: []", with: "capabilities: [fly]")
        #expect {
            try OrganizationReader.parse(yaml: yaml, source: "s.yaml")
        } throws: { error in
            (error as? OrganizationFileError)?.description
                == "s.yaml:8:20: field 'roles[0].capabilities[0]': expected one of 'manage-structure', 'evaluate-all', found 'fly'"
        }
    }

    @Test("a YAML date that is not YYYY-MM-DD is reported at its value")
    func badDate() {
        let yaml = "reporting_lines:\n  - { person: a, manager: b, valid_from: 2026-02-30 }\n"
        #expect {
            try OrganizationReader.parse(yaml: yaml, source: "l.yaml")
        } throws: { error in
            (error as? OrganizationFileError)?.description
                == "l.yaml:2:42: field 'reporting_lines[0].valid_from': expected a date YYYY-MM-DD, found '2026-02-30'"
        }
    }

    @Test("a leaving date is read from a people file's leaves_on column or YAML key; blank means the person stays")
    func leavingDates() throws {
        let csv = try OrganizationReader.parse(csv: "key,name,Left On\nE1,Ana Žemaitė,2026-12-01\nE2,Ivo Ćorić,\n", source: "hr.csv")
        #expect(csv.people?.map(\.leavesOn) == [LocalDate("2026-12-01"), nil])
        let yaml = try OrganizationReader.parse(yaml: "people:\n  - { key: E1, name: Ana, leaves_on: 2026-12-01 }\n", source: "p.yaml")
        #expect(yaml.people?.first?.leavesOn == LocalDate("2026-12-01"))
        #expect {
            try OrganizationReader.parse(csv: "key,name,leaves_on\nE1,Ana,soon\n", source: "hr.csv")
        } throws: { error in
            (error as? OrganizationFileError)?.description.hasPrefix("hr.csv:2: column 'leaves_on'") == true
        }
    }

    @Test("CSV files are told apart by their header, with aliases for the column names")
    func csvKinds() throws {
        let people = try OrganizationReader.parse(csv: "Employee ID;Full Name;E-mail\nE1;Ana Žemaitė; ana@example.lt \n",
                                                  source: "hr.csv")
        #expect(people.people == [Person(key: "E1", displayName: "Ana Žemaitė", email: "ana@example.lt",
                                         source: SourceLocation(file: "hr.csv", line: 2))])
        let assignments = try OrganizationReader.parse(
            csv: "person,title,valid_from,valid_to\nE1,Bank Teller,2026-01-01,\n\nE1,csr,2027-01-01,2027-12-31\n", source: "a.csv")
        #expect(assignments.titleAssignments?.map(\.key) == ["E1@2026-01-01", "E1@2027-01-01"])
        #expect(assignments.titleAssignments?.map { $0.source?.line } == [2, 4])
        #expect(assignments.titleAssignments?.last?.validTo == LocalDate("2027-12-31"))
        let lines = try OrganizationReader.parse(csv: "person,manager,valid_from\nE1,E2,2026-01-01\n", source: "l.csv")
        #expect(lines.reportingLines?.first?.manager == "E2")
        let positions = try OrganizationReader.parse(csv: "key,title,reports_to,valid_from\nseat-1,csr,E2,2026-01-01\n",
                                                     source: "p.csv")
        #expect(positions.positions?.first?.reportsTo == "E2")
        let empty = try OrganizationReader.parse(csv: "person,manager,valid_from,valid_to\n", source: "none.csv")
        #expect(empty.reportingLines == [], "a header alone gives the kind, with nothing in it")
        #expect {
            try OrganizationReader.parse(csv: "person,manager,valid_from\nE1,,2026-01-01\n", source: "l.csv")
        } throws: { error in
            (error as? OrganizationFileError)?.description == "l.csv:2: column 'manager': expected a value, found ''"
        }
    }

    @Test("merging files: each kind given replaces the stored kind, the rest is kept; title names resolve to keys")
    func organizationOverStored() throws {
        var document = try OrganizationReader.parse(yaml: Self.yaml, source: "structure.yaml")
        document.merge(try OrganizationReader.parse(
            csv: "person,title,valid_from\nana,BANK TELLER,2026-01-01\nivo,kundeservicemedarbeider,2026-01-01\nzak,agent,2026-01-01\n",
            source: "assignments.csv"))
        #expect(document.sources == ["structure.yaml", "assignments.csv"])
        let stored = Organization(titles: [Title(key: "old", role: "agent", names: [:])],
                                  people: [Person(key: "ana", displayName: "Ana"), Person(key: "ivo", displayName: "Ivo")])
        let organization = document.organization(over: stored)
        #expect(organization.people.map(\.key) == ["ana", "ivo"], "people not given: kept")
        #expect(organization.titles.map(\.key) == ["csr", "senior"], "titles given: replaced")
        #expect(organization.titleAssignments.map(\.title) == ["csr", "csr", "agent"],
                "an alias and a translation resolve; a role key is no title and stays for validation to report")
        let report = organization.validate()
        #expect(report.errors.map(\.description) == [
            "title assignment zak@2026-01-01 refers to unknown person 'zak' (assignments.csv:4)",
            "title assignment zak@2026-01-01 refers to unknown title 'agent' (assignments.csv:4)",
        ])
    }

    @Test("files that are neither YAML nor CSV are refused by name")
    func unsupported() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("org.xlsx")
        try Data("x".utf8).write(to: url)
        #expect {
            try OrganizationReader.read(contentsOf: url)
        } throws: { error in
            (error as? OrganizationFileError)?.description.hasSuffix("org.xlsx: organisation files are YAML (.yaml, .yml) or CSV (.csv)") == true
        }
    }
}
