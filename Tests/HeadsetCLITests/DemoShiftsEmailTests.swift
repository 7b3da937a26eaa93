import CivilTime
import Foundation
import Testing
import XlsxReader

/// The demo workbook's shift plan of the staffed forecast week and its synthetic email backlog.
@Suite("headset demo: shifts and email")
struct DemoShiftsEmailTests {
    static func row(_ sheet: XlsxSheet, startingWith text: String) throws -> Int {
        try #require((0...sheet.maxRow).first { sheet.cell(row: $0, column: 0)?.value == .text(text) })
    }

    static func number(_ sheet: XlsxSheet, _ row: Int, _ column: Int) throws -> Double {
        try #require(sheet.cell(row: row, column: column)?.value.doubleValue, "no number at row \(row + 1), column \(column + 1)")
    }

    @Test("shift plan, coverage and email backlog follow the staffing sheets, are in the contents, and plan the staffed week")
    func demoShiftsAndEmail() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["demo"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let file = try XlsxFile(contentsOf: scratch.file("headset-demo.xlsx"))
        let names = file.sheetNames
        let intervalsIndex = try #require(names.firstIndex(of: "Intervals"))
        #expect(Array(names[(intervalsIndex + 1)...(intervalsIndex + 2)]) == ["Shift plan", "Coverage"])
        #expect(names[intervalsIndex + 8] == "Email backlog", "after the five roster sheets")
        let overview = try file.sheet("Overview")
        for name in ["Shift plan", "Coverage", "Email backlog"] {
            #expect(overview.hyperlinks.values.contains("'\(name)'!A1"), "\(name) is in the table of contents")
        }

        // The plan covers the agents to schedule of the Intervals sheet, interval by interval.
        let staffing = try file.sheet("Intervals")
        let toSchedule = try (1...staffing.maxRow).map { try Self.number(staffing, $0, 9) }
        let coverage = try file.sheet("Coverage")
        let header = try Self.row(coverage, startingWith: "Interval start")
        let totals = try Self.row(coverage, startingWith: "Agent-hours")
        let required = try ((header + 1)..<totals).map { try Self.number(coverage, $0, 2) }
        #expect(required == toSchedule)
        #expect(coverage.charts.count == 1)
        let plan = try file.sheet("Shift plan")
        let texts = plan.cells.values.compactMap(\.value.stringValue)
        #expect(texts.contains { $0.contains("achieved gap") }, "the sheet says how close to the best plan it is")
        #expect(texts.contains { $0.contains("schedules/shifts-demo.yaml") })
    }

    @Test("the email sheet states its synthetic origin and agrees with headset deferred on the same emails")
    func emailMatchesDeferred() throws {
        let scratch = try ScratchDirectory()
        #expect(try HeadsetProcess.run(["demo"], in: scratch.url).status == 0)
        let sheet = try XlsxFile(contentsOf: scratch.file("headset-demo.xlsx")).sheet("Email backlog")
        let texts = sheet.cells.values.compactMap(\.value.stringValue)
        #expect(texts.contains { $0.hasPrefix("SYNTHETIC emails: the bank data has calls only") && $0.contains("12 %") })
        #expect(texts.contains { $0.hasPrefix("Target: 90 % of emails answered within 24 h") })
        #expect(sheet.charts.first?.kinds == ["line"])

        // The emails as `headset deferred --items` reads them, from the sheet's own cells.
        let header = try Self.row(sheet, startingWith: "Interval start")
        let total = try Self.row(sheet, startingWith: "Total")
        let rows = (header + 1)..<total
        let arrived = try rows.map { try Self.number(sheet, $0, 3) }
        let lastArrival = try #require(arrived.lastIndex { $0 > 0 })
        var csv = "interval_start,items,aht\n"
        for (offset, row) in rows.enumerated() where offset <= lastArrival {
            let serial = try Self.number(sheet, row, 0)
            let day = (serial + 1e-9).rounded(.down)
            let minutes = Int(((serial - day) * 1440).rounded())
            let date = LocalDate(dayNumber: Int(day) - 25_569)
            csv += String(format: "%@T%02d:%02d,%@,360\n", date.description, minutes / 60, minutes % 60, "\(arrived[offset])")
        }
        try csv.write(to: scratch.file("emails.csv"), atomically: true, encoding: .utf8)
        let calendar = ForecastFixture.schedules.appendingPathComponent("bank-calendar.yaml").path
        let deferred = try HeadsetProcess.run(["deferred", "--items", "emails.csv", "--target", "90/24", "--calendar", calendar,
                                               "--shrinkage", "30", "--format", "json"], in: scratch.url)
        #expect(deferred.status == 0, "\(deferred.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(deferred.standardOutput.utf8)) as? [String: Any])
        let intervals = try #require(json["intervals"] as? [[String: Any]])
        #expect(intervals.count == rows.count, "one response window past the last arrivals, as in the demo")
        let share = try #require(json["answered_in_time_share"] as? Double)
        #expect(abs(try Self.number(sheet, 4, 2) - share) < 1e-9)
        #expect(json["meets_target"] as? Bool == true)
        #expect(abs(try Self.number(sheet, 7, 2) - (json["agent_hours"] as? Double ?? -1)) < 1e-6)
        for (offset, row) in rows.enumerated() {
            let interval = intervals[offset]
            #expect(abs(try Self.number(sheet, row, 4) - (interval["workload_agents"] as? Double ?? -1)) < 1e-9)
            #expect(try Self.number(sheet, row, 6) == Double(interval["scheduled_agents"] as? Int ?? -1))
            #expect(abs(try Self.number(sheet, row, 8) - (interval["backlog_items"] as? Double ?? -1)) < 1e-6)
        }
        #expect(sheet.cell(row: total, column: 3)?.formula == "SUM(D\(header + 2):D\(total))")
        #expect(abs(try Self.number(sheet, total, 3) - arrived.reduce(0, +)) < 1e-9)
    }
}
