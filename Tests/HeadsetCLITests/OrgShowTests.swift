import Foundation
import Testing

@Suite("headset org show and escalation")
struct OrgShowTests {
    static func json(_ result: HeadsetProcess.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    @Test("show: title, role, family, manager, reports, span and history, finding people by name without diacritics")
    func show() throws {
        let scratch = try OrgFixture.imported()
        let table = try OrgFixture.run(["org", "show", "IVO CORIC", "--as-of", "2026-06-01", "--locale", "lt"], in: scratch)
        #expect(table.status == 0, "\(table.standardError)")
        let text = table.standardOutput
        #expect(text.hasPrefix("Ivo Ćorić (ivo) on 2026-06-01\n"))
        #expect(text.contains("title           Komandos vadovas (team-lead), since 2025-01-01\n"))
        #expect(text.contains("role            Komandos vadovas (supervisor), level 3\n"))
        #expect(text.contains("job family      Klientų aptarnavimas (service)\n"))
        #expect(text.contains("manager         Rūta Žemaitė (ruta)\n"))
        #expect(text.contains("direct reports  Aase Åsheim, Ieva Šimkutė, Yla Bērziņa, Jonas Ķemere, Øystein Ødegård, Zakarias Đurić\n"))
        #expect(text.contains("span            6 direct, 6 total\n"))
        #expect(text.contains("History:\n"))

        let jonas = try Self.json(try OrgFixture.run(["org", "show", "jonas", "--as-of", "2027-02-01", "--format", "json"],
                                                     in: scratch))
        #expect(jonas["as_of"] as? String == "2027-02-01")
        #expect((jonas["title"] as? [String: Any])?["key"] as? String == "team-lead")
        #expect((jonas["manager"] as? [String: Any])?["key"] as? String == "ruta")
        #expect((jonas["direct_reports"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["ieva", "yla"])
        #expect((jonas["span"] as? [String: Any])?["total"] as? Int == 2)
        let history = try #require(jonas["history"] as? [[String: Any]])
        #expect(history.map { "\($0["date"]!) \($0["change"]!) \($0["from"]!) \($0["to"]!)" } == [
            "2025-01-01 title <null> csr", "2025-01-01 manager <null> ivo",
            "2027-01-01 title csr team-lead", "2027-01-01 manager ivo ruta",
        ].map { $0.replacingOccurrences(of: "<null>", with: "<null>") })
        #expect(history[0]["from"] is NSNull)

        let csv = try OrgFixture.run(["org", "show", "Øystein Ødegård", "--format", "csv", "--as-of", "2026-06-01"], in: scratch)
        #expect(csv.status == 0)
        #expect(csv.standardOutput.hasPrefix("field,value\nkey,oystein\nname,Øystein Ødegård\n"))
        #expect(csv.standardOutput.contains("manager,ivo\n"))
        let byFamilyName = try OrgFixture.run(["org", "show", "odegard", "--format", "csv"], in: scratch)
        #expect(byFamilyName.standardOutput.contains("key,oystein\n"), "one word of the name, ø as o")
    }

    @Test("a name that fits several people is an error listing them; an unknown one too")
    func ambiguous() throws {
        let scratch = try OrgFixture.imported()
        let people = OrgFixture.people + "ana1,Ana Horvat,,hr\nana2,Ana Horvat,,hr\n"
        try Data(people.utf8).write(to: scratch.file("people.csv"))
        #expect(try OrgFixture.run(["org", "import", "--create", "people.csv"], in: scratch).status == 0)
        let result = try OrgFixture.run(["org", "show", "ana horvat"], in: scratch)
        #expect(result.status == 1)
        #expect(result.standardError == "headset: error: 'ana horvat' names 2 people: Ana Horvat (ana1), Ana Horvat (ana2); give the key\n")
        let byKey = try OrgFixture.run(["org", "show", "ana2", "--as-of", "2026-06-01"], in: scratch)
        #expect(byKey.standardOutput.hasPrefix("Ana Horvat (ana2) is not in the organisation on 2026-06-01\n"))
        let nobody = try OrgFixture.run(["org", "escalation", "Nobody"], in: scratch)
        #expect(nobody.status == 1)
        #expect(nobody.standardError.contains("no person 'Nobody'"))
    }

    @Test("escalation: agent → team lead → head by the rules, and by date")
    func escalation() throws {
        let scratch = try OrgFixture.imported()
        let table = try OrgFixture.run(["org", "escalation", "yla", "--as-of", "2026-06-01", "--locale", "en"], in: scratch)
        #expect(table.status == 0, "\(table.standardError)")
        #expect(table.standardOutput == """
            Escalation from Yla Bērziņa (yla) on 2026-06-01:
            step  person               title                            role        why
            ----  -------------------  -------------------------------  ----------  -----------------------
               0  Yla Bērziņa (yla)    Customer Service Representative  agent       raised by
               1  Ivo Ćorić (ivo)      Team Lead                        supervisor  rule agent → supervisor
               2  Rūta Žemaitė (ruta)  Head of Service                  head        rule supervisor → head

            """)
        let later = try Self.json(try OrgFixture.run(["org", "escalation", "yla", "--as-of", "2027-01-01", "--format", "json"],
                                                     in: scratch))
        let steps = try #require(later["steps"] as? [[String: Any]])
        #expect(steps.compactMap { $0["key"] as? String } == ["yla", "jonas", "ruta"])
        #expect(steps.compactMap { $0["reason"] as? String } == ["start", "rule", "rule"])
        #expect(steps[1]["rule"] as? String == "agent → supervisor")
        #expect(steps[0]["rule"] is NSNull)
        let csv = try OrgFixture.run(["org", "escalation", "ivo", "--format", "csv", "--as-of", "2026-06-01"], in: scratch)
        #expect(csv.standardOutput == "step,key,name,role,title,title_name,reason,rule\n"
            + "0,ivo,Ivo Ćorić,supervisor,team-lead,Team Lead,start,\n"
            + "1,ruta,Rūta Žemaitė,head,head-of-service,Head of Service,rule,supervisor → head\n")
    }
}
