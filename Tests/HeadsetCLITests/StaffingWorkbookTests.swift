import Foundation
import Testing
import XlsxReader

/// The staffing workbook `headset staffing --xlsx` writes (and the demo contains): cell values,
/// formats, rules, the chart, and daily formulas whose cached values are the sums Excel computes.
@Suite("headset staffing --xlsx")
struct StaffingWorkbookTests {
    /// Two days, two channels (one whose name Excel's criteria would read as a wildcard), a
    /// zero-call interval, fractional calls.
    static let intervals = """
        interval_start,channel,calls,aht
        2003-08-18T07:00,voice,100,180
        2003-08-18T07:30,voice,0,180
        2003-08-18T08:00,voice,250,200
        2003-08-19T07:00,voice,120,190
        2003-08-19T07:30,voice,130.5,185
        2003-08-18T07:00,chat*,40,300
        2003-08-18T07:30,chat*,55,300
        2003-08-19T07:00,chat*,20,320

        """

    static func write(_ extra: [String] = []) throws -> (ScratchDirectory, XlsxFile, String) {
        let scratch = try ScratchDirectory()
        try intervals.write(to: scratch.file("intervals.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["staffing", "--intervals", "intervals.csv", "--service-level", "80/20",
                                             "--shrinkage", "30", "--xlsx", "staffing.xlsx", "--format", "csv"] + extra,
                                            in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        return (scratch, try XlsxFile(contentsOf: scratch.file("staffing.xlsx")), result.standardOutput)
    }

    /// The Intervals sheet's data rows, by header title.
    static func intervalRows(_ sheet: XlsxSheet) -> [[String: XlsxCell]] {
        let headers = (0...sheet.maxColumn).map { sheet.cell(row: 0, column: $0)?.value.stringValue ?? "" }
        return (1...max(sheet.maxRow, 1)).map { row in
            var cells: [String: XlsxCell] = [:]
            for (column, header) in headers.enumerated() { cells[header] = sheet.cell(row: row, column: column) }
            return cells
        }
    }

    @Test("the Intervals sheet: frozen filtered header, one row per interval, number formats")
    func intervalsSheet() throws {
        let (_, file, csv) = try Self.write()
        #expect(file.sheetNames == ["Daily totals", "Intervals"])
        let sheet = try file.sheet("Intervals")
        #expect(sheet.frozenRows == 1)
        #expect(sheet.autoFilter == "A1:N9")
        let rows = Self.intervalRows(sheet)
        #expect(rows.count == 8)
        // Sorted by channel (first appearance), then start.
        #expect(rows.map { $0["Channel"]?.value.stringValue } == ["voice", "voice", "voice", "voice", "voice",
                                                                 "chat*", "chat*", "chat*"])
        let first = rows[0]
        #expect(first["Interval start"]?.style.numberFormat == "yyyy-mm-dd hh:mm")
        #expect(first["Interval start"]?.style.isDateFormatted == true)
        // 2003-08-18 07:00 is serial 37851 + 7/24 (the workbook shows the clock as written).
        #expect(abs((first["Interval start"]?.value.doubleValue ?? 0) - (37_851 + 7.0 / 24)) < 1e-9)
        #expect(first["Date"]?.value == .number(37_851))
        #expect(first["Day and time"]?.value == .text("Mon 18 Aug 07:00"))
        #expect(first["Calls"]?.value == .number(100))
        #expect(first["Agents needed"]?.value == .number(14))
        #expect(first["Agents to schedule"]?.value == .number(20))
        #expect(first["Traffic (Erlangs)"]?.style.numberFormat == "0.0")
        #expect(first["ASA (s)"]?.style.numberFormat == "0.0")
        let serviceLevel = try #require(first["Service level (answered within 20 s)"])
        #expect(serviceLevel.style.numberFormat == "0.0%")
        #expect(abs((serviceLevel.value.doubleValue ?? 0) - 0.88835) < 0.00001)
        #expect(first["Occupancy"]?.style.numberFormat == "0.0%")
        #expect(rows[1]["Agents needed"]?.value == .number(0), "no calls, no agents")

