import Foundation
import Testing

/// The shipped working-time rule sets are built into the binary: `schedule check` and `roster`
/// work from any directory without `--rules`, and `--rules eu|no` name them.
@Suite("headset schedule built-in rule sets")
struct ScheduleBuiltInRulesTests {
    /// Mon 2026-11-23 – Fri 27, 5 × 8 h with a 30-minute paid break: 40 h, within both rule sets'
    /// weekly limits, but 8 h of work is within the EU's 13 h and Norway's 9 h daily limits too;
    /// a 9.5 h rest on Wednesday breaks both sets' 11 h daily rest (Art. 3; §10-8(1)).
    static let roster = """
        person,date,start,end,breaks
        ona,2026-11-23,08:00,16:00,12:00+30p
        ona,2026-11-24,08:00,16:00,12:00+30p
        ona,2026-11-25,14:00,22:00,18:00+30p
        ona,2026-11-26,07:30,15:30,12:00+30p
        ona,2026-11-27,08:00,16:00,12:00+30p
        """

    func check(_ extra: [String]) throws -> [String: Any] {
        let scratch = try ScratchDirectory()
        try Self.roster.write(to: scratch.file("roster.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["schedule", "check", "--roster", "roster.csv", "--time-zone", "Europe/Oslo",
                                             "--format", "json"] + extra, in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    @Test("schedule check without --rules uses the built-in EU set, from a directory without the repository")
    func defaultIsBuiltIn() throws {
        let report = try check([])
        #expect(report["rule_set"] as? String == "EU Working Time Directive 2003/88/EC (minimum)")
        let violations = try #require(report["violations"] as? [[String: Any]])
        #expect(violations.map { $0["rule"] as? String } == ["daily-rest"])
    }

    @Test("--rules no names Norway's built-in set; --rules with a path still reads the file")
    func namedAndPath() throws {
        let norway = try check(["--rules", "no"])
        #expect(norway["rule_set"] as? String == "Norway, Arbeidsmiljøloven chapter 10")
        let path = ScheduleCheckCommandTests.repository.appendingPathComponent("schedules/working-time-no.yaml").path
        let file = try check(["--rules", path])
        #expect(file["rule_set"] as? String == "Norway, Arbeidsmiljøloven chapter 10")
        #expect((file["violations"] as? [[String: Any]])?.count == (norway["violations"] as? [[String: Any]])?.count)
    }
}
