import Foundation
import Testing

@Suite("headset org import")
struct OrgImportTests {
    @Test("imports YAML and CSV files; a second identical import prints no changes and audits nothing")
    func importTwice() throws {
        let scratch = try ScratchDirectory()
        try OrgFixture.write(in: scratch)
        let first = try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("1 job family, 3 roles, 3 titles, 8 people, 1 position, 9 title assignments, "
            + "10 reporting lines, 2 escalation rules"))
        #expect(first.standardOutput.contains("+ title csr\n"))
        #expect(first.standardOutput.contains("+ reporting line ieva@2027-01-01\n"))
        // 1 family + 3 roles + 3 titles + 8 people + 1 position + 9 assignments + 10 lines + 2 rules.
        #expect(first.standardOutput.contains("Stored: 37 added, 0 removed, 0 changed"))
        let audit = try OrgFixture.audit(in: scratch)
        #expect(audit.count == 37)
        #expect(Set(audit.compactMap { $0["action"] as? String }) == ["create"])
        #expect(Set(audit.compactMap { $0["entity"] as? String }) == [
            "job_family", "role", "title", "person", "position", "title_assignment", "reporting_line", "escalation_rule",
        ])
        let title = try #require(audit.first { $0["entity"] as? String == "title" && $0["entity_key"] as? String == "csr" })
        let after = try #require(title["after"] as? [String: Any])
        #expect(after["aliases"] as? [String] == ["Operator", "Bank Teller"])
        #expect((after["names"] as? [String: String])?["lt"] == "Klientų aptarnavimo specialistas")

        let second = try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch)
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput.hasSuffix("No changes; nothing was stored.\n"))
        #expect(!second.standardOutput.contains("+ "))
        #expect(try OrgFixture.audit(in: scratch).count == 37, "no new audit rows")
    }

    @Test("title names and aliases in assignments resolve to the title's key")
    func aliases() throws {
        let scratch = try OrgFixture.imported()
        let show = try OrgFixture.run(["org", "show", "aase", "--as-of", "2026-06-01", "--format", "json"], in: scratch)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [String: Any])
        #expect((json["title"] as? [String: Any])?["key"] as? String == "csr", "'Bank Teller' is an alias of csr")
    }

    @Test("--dry-run prints the diff and stores nothing, and creates no database")
    func dryRun() throws {
        let scratch = try ScratchDirectory()
        try OrgFixture.write(in: scratch)
        let fresh = try OrgFixture.run(["org", "import", "--create", "--dry-run"] + OrgFixture.files, in: scratch)
        #expect(fresh.status == 0, "\(fresh.standardError)")
        #expect(fresh.standardOutput.contains("+ person ivo\n"))
        #expect(fresh.standardOutput.contains("Dry run: 37 added, 0 removed, 0 changed; nothing was stored."))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("centre.sqlite").path))

        #expect(try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch).status == 0)
        let moved = OrgFixture.people.replacingOccurrences(of: "ivo@example.hr", with: "ivo@example.lt")
        try Data(moved.utf8).write(to: scratch.file("people.csv"))
        let dry = try OrgFixture.run(["org", "import", "--create", "--dry-run"] + OrgFixture.files, in: scratch)
        #expect(dry.status == 0, "\(dry.standardError)")
        #expect(dry.standardOutput.contains("~ person ivo: email 'ivo@example.hr' → 'ivo@example.lt'\n"))
        #expect(dry.standardOutput.contains("Dry run: 0 added, 0 removed, 1 changed; nothing was stored."))
        #expect(try OrgFixture.audit(in: scratch).count == 37)
        let show = try OrgFixture.run(["org", "show", "ivo", "--format", "csv"], in: scratch)
        #expect(show.standardOutput.contains("email,ivo@example.hr\n"), "still the stored email")

        let real = try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch)
        #expect(real.standardOutput.contains("Stored: 0 added, 0 removed, 1 changed"))
        let audit = try OrgFixture.audit(in: scratch)
        #expect(audit.count == 38)
        let update = try #require(audit.last)
        #expect(update["entity"] as? String == "person")
        #expect(update["entity_key"] as? String == "ivo")
        #expect(update["action"] as? String == "update")
        #expect((update["before"] as? [String: Any])?["email"] as? String == "ivo@example.hr")
        #expect((update["after"] as? [String: Any])?["email"] as? String == "ivo@example.lt")
        #expect((update["after"] as? [String: Any])?["display_name"] as? String == "Ivo Ćorić")
    }

    @Test("removing a title people hold is refused, naming who holds it, and stores nothing")
    func deleteInUseTitle() throws {
        let scratch = try OrgFixture.imported()
        let withoutLead = OrgFixture.structure.replacingOccurrences(
            of: "  - key: team-lead\n    role: supervisor\n    names: { en: Team Lead, lt: Komandos vadovas, nb: Teamleder }\n",
            with: "")
        #expect(withoutLead != OrgFixture.structure)
        try Data(withoutLead.utf8).write(to: scratch.file("structure.yaml"))
        // Only the structure: the stored assignments still give Ivo and Jonas the title.
        let result = try OrgFixture.run(["org", "import", "--create", "structure.yaml"], in: scratch)
        #expect(result.status == 1)
        #expect(result.standardError.contains(
            "headset: error: title 'team-lead' is still used by title assignment ivo@2025-01-01, title assignment jonas@2027-01-01"),
                "\(result.standardError)")
        #expect(try OrgFixture.audit(in: scratch).count == 37, "nothing stored")
        let chart = try OrgFixture.run(["org", "chart", "--as-of", "2026-06-01", "--locale", "en"], in: scratch)
        #expect(chart.standardOutput.contains("Ivo Ćorić (ivo), Team Lead"))

        let dry = try OrgFixture.run(["org", "import", "--create", "structure.yaml", "--dry-run"], in: scratch)
        #expect(dry.status == 1, "a dry run reports the refusal too")
    }

    @Test("kinds the files do not give are kept: importing only people changes only people")
    func partialImport() throws {
        let scratch = try OrgFixture.imported()
        let renamed = OrgFixture.people.replacingOccurrences(of: "Zakarias Đurić", with: "Zakarias Đurić-Berg")
        try Data(renamed.utf8).write(to: scratch.file("people.csv"))
        let result = try OrgFixture.run(["org", "import", "--create", "people.csv"], in: scratch)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("~ person zak: display name 'Zakarias Đurić' → 'Zakarias Đurić-Berg'\n"))
        #expect(result.standardOutput.contains("Stored: 0 added, 0 removed, 1 changed"))
    }

    @Test("an unknown title is reported at its file and line, and nothing is stored")
    func unknownReference() throws {
        let scratch = try ScratchDirectory()
        try OrgFixture.write(in: scratch, replacing: [
            "assignments.csv": OrgFixture.assignments.replacingOccurrences(of: "ivo,team-lead", with: "ivo,team-leader"),
        ])
        let result = try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch)
        #expect(result.status == 1)
        #expect(result.standardError.contains(
            "headset: error: title assignment ivo@2025-01-01 refers to unknown title 'team-leader' (assignments.csv:3)"),
                "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("centre.sqlite").path),
                "a bad import does not create the database")
    }

    @Test("two managers at once names both lines")
    func overlap() throws {
        let scratch = try ScratchDirectory()
        try OrgFixture.write(in: scratch, replacing: [
            "lines.csv": OrgFixture.lines.replacingOccurrences(of: "ieva,jonas,2027-01-01,", with: "ieva,jonas,2026-10-01,"),
        ])
        let result = try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch)
        #expect(result.status == 1)
        #expect(result.standardError.contains(
            "Ieva Šimkutė (ieva) has two managers at once: manager 'ivo' 2025-01-01…2026-12-31 (lines.csv:3) overlaps "
                + "manager 'jonas' 2026-10-01…open (lines.csv:4)"), "\(result.standardError)")
    }

    @Test("a cycle that only a future-dated line closes is reported with its chain and lines")
    func futureCycle() throws {
        let scratch = try ScratchDirectory()
        // From 2027-06-01 Rūta reports to Ieva, who reports to Jonas, who reports to Rūta.
        try OrgFixture.write(in: scratch, replacing: ["lines.csv": OrgFixture.lines + "ruta,ieva,2027-06-01,\n"])
        let result = try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch)
        #expect(result.status == 1)
        #expect(result.standardError.contains(
            "headset: error: reporting cycle from 2027-06-01: Rūta Žemaitė (ruta) → Ieva Šimkutė (ieva) → Jonas Ķemere (jonas) "
                + "→ Rūta Žemaitė (ruta) (lines.csv:12, lines.csv:4, lines.csv:8)\n"), "\(result.standardError)")
    }

    @Test("a YAML value of the wrong type and a misspelt key are reported at file, line and column")
    func yamlErrors() throws {
        let scratch = try ScratchDirectory()
        let badLevel = OrgFixture.structure.replacingOccurrences(of: "    level: 3\n", with: "    level: high\n")
        try OrgFixture.write(in: scratch, replacing: ["structure.yaml": badLevel])
        let wrongType = try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch)
        #expect(wrongType.status == 1)
        let line = OrgFixture.line(of: "level: high", in: badLevel)
        #expect(wrongType.standardError == "headset: error: structure.yaml:\(line):12: field 'roles[1].level': "
            + "expected a whole number, found 'high'\n")

        let misspelt = OrgFixture.structure.replacingOccurrences(of: "    aliases: [Operator", with: "    alaises: [Operator")
        try Data(misspelt.utf8).write(to: scratch.file("structure.yaml"))
        let unknown = try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch)
        #expect(unknown.status == 1)
        let aliasLine = OrgFixture.line(of: "alaises: [Operator", in: misspelt)
        #expect(unknown.standardError == "headset: error: structure.yaml:\(aliasLine):5: unknown field 'titles[0].alaises'; "
            + "did you mean 'aliases'?\n")
    }

    @Test("CSV problems: a bad date names file, line and column; a header of no known kind is refused")
    func csvErrors() throws {
        let scratch = try ScratchDirectory()
        try OrgFixture.write(in: scratch, replacing: [
            "lines.csv": OrgFixture.lines.replacingOccurrences(of: "zak,ivo,2025-01-01,", with: "zak,ivo,01.01.2025,"),
        ])
        let badDate = try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch)
        #expect(badDate.status == 1)
        #expect(badDate.standardError == "headset: error: lines.csv:11: column 'valid_from': expected a date YYYY-MM-DD, found '01.01.2025'\n")

        try Data("who,what\nana,agent\n".utf8).write(to: scratch.file("other.csv"))
        let unknown = try OrgFixture.run(["org", "import", "--create", "other.csv"], in: scratch)
        #expect(unknown.status == 1)
        #expect(unknown.standardError.hasPrefix("headset: error: other.csv:1: cannot tell what the file holds from its header ('who', 'what')"))
        let missing = try OrgFixture.run(["org", "import", "--create", "missing.yaml"], in: scratch)
        #expect(missing.status == 1)
        #expect(missing.standardError.hasPrefix("headset: error: missing.yaml: cannot read the file"))
        let usage = try OrgFixture.run(["org", "import", "--create", "--level-policy", "sometimes"] + OrgFixture.files, in: scratch)
        #expect(usage.status == 2)
    }

    @Test("--level-policy: a manager not above their report is an error, a printed warning, or ignored")
    func levelPolicy() throws {
        let scratch = try ScratchDirectory()
        // Zak reports to Ieva, an agent like him.
        try OrgFixture.write(in: scratch, replacing: [
            "lines.csv": OrgFixture.lines.replacingOccurrences(of: "zak,ivo,2025-01-01,", with: "zak,ieva,2025-01-01,"),
        ])
        let error = try OrgFixture.run(["org", "import", "--create"] + OrgFixture.files, in: scratch)
        #expect(error.status == 1)
        #expect(error.standardError.contains("reports to Ieva Šimkutė (ieva) (role 'agent', level 1), whose level is not above (lines.csv:11)"),
                "\(error.standardError)")
        let warning = try OrgFixture.run(["org", "import", "--create", "--level-policy", "warning"] + OrgFixture.files, in: scratch)
        #expect(warning.status == 0, "\(warning.standardError)")
        #expect(warning.standardError.hasPrefix("headset: warning: from 2025-01-01 Zakarias Đurić (zak) (role 'agent', level 1) reports to"))
        let ignore = try OrgFixture.run(["org", "import", "--create", "--level-policy", "ignore", "--dry-run"] + OrgFixture.files, in: scratch)
        #expect(ignore.status == 0)
        #expect(ignore.standardError.isEmpty)
    }

    @Test("people, assignments and lines may be YAML too, with the same lines in errors")
    func yamlPeople() throws {
        let scratch = try ScratchDirectory()
        let people = """
            people:
              - { key: ruta, name: Rūta Žemaitė }
              - { key: ivo, name: Ivo Ćorić, email: ivo@example.hr }
            title_assignments:
              - { person: ruta, title: head-of-service, valid_from: 2025-01-01 }
              - { person: ivo, title: Team Lead, valid_from: 2025-01-01 }
            reporting_lines:
              - person: ivo
                manager: rūta
                valid_from: 2025-01-01

            """
        try OrgFixture.write(in: scratch)
        try Data(people.utf8).write(to: scratch.file("people.yaml"))
        let result = try OrgFixture.run(["org", "import", "--create", "structure.yaml", "people.yaml"], in: scratch)
        #expect(result.status == 1)
        #expect(result.standardError.contains("reporting line ivo@2025-01-01 refers to unknown person 'rūta' (people.yaml:8)"),
                "\(result.standardError)")
        try Data(people.replacingOccurrences(of: "rūta", with: "ruta").utf8).write(to: scratch.file("people.yaml"))
        let fixed = try OrgFixture.run(["org", "import", "--create", "structure.yaml", "people.yaml"], in: scratch)
        #expect(fixed.status == 0, "\(fixed.standardError)")
        let chart = try OrgFixture.run(["org", "chart", "--as-of", "2026-01-01", "--locale", "en"], in: scratch)
        #expect(chart.standardOutput == "Rūta Žemaitė (ruta), Head of Service\n  Ivo Ćorić (ivo), Team Lead\n"
            + "    (vacant) Customer Service Representative [position seat-9]\n")
    }
}
