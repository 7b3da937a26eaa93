import Foundation
import Testing
import XlsxReader

@Suite("headset demo")
struct DemoTests {
    @Test("demo creates the demo database and a workbook with an overview and the audit log")
    func demoWritesWorkbook() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["demo"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let file = try XlsxFile(contentsOf: scratch.file("headset-demo.xlsx"))
        #expect(file.sheetNames.first == "Overview")
        #expect(file.sheetNames.contains("Audit log"))
        let overview = try file.sheet("Overview")
        #expect(overview.cell("A1")?.value == .text("Aurora Help Desk — Vilnius · Rīga · Zagreb · Bærum"))
        let audit = try file.sheet("Audit log")
        #expect(audit.frozenRows == 1)
        #expect(audit.autoFilter != nil)
        #expect(try scratch.contents() == ["headset-demo.sqlite", "headset-demo.xlsx"])
    }

    @Test("running demo twice replaces the demo cleanly")
    func demoTwice() throws {
        let scratch = try ScratchDirectory()
        #expect(try HeadsetProcess.run(["demo"], in: scratch.url).status == 0)
        #expect(try HeadsetProcess.run(["demo"], in: scratch.url).status == 0)
        let audit = try HeadsetProcess.run(["audit", "--all", "--database", "headset-demo.sqlite", "--limit", "0", "--format", "json"], in: scratch.url)
        #expect(audit.status == 0)
        let entries = try JSONSerialization.jsonObject(with: Data(audit.standardOutput.utf8)) as? [[String: Any]]
        // 5 job families, 10 roles, 11 titles, 40 people, 3 positions, 45 title assignments, 50 reporting lines and 8
        // escalation rules in org/.
        let organization = 5 + 10 + 11 + 40 + 3 + 45 + 50 + 8
        let all = try #require(entries)
        #expect(all[3]["entity"] as? String == "interval_history")
        #expect(all[3 + organization]["entity"] as? String == "escalation_rule")
        #expect(all[4 + organization]["entity"] as? String == "roster")
        // Then the QA: four scorecards, the evaluations, the disputes, the coaching, the demo logins — once, not twice.
        let quality = all.dropFirst(5 + organization).compactMap { $0["entity"] as? String }
        #expect(quality.prefix(4) == ["scorecard", "scorecard", "scorecard", "scorecard"])
        #expect(Set(quality.dropFirst(4)) == ["evaluation", "dispute", "coaching_session", "action_item", "login"])
        #expect(quality.suffix(4) == ["login", "login", "login", "login"], "the four demo logins last")
        #expect(quality.filter { $0 == "scorecard" }.count == 4, "a fresh database each time")
        let users = try HeadsetProcess.run(["user", "list", "--database", "headset-demo.sqlite", "--format", "csv"], in: scratch.url)
        #expect(users.standardOutput.split(separator: "\n").count == 5, "a header and the four demo logins: \(users.standardOutput)")
    }

    @Test("an unwritable workbook path fails with exit 1 and leaves no workbook behind")
    func unwritableWorkbook() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["demo", "--xlsx", "missing-dir/demo.xlsx"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("headset: error: "))
        #expect(result.standardError.contains("missing-dir"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("missing-dir").path))
    }
}
