import Foundation
import Testing

@Suite("headset schedule plan")
struct SchedulePlanCommandTests {
    /// The hand-solved instance of Tests/SchedulingTests/ShiftPlannerTests.swift: three intervals
    /// needing one agent each; three one-hour shift types each covering two of them (one with an
    /// unpaid break in the middle). Optimum 2, LP bound 1.5, gap 25 %.
    static let need = """
        interval_start,required
        2026-11-23T09:00,1
        2026-11-23T09:30,1
        2026-11-23T10:00,1
        """

    static let shifts = """
        templates:
          - name: early
            starts: ["09:00"]
            length: 1h
          - name: late
            starts: ["09:30"]
            length: 1h
          - name: split
            starts: ["09:00"]
            length: 1h30m
            breaks:
              - { name: gap, duration: 30m, paid: false, earliest: 30m, latest: 30m }
        """

    private func json(_ result: HeadsetProcess.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    private func write(_ files: [String: String]) throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        for (name, text) in files { try text.write(to: scratch.file(name), atomically: true, encoding: .utf8) }
        return scratch
    }

    @Test("JSON has the documented keys and the hand-solved optimum")
    func handSolvedJSON() throws {
        let scratch = try write(["need.csv": Self.need, "shifts.yaml": Self.shifts])
        let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml",
                                             "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let plan = try json(result)
        for key in ["total_cost", "total_paid_hours", "shifts", "under_intervals", "over_agent_intervals", "lp_bound", "gap", "status",
                    "mode", "coverage", "solve_seconds", "best_bound", "objective", "under_agent_intervals", "shift_count"] {
            #expect(plan[key] != nil, "missing \(key)")
        }
        #expect(plan["total_cost"] as? Double == 2)
        #expect(plan["total_paid_hours"] as? Double == 2)
        #expect(plan["status"] as? String == "optimal")
        #expect(plan["mode"] as? String == "cover")
        #expect(abs((plan["lp_bound"] as? Double ?? 0) - 1.5) < 1e-9)
        #expect(abs((plan["gap"] as? Double ?? 0) - 0.25) < 1e-9)
        #expect(plan["over_agent_intervals"] as? Double == 1)
        #expect((plan["under_intervals"] as? [Any])?.isEmpty == true)
        let shifts = try #require(plan["shifts"] as? [[String: Any]])
        #expect(shifts.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == 2)
        for shift in shifts {
            #expect(shift["day"] as? String == "2026-11-23")
            #expect(shift["weekday"] as? String == "monday")
            #expect(shift["breaks"] is [Any] && shift["template"] is String && shift["start"] is String)
        }
        if let split = shifts.first(where: { $0["template"] as? String == "split" }) {
            let breaks = try #require(split["breaks"] as? [[String: Any]])
            #expect(breaks.first?["start"] as? String == "09:30" && breaks.first?["paid"] as? Bool == false)
        }
    }

