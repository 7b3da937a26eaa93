import Foundation
import Testing

@Suite("headset schedule roster")
struct ScheduleRosterCommandTests {
    /// One agent 07:00–19:00 every day of the week of Monday 2026-12-07: the plan is one early
    /// (07:00–13:00) and one late (13:00–19:00) a day, 14 shifts of 6 h.
    static var need: String {
        var lines = ["interval_start,required"]
        for day in 7...13 {
            for minute in stride(from: 7 * 60, to: 19 * 60, by: 30) {
                lines.append(String(format: "2026-12-%02dT%02d:%02d,1", day, minute / 60, minute % 60))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let shifts = """
        templates:
          - name: early
            starts: ["07:00"]
            length: 6h
          - name: late
            starts: ["13:00"]
            length: 6h
        """

    /// Ben is off on Wednesday 2026-12-09 and every Sunday; Cai is on leave that weekend, so the
    /// Sunday late (Ana has the early, one shift a day) cannot be staffed.
    static let staff = """
        person,name,min_hours,max_hours,skills,unavailable
        ana,Ana,24,40,,
        ben,Ben,12,40,,2026-12-09;sun
        cai,Cai,12,40,,2026-12-12..2026-12-13
        """

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var rules: String { repository.appendingPathComponent("schedules/working-time-eu.yaml").path }

    private func write(_ files: [String: String]) throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        for (name, text) in files { try text.write(to: scratch.file(name), atomically: true, encoding: .utf8) }
        return scratch
    }

    private func roster(_ extra: [String], staff: String = "staff.csv", in scratch: ScratchDirectory) throws -> HeadsetProcess.Result {
        try HeadsetProcess.run(["schedule", "roster", "--create", "--requirements", "need.csv", "--shifts", "shifts.yaml", "--staff", staff,
                                "--from", "2026-12-07", "--weeks", "1", "--rules", Self.rules, "--time-zone", "Europe/Vilnius"] + extra,
                               in: scratch.url)
    }

    @Test("--out writes a roster that schedule check --strict finds no violation in")
    func roundTrip() throws {
        let scratch = try write(["need.csv": Self.need, "shifts.yaml": Self.shifts, "staff.csv": Self.staff])
        let assigned = try roster(["--out", "roster.csv"], in: scratch)
        #expect(assigned.status == 0, "\(assigned.standardError)")
        #expect(assigned.standardOutput.contains("Working-time violations: 0"))
        #expect(assigned.standardOutput.contains("Wrote 13 shifts to roster.csv"))
        let checked = try HeadsetProcess.run(["schedule", "check", "--roster", "roster.csv", "--rules", Self.rules,
                                              "--time-zone", "Europe/Vilnius", "--strict"], in: scratch.url)
        #expect(checked.status == 0, "\(checked.standardOutput)\(checked.standardError)")
        #expect(checked.standardOutput.contains("Checked 13 shifts of 3 people"))
        #expect(checked.standardOutput.contains("No violations."))
        let written = try String(contentsOf: scratch.file("roster.csv"), encoding: .utf8)
        #expect(written.hasPrefix("person,date,start,end,breaks\n"))
        #expect(!written.contains("ben,2026-12-09"))
        #expect(!written.contains("ben,2026-12-13"))
        #expect(!written.contains("cai,2026-12-12"))
    }

    @Test("JSON: assigned and unassigned counts, the open Sunday late, hours per person within contract")
    func json() throws {
        let scratch = try write(["need.csv": Self.need, "shifts.yaml": Self.shifts, "staff.csv": Self.staff])
        let result = try roster(["--format", "json"], in: scratch)
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["assigned"] as? Int == 13)
        #expect(object["unassigned"] as? Int == 1)
        #expect(object["violation_count"] as? Int == 0)
        #expect(object["weekend_spread"] as? Int != nil)
        let open = try #require(object["unassigned_shifts"] as? [[String: Any]])
        #expect(open.first?["date"] as? String == "2026-12-13")
        #expect(open.first?["template"] as? String == "late")
        let people = try #require(object["people"] as? [[String: Any]])
        #expect(people.count == 3)
        for person in people {
            let hours = try #require(person["hours"] as? Double)
            #expect(hours <= 40)
            #expect(hours >= person["minimum_hours"] as? Double ?? .infinity)
        }
        #expect(people.reduce(0) { $0 + ($1["hours"] as? Double ?? 0) } == 78)
    }

    @Test("Staff-file errors name file, line and column")
    func staffErrors() throws {
        let bad = "person,name,min_hours,max_hours,skills,unavailable\nana,Ana,24,40,,\nben,Ben,12,40,,2026-12-09;someday\n"
        let twice = "person,name,min_hours,max_hours\nana,Ana,24,40\nana,Ana,24,40\n"
        let inverted = "person,name,min_hours,max_hours\nana,Ana,40,24\n"
        let scratch = try write(["need.csv": Self.need, "shifts.yaml": Self.shifts, "bad.csv": bad, "twice.csv": twice,
                                 "inverted.csv": inverted])
        let unavailable = try roster([], staff: "bad.csv", in: scratch)
        #expect(unavailable.status == 1)
        #expect(unavailable.standardError.contains("bad.csv:3: column 'unavailable'"), "\(unavailable.standardError)")
        #expect(unavailable.standardError.contains("'someday'"))
        let duplicate = try roster([], staff: "twice.csv", in: scratch)
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError.contains("twice.csv:3: person 'ana' is listed twice (first on line 2)"),
                "\(duplicate.standardError)")
        let hours = try roster([], staff: "inverted.csv", in: scratch)
        #expect(hours.status == 1)
        #expect(hours.standardError.contains("inverted.csv:2: column 'max_hours'"), "\(hours.standardError)")
    }

    @Test("CSV output is the roster itself; a horizon without planned shifts is an error")
    func csvAndHorizon() throws {
        let scratch = try write(["need.csv": Self.need, "shifts.yaml": Self.shifts, "staff.csv": Self.staff])
        let csv = try roster(["--format", "csv"], in: scratch)
        #expect(csv.status == 0, "\(csv.standardError)")
        #expect(csv.standardOutput.split(separator: "\n").count == 14)
        let later = try HeadsetProcess.run(["schedule", "roster", "--create", "--requirements", "need.csv", "--shifts", "shifts.yaml",
                                            "--staff", "staff.csv", "--from", "2027-01-04", "--weeks", "1", "--rules", Self.rules],
                                           in: scratch.url)
        #expect(later.status == 1)
        #expect(later.standardError.contains("no shifts from 2027-01-04 to 2027-01-10"), "\(later.standardError)")
    }
}
