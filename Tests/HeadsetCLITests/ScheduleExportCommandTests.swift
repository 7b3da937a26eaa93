import Foundation
import Testing
import XlsxReader

/// `headset schedule roster` saves the roster; `schedule list` shows it and `schedule export`
/// draws it again from the database: the same cells as the workbook written at roster time, the
/// per-day and per-week totals as live formulas over the coverage sheet, the heat map as live
/// references to it, and the expected service level when the requirements carry calls.
@Suite("headset schedule export and list")
struct ScheduleExportCommandTests {
    /// Two agents 07:00–19:00 for the week of Monday 2026-12-07, 12 calls of 180 s per half hour
    /// (1.2 Erlangs), except Monday 07:00 which has no calls.
    static var need: String {
        var lines = ["interval_start,required,calls,aht"]
        for day in 7...13 {
            for minute in stride(from: 7 * 60, to: 19 * 60, by: 30) {
                let calls = day == 7 && minute == 7 * 60 ? 0 : 12
                lines.append(String(format: "2026-12-%02dT%02d:%02d,2,%d,180", day, minute / 60, minute % 60, calls))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let staff = """
        person,name,min_hours,max_hours,skills,unavailable
        zemaite,Eglė Žemaitė,12,40,,
        coric,Ivana Ćorić,12,40,,2026-12-09;sun
        baerum,Kari Bærum,12,40,,2026-12-12..2026-12-13
        kemeri,Ilze Ķemere,12,40,,
        """

    static func roster(in scratch: ScratchDirectory, extra: [String] = []) throws -> HeadsetProcess.Result {
        for (name, text) in ["need.csv": need, "shifts.yaml": ScheduleRosterCommandTests.shifts, "staff.csv": staff] {
            try text.write(to: scratch.file(name), atomically: true, encoding: .utf8)
        }
        return try HeadsetProcess.run(["schedule", "roster", "--create", "--requirements", "need.csv", "--shifts", "shifts.yaml", "--staff",
                                       "staff.csv", "--from", "2026-12-07", "--weeks", "1", "--rules",
                                       ScheduleRosterCommandTests.rules, "--time-zone", "Europe/Vilnius", "--database", "wfm.sqlite",
                                       "--name", "Vilnius December"] + extra, in: scratch.url)
    }

    @Test("the roster is saved; list shows it; export writes the same workbook as roster --xlsx and the same CSV as --out")
    func exportMatchesRosterTime() throws {
        let scratch = try ScratchDirectory()
        let made = try Self.roster(in: scratch, extra: ["--xlsx", "at-roster.xlsx", "--out", "at-roster.csv"])
        #expect(made.status == 0, "\(made.standardError)")
        #expect(made.standardOutput.contains("Saved as roster 1 'Vilnius December'"))

        let list = try HeadsetProcess.run(["schedule", "list", "--database", "wfm.sqlite", "--format", "json"], in: scratch.url)
        #expect(list.status == 0, "\(list.standardError)")
        let rosters = try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        #expect(rosters.count == 1)
        #expect(rosters.first?["name"] as? String == "Vilnius December")
        #expect(rosters.first?["people"] as? Int == 4)
        #expect(rosters.first?["first_day"] as? String == "2026-12-07")

        let exported = try HeadsetProcess.run(["schedule", "export", "--database", "wfm.sqlite", "--xlsx", "export.xlsx", "--out",
                                               "export.csv"], in: scratch.url)
        #expect(exported.status == 0, "\(exported.standardError)")
        #expect(try String(contentsOf: scratch.file("export.csv"), encoding: .utf8)
            == (try String(contentsOf: scratch.file("at-roster.csv"), encoding: .utf8)))
        let before = try XlsxFile(contentsOf: scratch.file("at-roster.xlsx"))
        let after = try XlsxFile(contentsOf: scratch.file("export.xlsx"))
        #expect(after.sheetNames == before.sheetNames)
        for name in before.sheetNames {
            let old = try before.sheet(name), new = try after.sheet(name)
            #expect(new.cells.count == old.cells.count, "\(name)")
            for (reference, cell) in old.cells {
                #expect(new.cells[reference]?.value == cell.value, "\(name)!\(reference)")
                #expect(new.cells[reference]?.formula == cell.formula, "\(name)!\(reference)")
            }
        }
        // Names keep their letters through SQLite and sort by collation (Ž after Z, Ķ after K).
        let grid = try after.sheet("Roster")
        let header = try ScheduleRosterWorkbookTests.row(grid, startingWith: "Name")
        let names = (1...4).compactMap { grid.cell(row: header + $0, column: 0)?.value.stringValue }
        #expect(names == ["Eglė Žemaitė", "Ilze Ķemere", "Ivana Ćorić", "Kari Bærum"])
    }

    @Test("coverage carries calls and an expected service level: blank without calls, 0 when short, red below target")
    func serviceLevelColumn() throws {
        let scratch = try ScratchDirectory()
        let made = try Self.roster(in: scratch, extra: ["--xlsx", "roster.xlsx"])
        #expect(made.status == 0, "\(made.standardError)")
        let sheet = try XlsxFile(contentsOf: scratch.file("roster.xlsx")).sheet("Roster coverage")
        let header = try ScheduleRosterWorkbookTests.row(sheet, startingWith: "Interval start")
        #expect(sheet.cell(row: header, column: 5)?.value == .text("Calls"))
        #expect(sheet.cell(row: header, column: 6)?.value == .text("Expected service level"))
        #expect(sheet.cell(row: header + 1, column: 5)?.value == .number(0))
        #expect(sheet.cell(row: header + 1, column: 6)?.value.doubleValue == nil, "no calls, no service level")
        var levels: Set<Double> = []
        for row in (header + 2)...sheet.maxRow {
            let rostered = try ScheduleRosterWorkbookTests.number(sheet, row, 3)
            let level = try ScheduleRosterWorkbookTests.number(sheet, row, 6)
            // 1.2 Erlangs: one agent cannot keep up, so the service level is 0.
            if rostered < 1.2 { #expect(level == 0) } else { #expect(level > 0 && level <= 1) }
            levels.insert(level)
        }
        #expect(levels.count >= 2)
        let red = try #require(sheet.conditionalFormats.first { $0.sqref.hasPrefix("G") })
        #expect(red.operator == "lessThan")
        #expect(red.formulas == ["0.8"])
    }

    @Test("coverage by day: SUMIFS over the coverage sheet per day, a week row of sums whose figures add up")
    func dailySheet() throws {
        let scratch = try ScratchDirectory()
        let made = try Self.roster(in: scratch, extra: ["--xlsx", "roster.xlsx", "--format", "json"])
        #expect(made.status == 0, "\(made.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(made.standardOutput.utf8)) as? [String: Any])
        let week = try #require((json["weeks_coverage"] as? [[String: Any]])?.first)
        let file = try XlsxFile(contentsOf: scratch.file("roster.xlsx"))
        let coverage = try file.sheet("Roster coverage")
        let coverageHeader = try ScheduleRosterWorkbookTests.row(coverage, startingWith: "Interval start")
        var required = 0.0, rostered = 0.0
        for row in (coverageHeader + 1)...coverage.maxRow {
            required += try ScheduleRosterWorkbookTests.number(coverage, row, 2)
            rostered += try ScheduleRosterWorkbookTests.number(coverage, row, 3)
        }

        let sheet = try file.sheet("Coverage by day")
        let header = try ScheduleRosterWorkbookTests.row(sheet, startingWith: "Day")
        #expect(sheet.frozenRows == header + 1)
        let monday = header + 1
        let formula = try #require(sheet.cell(row: monday, column: 1)?.formula)
        #expect(formula.hasPrefix("SUMIFS('Roster coverage'!$C$\(coverageHeader + 2):$C$\(coverage.maxRow + 1)"))
        #expect(formula.contains("\">=\"&$A\(monday + 1)"))
        #expect(try ScheduleRosterWorkbookTests.number(sheet, monday, 1) == 24, "two agents × 12 hours")
        let weekRow = header + 8
        #expect(sheet.cell(row: weekRow, column: 0)?.value.stringValue?.hasPrefix("Week Mon 7 Dec") == true)
        #expect(sheet.cell(row: weekRow, column: 1)?.formula == "SUM(B\(monday + 1):B\(monday + 7))")
        let weekRequired = try ScheduleRosterWorkbookTests.number(sheet, weekRow, 1)
        let weekRostered = try ScheduleRosterWorkbookTests.number(sheet, weekRow, 2)
        #expect(abs(weekRequired - required / 2) < 1e-9, "agent-hours = Σ agents × ½ h")
        #expect(abs(weekRostered - rostered / 2) < 1e-9)
        #expect(weekRequired == week["required_agent_hours"] as? Double)
        #expect(abs(weekRostered - (week["rostered_agent_hours"] as? Double ?? -1)) < 0.01)
        let short = try ScheduleRosterWorkbookTests.number(sheet, weekRow, 3)
        #expect(abs(short - (week["short_agent_hours"] as? Double ?? -1)) < 0.01)
        // The week's service level is the days' weighted by their calls.
        var calls = 0.0, answered = 0.0
        for row in monday..<weekRow {
            let dayCalls = try ScheduleRosterWorkbookTests.number(sheet, row, 6)
            calls += dayCalls
            answered += dayCalls * (sheet.cell(row: row, column: 7)?.value.doubleValue ?? 0)
        }
        #expect(calls == 7 * 24 * 12 - 12)
        let level = try ScheduleRosterWorkbookTests.number(sheet, weekRow, 7)
        #expect(abs(level - answered / calls) < 1e-9)
        #expect(abs(level - (week["service_level"] as? Double ?? -1)) < 1e-4)
    }

    @Test("heat map: time of day × day, each cell a live reference to the interval's gap, on a scale diverging at 0")
    func heatMap() throws {
        let scratch = try ScratchDirectory()
        let made = try Self.roster(in: scratch, extra: ["--xlsx", "roster.xlsx"])
        #expect(made.status == 0, "\(made.standardError)")
        let file = try XlsxFile(contentsOf: scratch.file("roster.xlsx"))
        let coverage = try file.sheet("Roster coverage")
        let coverageHeader = try ScheduleRosterWorkbookTests.row(coverage, startingWith: "Interval start")
        let sheet = try file.sheet("Coverage heat map")
        let header = try ScheduleRosterWorkbookTests.row(sheet, startingWith: "Time")
        #expect(sheet.cell(row: header, column: 7)?.value == .text("Sun 13 Dec"))
        #expect(sheet.cell(row: header + 1, column: 0)?.value == .text("07:00"))
        #expect(sheet.cell(row: header + 24, column: 0)?.value == .text("18:30"))
        // Sunday 18:30 is the week's last interval.
        let sunday = try #require(sheet.cell(row: header + 24, column: 7))
        #expect(sunday.formula == "'Roster coverage'!E\(coverage.maxRow + 1)")
        #expect(sunday.value == coverage.cell(row: coverage.maxRow, column: 4)?.value)
        let monday = try #require(sheet.cell(row: header + 1, column: 1))
        #expect(monday.formula == "'Roster coverage'!E\(coverageHeader + 2)")
        let scale = try #require(sheet.conditionalFormats.first { $0.type == "colorScale" })
        #expect(scale.sqref == "B\(header + 2):H\(header + 25)")
    }

    @Test("export and list explain a missing database, an empty one and an unknown roster id")
    func errors() throws {
        let scratch = try ScratchDirectory()
        let missing = try HeadsetProcess.run(["schedule", "export", "--database", "none.sqlite", "--xlsx", "x.xlsx"], in: scratch.url)
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("no Headset database at none.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("none.sqlite").path), "nothing created")
        let noFile = try HeadsetProcess.run(["schedule", "export", "--database", "none.sqlite"], in: scratch.url)
        #expect(noFile.status != 0)
        #expect(noFile.standardError.contains("--xlsx"))

        let made = try Self.roster(in: scratch)
        #expect(made.status == 0, "\(made.standardError)")
        let unknown = try HeadsetProcess.run(["schedule", "export", "--database", "wfm.sqlite", "--roster", "7", "--xlsx", "x.xlsx"],
                                             in: scratch.url)
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("no roster '7'"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("x.xlsx").path))

        let unsaved = try ScratchDirectory()
        let dry = try Self.roster(in: unsaved, extra: ["--no-save"])
        #expect(dry.status == 0, "\(dry.standardError)")
        #expect(!dry.standardOutput.contains("Saved as roster"))
        #expect(!FileManager.default.fileExists(atPath: unsaved.file("wfm.sqlite").path), "--no-save opens no database")
    }
}

extension ScheduleExportCommandTests {
    @Test("--activities books coaching inside a shift: that interval's rostered agents drop, kept through export")
    func activities() throws {
        let scratch = try ScratchDirectory()
        let plain = try Self.roster(in: scratch, extra: ["--no-save", "--out", "plain.csv", "--xlsx", "plain.xlsx"])
        #expect(plain.status == 0, "\(plain.standardError)")
        // Whoever works Monday's 07:00 shift is coached 10:00–10:30.
        let rows = try String(contentsOf: scratch.file("plain.csv"), encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",") }
        let monday = try #require(rows.first { $0.count > 2 && $0[1] == "2026-12-07" && $0[2] == "07:00" })
        try "person,date,start,minutes,activity\n\(monday[0]),2026-12-07,10:00,30,coaching\n"
            .write(to: scratch.file("activities.csv"), atomically: true, encoding: .utf8)
        let booked = try Self.roster(in: scratch, extra: ["--activities", "activities.csv", "--xlsx", "booked.xlsx"])
        #expect(booked.status == 0, "\(booked.standardError)")
        func rostered(_ name: String) throws -> Double {
            let sheet = try XlsxFile(contentsOf: scratch.file(name)).sheet("Roster coverage")
            let row = try #require((0...sheet.maxRow).first { sheet.cell(row: $0, column: 1)?.value.stringValue == "Mon 7 Dec 10:00" })
            return try ScheduleRosterWorkbookTests.number(sheet, row, 3)
        }
        #expect(try rostered("booked.xlsx") == (try rostered("plain.xlsx")) - 1)
        let exported = try HeadsetProcess.run(["schedule", "export", "--database", "wfm.sqlite", "--xlsx", "export.xlsx"], in: scratch.url)
        #expect(exported.status == 0, "\(exported.standardError)")
        #expect(try rostered("export.xlsx") == (try rostered("booked.xlsx")), "activities are saved with the roster")
        let bad = try Self.roster(in: scratch, extra: ["--activities", "missing-column.csv"])
        #expect(bad.status == 1)
    }
}