    @Test("the table is for a manager: shifts per day and template, and coverage per day")
    func table() throws {
        let scratch = try write(["need.csv": Self.need, "shifts.yaml": Self.shifts])
        let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("optimal · cost 2 · 2.0 paid hours · 2 shifts · LP bound 1.50 (gap 25.00 %)"))
        #expect(result.standardOutput.contains("Mon 2026-11-23"))
        #expect(result.standardOutput.contains("required agent-h"))
    }

    /// headset staffing's output: agents 2 and scheduled agents 3 in both intervals; a one-hour
    /// shift covers both. Planning scheduled_agents needs 3 shifts, agents 2.
    @Test("headset staffing --out is read as it is, scheduled_agents unless --use agents")
    func staffingOutput() throws {
        let staffing = """
            interval_start,channel,calls,aht,traffic_erlangs,agents,scheduled_agents,service_level
            2003-09-02T07:00:00-04:00,,10,240,1.3,2,3,0.9
            2003-09-02T07:30:00-04:00,,12,240,1.6,2,3,0.85
            """
        let hour = "templates:\n  - { name: hour, starts: [\"07:00\"], length: 1h }\n"
        let scratch = try write(["staffing.csv": staffing, "shifts.yaml": hour])
        let scheduled = try json(try HeadsetProcess.run(["schedule", "plan", "--requirements", "staffing.csv", "--shifts", "shifts.yaml",
                                                         "--format", "json"], in: scratch.url))
        #expect(scheduled["requirements_column"] as? String == "scheduled_agents")
        #expect(scheduled["shift_count"] as? Int == 3)
        let productive = try json(try HeadsetProcess.run(["schedule", "plan", "--requirements", "staffing.csv", "--shifts", "shifts.yaml",
                                                          "--use", "agents", "--format", "json"], in: scratch.url))
        #expect(productive["requirements_column"] as? String == "agents")
        #expect(productive["shift_count"] as? Int == 2)
    }

    /// Four one-hour intervals needing 3 agents; 4-hour shifts; at most 2 a day: one agent short in
    /// each interval, 4 agent-intervals in all.
    @Test("a cap that cannot meet demand lists the intervals left short")
    func capReport() throws {
        let need = "interval_start,required\n" + (9..<13).map { "2026-11-23T\($0 < 10 ? "0" : "")\($0):00,3" }.joined(separator: "\n")
        let four = "templates:\n  - { name: four, starts: [\"09:00\"], length: 4h }\n"
        let scratch = try write(["need.csv": need, "shifts.yaml": four])
        let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml",
                                             "--max-agents", "2", "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let plan = try json(result)
        #expect(plan["mode"] as? String == "balance")
        #expect(plan["under_agent_intervals"] as? Double == 4)
        let under = try #require(plan["under_intervals"] as? [[String: Any]])
        #expect(under.map { $0["interval_start"] as? String } == ["2026-11-23T09:00", "2026-11-23T10:00", "2026-11-23T11:00", "2026-11-23T12:00"])
        #expect(under.allSatisfy { $0["shortfall"] as? Double == 1 && $0["required"] as? Double == 3 })
        let table = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml",
                                            "--max-agents", "2"], in: scratch.url)
        #expect(table.standardOutput.contains("Not covered: 4 intervals, 4.0 agent-hours short"))
    }

    @Test("--out writes the shifts with their breaks as CSV")
    func csvOut() throws {
        let scratch = try write(["need.csv": Self.need, "shifts.yaml": Self.shifts])
        let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml",
                                             "--out", "plan.csv"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let text = try String(contentsOf: scratch.file("plan.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "day,weekday,template,start,end,breaks,paid_hours,cost,count")
        #expect(lines.count == 2 + 1 || lines.count == 1 + 1)
        #expect(try scratch.contents() == ["need.csv", "plan.csv", "shifts.yaml"])
        if text.contains("split") { #expect(text.contains("09:30-10:00 gap (unpaid)")) }
    }

    /// Each case: the shift file, and the start of the one-line error (file:line:column: field).
    static let yamlErrors: [(String, String)] = [
        // A misspelt key, with a suggestion.
        ("templates:\n  - name: a\n    starts: [\"09:00\"]\n    lenght: 1h\n",
         "shifts.yaml:4:5: unknown field 'templates[0].lenght'; did you mean 'length'?"),
        // A duration without a unit.
        ("templates:\n  - name: a\n    starts: [\"09:00\"]\n    length: 8\n",
         "shifts.yaml:4:13: field 'templates[0].length': expected a duration such as 8h, 7h30m or 45m, found '8'"),
        // A break that would end after the shift: placed at its `latest`.
        ("templates:\n  - name: a\n    starts: [\"09:00\"]\n    length: 4h\n    breaks:\n"
            + "      - name: lunch\n        duration: 30m\n        paid: false\n        earliest: 2h\n        latest: 3h45m\n",
         "shifts.yaml:10:17: field 'templates[0].breaks[0].latest': break 'lunch' (30m, unpaid) starting 3h45m after the start ends after the 4h shift"),
        // Two breaks that cannot both fit: placed at the second.
        ("templates:\n  - name: a\n    starts: [\"09:00\"]\n    length: 8h\n    breaks:\n"
            + "      - { name: lunch, duration: 1h, paid: false, earliest: 2h, latest: 2h15m }\n"
            + "      - { name: break, duration: 30m, paid: true, earliest: 2h30m, latest: 2h45m }\n",
         "shifts.yaml:7:9: field 'templates[0].breaks[1]': breaks 'lunch' (1h, unpaid) and 'break' (30m, paid) cannot both fit"),
        // A skill the file does not list.
        ("skills: [voice]\ntemplates:\n  - name: a\n    starts: [\"09:00\"]\n    length: 1h\n    skills: [voice, chta]\n",
         "shifts.yaml:6:21: field 'templates[0].skills[1]': unknown skill 'chta'; the file's skills are 'voice'"),
        // A day that is not one.
        ("templates:\n  - name: a\n    starts: [\"09:00\"]\n    length: 1h\n    days: [monday, funday]\n",
         "shifts.yaml:5:20: field 'templates[0].days[1]': 'funday' is not a day"),
        // A repeated template name.
        ("templates:\n  - { name: a, starts: [\"09:00\"], length: 1h }\n  - { name: a, starts: [\"10:00\"], length: 1h }\n",
         "shifts.yaml:3:13: field 'templates[1].name': 'a' is already the name of templates[0]"),
        // A window of starts backwards.
        ("templates:\n  - name: a\n    starts: { from: \"10:00\", to: \"09:00\", every: 30m }\n    length: 1h\n",
         "shifts.yaml:3:34: field 'templates[0].starts.to': 09:00 is before 10:00"),
    ]

    @Test("shift-file errors name the file, line and field", arguments: yamlErrors.indices)
    func yamlError(_ index: Int) throws {
        let (yaml, expected) = Self.yamlErrors[index]
        let scratch = try write(["need.csv": Self.need, "shifts.yaml": yaml])
        let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("headset: error: " + expected), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(result.standardOutput.isEmpty)
    }

    @Test("a break that fits no start on the requirements' grid names the template's line")
    func offGrid() throws {
        let yaml = "templates:\n  - name: odd\n    starts: [\"09:10\"]\n    length: 2h\n    breaks:\n"
            + "      - { duration: 15m, paid: true, earliest: 55m, latest: 1h }\n"
        let scratch = try write(["need.csv": Self.need, "shifts.yaml": yaml])
        let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("headset: error: shifts.yaml:2: template 'odd', field 'breaks': no placement of the breaks"),
                "\(result.standardError)")
    }

    static let csvErrors: [(String, String)] = [
        ("interval_start,required\n2026-11-23T09:00,1\n2026-11-23T09:30,-2\n",
         "need.csv:3: column 'required': expected a number of agents, 0 or more, found '-2'"),
        ("interval_start,calls\n2026-11-23T09:00,1\n", "need.csv: missing column 'required'"),
        ("interval_start,required\n2026-11-23T09:00,1\nnot a time,2\n",
         "need.csv:3: column 'interval_start': expected a date and time such as 2026-11-23T07:30, found 'not a time'"),
        ("interval_start,required\n2026-11-23T09:00,1\n2026-11-23T09:30,1\n2026-11-23T09:00,2\n",
         "need.csv:4: interval_start '2026-11-23T09:00' repeats line 2"),
        ("interval_start,required\n2026-11-23T09:00,1\n2026-11-23T09:30,1\n2026-11-23T10:15,2\n",
         "need.csv:4: interval_start '2026-11-23T10:15' is not on the 30-minute grid from midnight"),
        ("interval_start,channel,required\n2026-11-23T09:00,voice,1\n2026-11-23T09:00,chat,1\n",
         "need.csv: several channels ('chat', 'voice'); plan one at a time with --channel"),
    ]

    @Test("requirement-file errors name the file, line and column", arguments: csvErrors.indices)
    func csvError(_ index: Int) throws {
        let (csv, expected) = Self.csvErrors[index]
        let scratch = try write(["need.csv": csv, "shifts.yaml": Self.shifts])
        let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("headset: error: " + expected), "\(result.standardError)")
    }

    @Test("malformed options are usage errors")
    func usage() throws {
        let scratch = try write(["need.csv": Self.need, "shifts.yaml": Self.shifts])
        for arguments in [["--time-limit", "0"], ["--max-agents", "-1"], ["--gap", "150"], ["--under-weight", "-5"]] {
            let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml"] + arguments,
                                                in: scratch.url)
            #expect(result.status == 2, "\(arguments)")
        }
        let help = try HeadsetProcess.run(["schedule", "plan", "--help"], in: scratch.url)
        for unit in ["seconds", "percent", "hours", "minutes", "count", "agent-hour"] {
            #expect(help.standardOutput.contains(unit), "--help lacks '\(unit)'")
        }
    }

    /// The sample templates plan a weekday of the demo centre's shape (07:00–21:00).
    @Test("the sample shift file plans a day")
    func sampleFile() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sample = repository.appendingPathComponent("schedules/shifts-demo.yaml").path
        let need = "interval_start,required\n" + (0..<28).map { index -> String in
            let minutes = 7 * 60 + index * 30
            let required = 10 + Int(8 * sin(Double.pi * Double(index) / 27))
            return String(format: "2026-11-24T%02d:%02d,%d", minutes / 60, minutes % 60, required)
        }.joined(separator: "\n")
        let scratch = try write(["need.csv": need])
        let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", sample, "--format", "json"],
                                            in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let plan = try json(result)
        #expect((plan["under_intervals"] as? [Any])?.isEmpty == true)
        #expect((plan["total_cost"] as? Double ?? 0) > 0)
    }
}