        // The sheet holds what the CSV says.
        let records = StaffingBatchTests.records(csv)
        for record in records {
            let match = rows.first {
                $0["Channel"]?.value.stringValue == record["channel"]
                    && $0["Calls"]?.value.doubleValue == Double(record["calls"] ?? "")
            }
            let row = try #require(match, "\(record)")
            #expect(row["Agents needed"]?.value.doubleValue == Double(record["agents"] ?? ""))
            let sheetLevel = try #require(row["Service level (answered within 20 s)"]?.value.doubleValue)
            #expect(abs(sheetLevel - (Double(record["service_level"] ?? "") ?? -1)) < 1e-14)
        }
    }

    @Test("the rules: a 3-colour scale and a red below-target rule on service level, data bars on agents")
    func conditionalFormats() throws {
        let (_, file, _) = try Self.write()
        let rules = try file.sheet("Intervals").conditionalFormats
        let belowTarget = try #require(rules.first { $0.type == "cellIs" })
        #expect(belowTarget.sqref == "K2:K9")
        #expect(belowTarget.operator == "lessThan")
        #expect(belowTarget.formulas == ["0.8"])
        #expect(belowTarget.dxfId != nil)
        let scale = try #require(rules.first { $0.type == "colorScale" })
        #expect(scale.sqref == "K2:K9")
        #expect(scale.colors == ["FFF8696B", "FFFFEB84", "FF63BE7B"])
        #expect(belowTarget.priority < scale.priority, "the red rule wins over the scale")
        let bars = try #require(rules.first { $0.type == "dataBar" })
        #expect(bars.sqref == "I2:I9")
        let daily = try file.sheet("Daily totals").conditionalFormats
        #expect(daily.contains { $0.type == "cellIs" && $0.operator == "lessThan" && $0.formulas == ["0.8"] })
    }

    @Test("a combined chart per channel: calls as columns, agents as lines on a secondary axis")
    func chart() throws {
        let (_, file, _) = try Self.write()
        let charts = try file.sheet("Daily totals").charts
        #expect(charts.count == 2)
        let voice = try #require(charts.first)
        #expect(voice.kinds == ["bar", "line"])
        #expect(voice.barDirection == "col")
        #expect(voice.hasSecondaryAxis)
        #expect(voice.title == "Calls and agents per interval: voice")
        #expect(voice.seriesNames == ["Calls", "Agents needed", "Agents to schedule"])
        #expect(voice.seriesValueReferences == ["'Intervals'!$F$2:$F$6", "'Intervals'!$I$2:$I$6", "'Intervals'!$J$2:$J$6"])
        #expect(voice.seriesCategoryReferences.first == "'Intervals'!$C$2:$C$6", "text labels: a date axis would pile up a day")
        #expect(charts[1].seriesValueReferences.first == "'Intervals'!$F$7:$F$9")
    }

    @Test("daily totals are live formulas whose cached values equal the sums of the Intervals cells")
    func dailyFormulas() throws {
        let (_, file, _) = try Self.write()
        let intervals = Self.intervalRows(try file.sheet("Intervals"))
        let daily = try file.sheet("Daily totals")
        let headerRow = try #require((0...daily.maxRow).first { daily.cell(row: $0, column: 0)?.value == .text("Date") })
        let headers = (0...daily.maxColumn).map { daily.cell(row: headerRow, column: $0)?.value.stringValue ?? "" }
        func cell(_ row: Int, _ header: String) throws -> XlsxCell {
            let column = try #require(headers.firstIndex(of: header))
            return try #require(daily.cell(row: row, column: column))
        }
        func number(_ cell: XlsxCell?) -> Double { cell?.value.doubleValue ?? .nan }

        var seen = 0
        var row = headerRow + 1
        while let date = daily.cell(row: row, column: 0)?.value.doubleValue {
            let channel = daily.cell(row: row, column: 1)?.value.stringValue ?? ""
            let group = intervals.filter { number($0["Date"]) == date && $0["Channel"]?.value.stringValue == channel }
            #expect(!group.isEmpty)
            let calls = group.reduce(0.0) { $0 + number($1["Calls"]) }
            let agentHours = group.reduce(0.0) { $0 + number($1["Agents needed"]) * number($1["Minutes"]) } / 60
            let scheduledHours = group.reduce(0.0) { $0 + number($1["Agents to schedule"]) * number($1["Minutes"]) } / 60
            let peak = group.map { number($0["Agents needed"]) }.max() ?? 0
            let within = group.reduce(0.0) { $0 + number($1["Calls"]) * number($1["Service level (answered within 20 s)"]) }
            let busy = group.reduce(0.0) { $0 + number($1["Occupancy"]) * number($1["Agents needed"]) * number($1["Minutes"]) }

            #expect(try cell(row, "Intervals").formula?.hasPrefix("COUNTIFS(") == true)
            #expect(number(try cell(row, "Intervals")) == Double(group.count))
            #expect(try cell(row, "Calls").formula?.hasPrefix("SUMIFS('Intervals'!$F$2:$F$9,") == true)
            #expect(number(try cell(row, "Calls")) == calls)
            #expect(number(try cell(row, "Agent-hours needed")) == agentHours)
            #expect(number(try cell(row, "Agent-hours to schedule")) == scheduledHours)
            #expect(try cell(row, "Peak agents needed").formula?.hasPrefix("_xlfn.MAXIFS(") == true)
            #expect(number(try cell(row, "Peak agents needed")) == peak)
            #expect(abs(number(try cell(row, "Service level (within 20 s)")) - within / calls) <= 1e-15)
            #expect(abs(number(try cell(row, "Occupancy")) - busy / (agentHours * 60)) <= 1e-15)
            #expect(try cell(row, "Service level (within 20 s)").style.numberFormat == "0.0%")
            seen += 1
            row += 1
        }
        #expect(seen == 4, "two days × two channels")
        // A channel named like a wildcard is matched literally.
        #expect(try cell(headerRow + 2, "Calls").formula?.contains(#""=chat~*""#) == true)
        // The total line.
        #expect(daily.cell(row: row, column: 0)?.value == .text("Total"))
        let allCalls = intervals.reduce(0.0) { $0 + number($1["Calls"]) }
        #expect(number(try cell(row, "Calls")) == allCalls)
        #expect(try cell(row, "Calls").formula == "SUM(D\(headerRow + 2):D\(row))")
        let allWithin = intervals.reduce(0.0) { $0 + number($1["Calls"]) * number($1["Service level (answered within 20 s)"]) }
        #expect(abs(number(try cell(row, "Service level (within 20 s)")) - allWithin / allCalls) <= 1e-15)
        #expect(number(try cell(row, "Peak agents needed")) == intervals.map { number($0["Agents needed"]) }.max())
    }

    @Test("with --patience both sheets gain an Abandoned column")
    func abandonedColumn() throws {
        let (_, file, _) = try Self.write(["--patience", "120"])
        let intervals = try file.sheet("Intervals")
        #expect(intervals.cell("O1")?.value == .text("Abandoned"))
        #expect(intervals.cell("O2")?.style.numberFormat == "0.0%")
        let daily = try file.sheet("Daily totals")
        #expect(daily.cells.values.contains { $0.value == .text("Abandoned") })
    }

    @Test("the notes say what the figures assume")
    func notes() throws {
        let (_, file, _) = try Self.write(["--aht", "200"])
        let daily = try file.sheet("Daily totals")
        let texts = daily.cells.values.compactMap(\.value.stringValue)
        #expect(texts.contains("Staffing: daily totals"))
        #expect(texts.contains { $0.hasPrefix("Input: intervals.csv, 8 intervals of 30 minutes; AHT 200 s where the file gives none") })
        #expect(texts.contains { $0.hasPrefix("Target: 80 % of calls answered within 20 s") })
        #expect(texts.contains { $0.hasPrefix("Shrinkage 30 %: agents to schedule = agents needed ÷ 0.70, rounded up") })
    }
}
