import Foundation
import Testing

@Suite("headset schedule check")
struct ScheduleCheckCommandTests {
    /// 2026-11-30 14:00–22:00 then 2026-12-01 07:30–16:00: 9.5 h of rest, less than Art. 3's 11 h.
    static let roster = """
        person,date,start,end,breaks
        ona,2026-12-01,07:30,16:00,"10:00+15p,12:00+30"
        ona,2026-11-30,14:00,22:00,18:00+30
        """

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    private func write(_ files: [String: String]) throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        for (name, text) in files { try text.write(to: scratch.file(name), atomically: true, encoding: .utf8) }
        return scratch
    }

    private func rules(_ name: String) -> String { Self.repository.appendingPathComponent("schedules/\(name)").path }

    @Test("JSON lists the daily-rest violation with person, date, rule, citation, message and numbers")
    func json() throws {
        let scratch = try write(["roster.csv": Self.roster])
        let result = try HeadsetProcess.run(["schedule", "check", "--roster", "roster.csv", "--rules", rules("working-time-eu.yaml"),
                                             "--time-zone", "Europe/Vilnius", "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let violations = try #require(object["violations"] as? [[String: Any]])
        let rest = try #require(violations.first { $0["rule"] as? String == "daily-rest" })
        #expect(rest["person"] as? String == "ona")
        #expect(rest["date"] as? String == "2026-11-30")
        #expect(rest["citation"] as? String == "Directive 2003/88/EC Art. 3")
        #expect(rest["message"] as? String == "rest between shifts 9.5 h < 11 h: 2026-11-30 22:00 → 2026-12-01 07:30")
        #expect(rest["value"] as? Double == 9.5)
        #expect(rest["limit"] as? Double == 11)
        #expect(rest["unit"] as? String == "hours")
        #expect(object["time_zone"] as? String == "Europe/Vilnius")
    }

    @Test("--strict exits 1 after listing violations; a clean roster exits 0")
    func strict() throws {
        let clean = """
            person,date,start,end
            ona,2026-12-01,09:00,15:00
            """
        let scratch = try write(["roster.csv": Self.roster, "clean.csv": clean])
        let failing = try HeadsetProcess.run(["schedule", "check", "--roster", "roster.csv", "--rules", rules("working-time-eu.yaml"),
                                              "--time-zone", "Europe/Vilnius", "--strict"], in: scratch.url)
        #expect(failing.status == 1)
        #expect(failing.standardOutput.contains("daily-rest"))
        let passing = try HeadsetProcess.run(["schedule", "check", "--roster", "clean.csv", "--rules", rules("working-time-eu.yaml"),
                                              "--time-zone", "Europe/Vilnius", "--strict"], in: scratch.url)
        #expect(passing.status == 0, "\(passing.standardOutput)\(passing.standardError)")
        #expect(passing.standardOutput.contains("No violations."))
    }

    @Test("Norway's rules: a 6 h shift without a break breaks §10-9(1)")
    func norway() throws {
        let scratch = try write(["roster.csv": "person,date,start,end\nola,2026-12-01,09:00,15:00\n"])
        let result = try HeadsetProcess.run(["schedule", "check", "--roster", "roster.csv", "--rules", rules("working-time-no.yaml"),
                                             "--time-zone", "Europe/Oslo", "--format", "csv"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("rest-break"))
        #expect(result.standardOutput.contains("§10-9(1)"))
    }

    @Test("Rule-file errors name file, line, column and field")
    func yamlErrors() throws {
        let negative = """
            name: bad
            rules:
              - kind: minimum_daily_rest_hours
                citation: Art. 3
                hours: -11
            """
        let unknownKind = """
            name: bad
            rules:
              - kind: minimum_daily_rest
                citation: Art. 3
                hours: 11
            """
        let wrongParameter = """
            name: bad
            rules:
              - kind: minimum_daily_rest_hours
                citation: Art. 3
                hours: 11
                days: 6
            """
        let scratch = try write(["roster.csv": Self.roster, "negative.yaml": negative, "kind.yaml": unknownKind,
                                 "parameter.yaml": wrongParameter])
        for (file, expected) in [("negative.yaml", "negative.yaml:5:12: field 'rules[0].hours'"),
                                 ("kind.yaml", "kind.yaml:3:11: field 'rules[0].kind': unknown rule kind 'minimum_daily_rest'"),
                                 ("parameter.yaml", "parameter.yaml:6:5: unknown field 'rules[0].days'")] {
            let result = try HeadsetProcess.run(["schedule", "check", "--roster", "roster.csv", "--rules", file], in: scratch.url)
            #expect(result.status == 1)
            #expect(result.standardError.contains(expected), "\(result.standardError)")
        }
    }

    @Test("Roster errors name the line and column; overlapping shifts are refused")
    func rosterErrors() throws {
        let badTime = "person,date,start,end\nona,2026-12-01,25:00,16:00\n"
        let overlap = "person,date,start,end\nona,2026-12-01,22:00,06:00\nona,2026-12-02,05:00,12:00\n"
        let scratch = try write(["time.csv": badTime, "overlap.csv": overlap])
        let time = try HeadsetProcess.run(["schedule", "check", "--roster", "time.csv", "--rules", rules("working-time-eu.yaml")],
                                          in: scratch.url)
        #expect(time.status == 1)
        #expect(time.standardError.contains("time.csv:2: column 'start'"), "\(time.standardError)")
        let overlapping = try HeadsetProcess.run(["schedule", "check", "--roster", "overlap.csv", "--rules", rules("working-time-eu.yaml")],
                                                 in: scratch.url)
        #expect(overlapping.status == 1)
        #expect(overlapping.standardError.contains("overlap.csv:3:"), "\(overlapping.standardError)")
    }
}
