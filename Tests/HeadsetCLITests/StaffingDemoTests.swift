import Foundation
import Testing
import XlsxReader

/// The demo workbook's staffing sheets: the forecast week after the bank history, staffed.
@Suite("headset demo: staffing")
struct StaffingDemoTests {
    @Test("the demo staffs the forecast for Tue 2 – Fri 5 Sep 2003 in 30-minute intervals and lists the sheets in the overview")
    func demoHasStaffingSheets() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["demo"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let file = try XlsxFile(contentsOf: scratch.file("headset-demo.xlsx"))
        #expect(file.sheetNames == ["Overview", "Forecast days", "Forecast", "Accuracy", "Daily totals", "Intervals", "Shift plan", "Coverage",
                                    "Roster", "Roster coverage", "Coverage by day", "Coverage heat map", "Rule check",
                                    "Email backlog", "Org hierarchy",
                                    "Title catalogue", "Headcount", "Evaluations", "Agent summary", "Evaluator summary", "Criterion heat map", "QA trend", "Coaching log", "Action items", "Coaching effect", "Audit log"])

        let overview = try file.sheet("Overview")
        #expect(overview.hyperlinks.values.contains("'Daily totals'!A1"))
        #expect(overview.hyperlinks.values.contains("'Intervals'!A1"))
        #expect(overview.cells.values.contains { $0.value.stringValue?.hasPrefix("the forecast for Tue 2 – Fri 5 Sep 2003, 112 intervals") == true })

        let intervals = try file.sheet("Intervals")
        #expect(intervals.maxRow == 112, "4 days × 28 half-hours, 07:00–21:00; Labor Day closed")
        #expect(intervals.cell("C2")?.value == .text("Tue 2 Sep 07:00"))
        #expect(intervals.cell("C113")?.value == .text("Fri 5 Sep 20:30"))
        #expect(intervals.cell("G2")?.value == .number(240), "AHT assumed 240 s")
        #expect((intervals.cell("F2")?.value.doubleValue ?? 0) > 0)
        for row in 2...113 {
            let agents = try #require(intervals.cell("I\(row)")?.value.doubleValue)
            let scheduled = try #require(intervals.cell("J\(row)")?.value.doubleValue)
            let level = try #require(intervals.cell("K\(row)")?.value.doubleValue)
            #expect(scheduled == (agents / 0.7 - 1e-9).rounded(.up), "30 % shrinkage, rounded up")
            #expect(level >= 0.8 || agents == 0, "every interval staffed to 80/20")
        }

        let daily = try file.sheet("Daily totals")
        let texts = daily.cells.values.compactMap(\.value.stringValue)
        #expect(texts.contains { $0.contains("AHT assumed 240 s in every interval") })
        #expect(texts.contains { $0.contains("Weinberg, Brown & Stroud 2007") })
        #expect(texts.contains { $0.contains("the FORECAST for Tue 2 – Fri 5 Sep 2003") && $0.contains("Labor Day") })
        #expect(daily.charts.count == 1)
        #expect(daily.cells.values.filter { $0.formula?.hasPrefix("SUMIFS(") == true }.count == 4, "one line per forecast day")
    }

    @Test("without its sample data the demo stops with one clear line and writes nothing")
    func demoWithoutData() throws {
        let scratch = try ScratchDirectory()
        // A copy of the executable outside any source tree, run where there is no schedules/.
        let bin = scratch.file("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("headset")
        try FileManager.default.copyItem(at: HeadsetProcess.executable, to: copy)
        let work = scratch.file("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

        let process = Process()
        process.executableURL = copy
        process.arguments = ["demo"]
        process.currentDirectoryURL = work
        let error = Pipe()
        process.standardError = error
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.hasPrefix("headset: error: cannot find the demo data schedules/bank_calls_2003_weekdays_5min.csv"))
        #expect(message.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty)
    }
}