@Suite("headset schedule plan: requirement files")
struct ScheduleRequirementFileTests {
    private func plan(_ csv: String, _ arguments: [String] = []) throws -> (HeadsetProcess.Result, [String: Any]?) {
        let scratch = try ScratchDirectory()
        try csv.write(to: scratch.file("need.csv"), atomically: true, encoding: .utf8)
        try "templates:\n  - { name: hour, starts: [\"00:00\", \"01:00\", \"02:00\", \"09:00\"], length: 1h }\n"
            .write(to: scratch.file("shifts.yaml"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["schedule", "plan", "--requirements", "need.csv", "--shifts", "shifts.yaml",
                                             "--format", "json"] + arguments, in: scratch.url)
        let json = try? JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return (result, json)
    }

    @Test("--channel plans one channel of a file with several")
    func channel() throws {
        let csv = "interval_start,channel,required\n2026-11-23T09:00,voice,3\n2026-11-23T09:00,chat,1\n"
        let (result, json) = try plan(csv, ["--channel", "chat"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(json?["shift_count"] as? Int == 1)
        let (missing, _) = try plan(csv, ["--channel", "email"])
        #expect(missing.standardError.hasPrefix("headset: error: need.csv: no rows for channel 'email' (the file has 'chat', 'voice')"))
    }

    /// 25 October 2026 in Europe: clocks go back at 03:00 CEST, so 02:00 occurs at +02:00 and
    /// again at +01:00. The two readings are one wall-clock interval, planned for the larger need.
    @Test("the repeated hour of a clock change is planned once, for the larger requirement")
    func repeatedHour() throws {
        let csv = """
            interval_start,required
            2026-10-25T01:00:00+02:00,1
            2026-10-25T02:00:00+02:00,2
            2026-10-25T02:00:00+01:00,4
            """
        let (result, json) = try plan(csv)
        #expect(result.status == 0, "\(result.standardError)")
        let coverage = try #require(json?["coverage"] as? [[String: Any]])
        #expect(coverage.map { $0["required"] as? Double } == [1, 4])
        #expect(json?["shift_count"] as? Int == 5)
    }
}
