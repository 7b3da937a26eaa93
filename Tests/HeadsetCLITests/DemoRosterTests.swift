import Foundation
import Testing
import XlsxReader

/// The demo's roster: the organisation's agents rostered for two weeks from the Monday after
/// today, stored in the demo database, exported in the workbook, lawful, with an expected service
/// level; and the demo shift plan's coverage judged by the same Erlang C.
@Suite("headset demo: roster")
struct DemoRosterTests {
    @Test("the roster is in the database and the workbook: organisation names, no violations, open shifts, service level")
    func demoRoster() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["demo"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")

        let list = try HeadsetProcess.run(["schedule", "list", "--database", "headset-demo.sqlite", "--format", "json"], in: scratch.url)
        #expect(list.status == 0, "\(list.standardError)")
        let rosters = try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        let stored = try #require(rosters.first)
        #expect(rosters.count == 1)
        #expect(stored["weeks"] as? Int == 2)
        #expect(stored["violations"] as? Int == 0)
        let people = try #require(stored["people"] as? Int)
        #expect(people >= 20, "the organisation's agents on the roster's first day")

        let file = try XlsxFile(contentsOf: scratch.file("headset-demo.xlsx"))
        let overview = try file.sheet("Overview")
        for name in ["Roster", "Roster coverage", "Coverage by day", "Coverage heat map", "Rule check"] {
            #expect(overview.hyperlinks.values.contains("'\(name)'!A1"), "\(name) is in the table of contents")
        }
        let facts = overview.cells.values.compactMap(\.value.stringValue)
        #expect(facts.contains { $0.contains("agents of the organisation") && $0.contains("0 working-time violations") })

        let grid = try file.sheet("Roster")
        let header = try DemoShiftsEmailTests.row(grid, startingWith: "Name")
        let firstDay = try #require(grid.cell(row: header, column: 1)?.value.stringValue)
        #expect(firstDay.hasPrefix("Mon "), "the roster starts on a Monday")
        let names = (1...people).compactMap { grid.cell(row: header + $0, column: 0)?.value.stringValue }
        #expect(names.count == people)
        #expect(names.contains("Žygimantas Baltrūnas") && names.contains("Ilze Ķemere") && names.contains("Josip Čačić"))
        #expect(!names.contains("Nora Østby"), "she joins the organisation in 2027")
        let notes = grid.cells.values.compactMap(\.value.stringValue)
        #expect(notes.contains { $0.contains("Not rostered") && $0.contains("Nora Østby") })
        #expect((try? DemoShiftsEmailTests.row(grid, startingWith: "Open shifts")) != nil)

        #expect(try file.sheet("Rule check").cells.values.contains { $0.value == .text("No working-time rule is broken.") })
        let coverage = try file.sheet("Roster coverage")
        let coverageHeader = try DemoShiftsEmailTests.row(coverage, startingWith: "Interval start")
        #expect(coverage.cell(row: coverageHeader, column: 6)?.value == .text("Expected service level"))
        let daily = try file.sheet("Coverage by day")
        let weekRows = (0...daily.maxRow).filter { daily.cell(row: $0, column: 0)?.value.stringValue?.hasPrefix("Week ") == true }
        #expect(weekRows.count == 2)
        for row in weekRows {
            let level = try DemoShiftsEmailTests.number(daily, row, 7)
            #expect(level > 0.5 && level <= 1)
        }
    }

    @Test("the demo shift plan's coverage shows calls and the service level expected with the planned agents")
    func shiftPlanServiceLevel() throws {
        let scratch = try ScratchDirectory()
        #expect(try HeadsetProcess.run(["demo"], in: scratch.url).status == 0)
        let file = try XlsxFile(contentsOf: scratch.file("headset-demo.xlsx"))
        let coverage = try file.sheet("Coverage")
        let header = try DemoShiftsEmailTests.row(coverage, startingWith: "Interval start")
        #expect(coverage.cell(row: header, column: 5)?.value == .text("Calls"))
        let totals = try DemoShiftsEmailTests.row(coverage, startingWith: "Agent-hours")
        let staffing = try file.sheet("Intervals")
        // Planned at least the agents staffing asked for → at least staffing's service level (80 % in 20 s).
        for row in (header + 1)..<totals {
            let required = try DemoShiftsEmailTests.number(coverage, row, 2)
            let planned = try DemoShiftsEmailTests.number(coverage, row, 3)
            guard let level = coverage.cell(row: row, column: 6)?.value.doubleValue else { continue }
            if planned >= required { #expect(level >= 0.8 - 1e-9, "row \(row + 1)") }
        }
        #expect(staffing.maxRow == totals - header - 1)
    }
}
