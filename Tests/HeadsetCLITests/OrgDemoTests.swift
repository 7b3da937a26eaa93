import Foundation
import Testing
import XlsxReader

@Suite("headset demo: the organisation")
struct OrgDemoTests {
    @Test("the demo stores the Aurora organisation and adds its sheets after staffing, before the audit log")
    func demoOrganisation() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["demo"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let file = try XlsxFile(contentsOf: scratch.file("headset-demo.xlsx"))
        let emailBacklog = try #require(file.sheetNames.firstIndex(of: "Email backlog"))
        #expect(Array(file.sheetNames[(emailBacklog + 1)...]) == ["Org hierarchy", "Title catalogue", "Headcount", "Evaluations",
                                                                   "Agent summary", "Evaluator summary", "Criterion heat map", "QA trend", "Coaching log", "Action items", "Coaching effect", "Audit log"])
        let overview = try file.sheet("Overview")
        let links = overview.cells.values.filter { overview.hyperlinks[$0.reference] != nil }
            .sorted { $0.row < $1.row }.compactMap(\.value.stringValue)
        #expect(Array(links.suffix(12)) == ["Org hierarchy", "Title catalogue", "Headcount", "Evaluations", "Agent summary",
                                           "Evaluator summary", "Criterion heat map", "QA trend", "Coaching log", "Action items", "Coaching effect", "Audit log"])
        #expect(overview.cells.values.contains { $0.value.stringValue?.contains("the Rīga team is reorganised on 2027-03-01") == true })

        let hierarchy = try file.sheet("Org hierarchy")
        #expect(hierarchy.cell("A2")?.value == .text("Ingrid Ødegård"), "the chief customer officer at the top")
        #expect(hierarchy.rowOutlineLevels.values.max() == 3, "CCO, manager, supervisor, agent")
        let catalogue = try file.sheet("Title catalogue")
        let headers = (0...catalogue.maxColumn).compactMap { catalogue.cell(row: 0, column: $0)?.value.stringValue }
        #expect(headers.filter { $0.hasPrefix("Name (") } == ["Name (en)", "Name (hr)", "Name (lt)", "Name (lv)", "Name (nb)"])
        let aliases = catalogue.cells.values.compactMap(\.value.stringValue).first { $0.hasPrefix("Customer Assistant") }
        #expect(aliases == "Customer Assistant; Operator; Service Specialist; Bank Teller; Customer Service Advisor; "
            + "Client Service Associate; Customer Care Representative; CSR")
        let headcount = try file.sheet("Headcount")
        #expect(headcount.cells.values.contains { $0.formula?.hasPrefix("COUNTIFS('Org hierarchy'!") == true })

        // The reorganisation: before it Kristaps is an agent under Jānis; from 2027-03-01 he leads the Rīga team.
        func chart(_ date: String) throws -> String {
            let result = try HeadsetProcess.run(["org", "chart", "--database", "headset-demo.sqlite", "--as-of", date],
                                                in: scratch.url)
            #expect(result.status == 0, "\(result.standardError)")
            return result.standardOutput
        }
        let before = try chart("2026-12-01")
        let after = try chart("2027-03-01")
        #expect(before != after)
        #expect(before.contains("      Kristaps Kalniņš (kristaps.kalnins), Klientų aptarnavimo specialistas\n"), "\(before)")
        #expect(after.contains("    Kristaps Kalniņš (kristaps.kalnins), Klientų aptarnavimo komandos vadovas\n"), "\(after)")
        #expect(after.contains("(vacant) Pagalbos tarnybos specialistas [position bae-hds-03]"))
        #expect(!before.contains("Nora Østby") && after.contains("Nora Østby"))
        // Lithuanian order: Š is a letter after S, Y between I and J.
        let egle = before.components(separatedBy: "\n").filter { $0.hasPrefix("      ") && !$0.contains("vacant") }
        let simas = try #require(egle.firstIndex { $0.contains("Simas Urbonas") })
        let sarunas = try #require(egle.firstIndex { $0.contains("Šarūnas Jankauskas") })
        #expect(simas < sarunas)

        let escalation = try HeadsetProcess.run(["org", "escalation", "Tomas Kazlauskas", "--database", "headset-demo.sqlite",
                                                 "--as-of", "2026-12-01", "--format", "csv"], in: scratch.url)
        #expect(escalation.standardOutput.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] }
                == ["tomas.kazlauskas", "egle.zemaite", "jonas.simkus", "ingrid.odegard"])
        let hr = try HeadsetProcess.run(["org", "show", "Åse Åsheim", "--database", "headset-demo.sqlite", "--format", "json"],
                                        in: scratch.url)
        #expect(hr.standardOutput.contains("\"key\" : \"hr-partner\""))
    }
}
