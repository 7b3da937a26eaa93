import Foundation
import Testing
import XlsxReader

/// The forecast workbook `headset forecast --xlsx` writes (and the demo contains): the interval
/// sheet, daily totals whose cached values are the sums Excel computes, the chart, the accuracy
/// sheet and its rules.
@Suite("headset forecast --xlsx")
struct ForecastWorkbookTests {
    static func write() throws -> (ScratchDirectory, XlsxFile) {
        let scratch = try ForecastFixture.scratch()
        let result = try ForecastFixture.run(ForecastCommandTests.base + ["--weeks", "4", "--out", "forecast.csv",
                                                                          "--xlsx", "forecast.xlsx"], in: scratch)
        #expect(result.standardOutput.contains("Wrote the forecast workbook forecast.xlsx (Forecast days, Forecast, Accuracy)"))
        return (scratch, try XlsxFile(contentsOf: scratch.file("forecast.xlsx")))
    }

    static func number(_ cell: XlsxCell?) -> Double { cell?.value.doubleValue ?? .nan }

    @Test("the Forecast sheet: one row per interval of the CSV, frozen filtered header, local clock, calls and AHT")
    func intervalsSheet() throws {
        let (scratch, file) = try Self.write()
        #expect(file.sheetNames == ["Forecast days", "Forecast", "Accuracy"])
        let sheet = try file.sheet("Forecast")
        #expect(sheet.frozenRows == 1)
        #expect(sheet.autoFilter == "A1:F69")
        #expect((0...5).map { sheet.cell(row: 0, column: $0)?.value.stringValue }
            == ["Interval start", "Date", "Day", "Time", "Calls", "AHT (s)"])
        let csv = ForecastFixture.records(try String(contentsOf: scratch.file("forecast.csv"), encoding: .utf8))
        #expect(sheet.maxRow == csv.count)
        // 2003-10-20 is Excel serial 37914; 08:00 is 1/3 of a day. After the clock change the
        // sheet still shows 08:00: the centre's clock, not UTC.
        #expect(abs(Self.number(sheet.cell("A2")) - (37_914 + 1.0 / 3)) < 1e-9)
        #expect(sheet.cell("A2")?.style.numberFormat == "yyyy-mm-dd hh:mm")
        #expect(sheet.cell("B2")?.value == .number(37_914))
        #expect(sheet.cell("C2")?.value == .text("Mon"))
        #expect(abs(Self.number(sheet.cell("D2")) - 1.0 / 3) < 1e-9)
        for (offset, record) in csv.enumerated() {
            let row = offset + 1
            let start = Self.number(sheet.cell(row: row, column: 0))
            #expect(Self.number(sheet.cell(row: row, column: 1)) == start.rounded(.down))
            let minutes = ((start - start.rounded(.down)) * 1_440).rounded()
            #expect(String(format: "%02d:%02d", Int(minutes) / 60, Int(minutes) % 60)
                == String(record["interval_start"]!.dropFirst(11).prefix(5)))
            #expect(abs(Self.number(sheet.cell(row: row, column: 4)) - Double(record["calls"]!)!) < 1e-9)
            #expect(abs(Self.number(sheet.cell(row: row, column: 5)) - Double(record["aht"]!)!) < 1e-9)
        }
    }

    @Test("Forecast days: live formulas whose cached values equal the sums of the Forecast cells; notes per day")
    func dailyFormulas() throws {
        let (_, file) = try Self.write()
        let intervals = try file.sheet("Forecast")
        let rows = (1...intervals.maxRow).map { row in
            (date: Self.number(intervals.cell(row: row, column: 1)), calls: Self.number(intervals.cell(row: row, column: 4)),
             aht: Self.number(intervals.cell(row: row, column: 5)))
        }
        let daily = try file.sheet("Forecast days")
        let headerRow = try #require((0...daily.maxRow).first { daily.cell(row: $0, column: 0)?.value == .text("Date") })
        let headers = (0...6).map { daily.cell(row: headerRow, column: $0)?.value.stringValue ?? "" }
        #expect(headers == ["Date", "Day", "Intervals", "Calls", "Peak interval calls", "AHT (s, weighted by calls)", "Note"])

        var notes: [String: String] = [:]
        var totalCalls = 0.0
        for offset in 0..<14 {
            let row = headerRow + 1 + offset
            let date = Self.number(daily.cell(row: row, column: 0))
            #expect(date == 37_914 + Double(offset), "every day of the horizon has a line")
            let group = rows.filter { $0.date == date }
            let calls = group.reduce(0.0) { $0 + $1.calls }
            totalCalls += calls
            let intervalsCell = try #require(daily.cell(row: row, column: 2))
            #expect(intervalsCell.formula == "COUNTIFS('Forecast'!$B$2:$B$69,$A\(row + 1))")
            #expect(Self.number(intervalsCell) == Double(group.count))
            let callsCell = try #require(daily.cell(row: row, column: 3))
            #expect(callsCell.formula == "SUMIFS('Forecast'!$E$2:$E$69,'Forecast'!$B$2:$B$69,$A\(row + 1))")
            #expect(Self.number(callsCell) == calls)
            let peak = try #require(daily.cell(row: row, column: 4))
            #expect(peak.formula?.hasPrefix("_xlfn.MAXIFS(") == true)
            #expect(Self.number(peak) == (group.map(\.calls).max() ?? 0))
            let aht = try #require(daily.cell(row: row, column: 5))
            #expect(aht.formula?.contains("SUMPRODUCT(('Forecast'!$B$2:$B$69=$A\(row + 1))*'Forecast'!$E$2:$E$69*'Forecast'!$F$2:$F$69)") == true)
            if group.isEmpty {
                #expect(aht.value == .text(""))
            } else {
                let weighted = group.reduce(0.0) { $0 + $1.calls * $1.aht } / calls
                #expect(abs(Self.number(aht) - weighted) <= 1e-12 * weighted)
            }
            if let note = daily.cell(row: row, column: 6)?.value.stringValue, !note.isEmpty {
                notes[String(format: "%.0f", date)] = note
            }
        }
        #expect(notes["37915"] == "Closed: Staff training")
        #expect(notes["37916"] == "Campaign, volume × 1.5")
        #expect(notes["37917"] == "Half day, open 08:00-10:00")
        #expect(notes["37919"] == "Closed", "a Saturday")
        let totalRow = headerRow + 15
        #expect(daily.cell(row: totalRow, column: 0)?.value == .text("Total"))
        #expect(daily.cell(row: totalRow, column: 3)?.formula == "SUM(D\(headerRow + 2):D\(totalRow))")
        #expect(Self.number(daily.cell(row: totalRow, column: 3)) == totalCalls)
        #expect(Self.number(daily.cell(row: totalRow, column: 2)) == 68)
        let texts = daily.cells.values.compactMap(\.value.stringValue)
        #expect(texts.contains { $0.hasPrefix("Method: ") && $0.contains(", chosen by auto as the lowest WAPE over the last 4 weeks") })
        #expect(texts.contains { $0.hasPrefix("Horizon 2003-10-20 – 2003-11-02: 68 intervals of 30 minutes") })
    }

    @Test("the History vs forecast chart draws the last 2 weeks of history and the forecast as two lines")
    func chart() throws {
        let (_, file) = try Self.write()
        let daily = try file.sheet("Forecast days")
        let chart = try #require(daily.charts.first)
        #expect(daily.charts.count == 1)
        #expect(chart.kinds == ["line"])
        #expect(chart.title == "History vs forecast")
        #expect(chart.seriesNames == ["History", "Forecast"])
        let titleRow = try #require((0...daily.maxRow).first { daily.cell(row: $0, column: 1)?.value == .text("Day and time") })
        // Mon 6 – Fri 17 Oct: 10 days × 8 half hours of history, then the 68 forecast intervals.
        let first = titleRow + 2
        let last = titleRow + 1 + 80 + 68
        #expect(chart.seriesValueReferences == ["'Forecast days'!$C$\(first):$C$\(last)", "'Forecast days'!$D$\(first):$D$\(last)"])
        #expect(chart.seriesCategoryReferences.first == "'Forecast days'!$B$\(first):$B$\(last)")
        #expect(daily.cell(row: first - 1, column: 1)?.value == .text("Mon 6 Oct 08:00"))
        #expect(daily.cell(row: first - 1, column: 2)?.value == .number(10))
        #expect(daily.cell(row: first - 1, column: 3)?.value.isEmpty != false)
        #expect(daily.cell(row: last - 1, column: 1)?.value == .text("Fri 31 Oct 11:30"))
        #expect(daily.cell(row: first - 1 + 80, column: 2)?.value.isEmpty != false)
    }

    @Test("Accuracy: WAPE, MASE and bias per method, the best highlighted by a live rule, breakdowns on a colour scale")
    func accuracySheet() throws {
        let (_, file) = try Self.write()
        let sheet = try file.sheet("Accuracy")
        let headerRow = try #require((0...sheet.maxRow).first { sheet.cell(row: $0, column: 0)?.value == .text("Method") })
        #expect((0...6).map { sheet.cell(row: headerRow, column: $0)?.value.stringValue }
            == ["Method", "WAPE", "MASE", "Bias", "Intervals", "Actual calls", "Forecast calls"])
        #expect((1...3).map { sheet.cell(row: headerRow + $0, column: 0)?.value.stringValue }
            == ["weekday-average", "profile", "level-calendar"])
        #expect(sheet.cell(row: headerRow + 1, column: 1)?.style.numberFormat == "0.00%")
        #expect(sheet.cell(row: headerRow + 1, column: 4)?.value == .number(160))
        let rules = sheet.conditionalFormats
        let best = try #require(rules.first { $0.type == "expression" })
        #expect(best.sqref == "A\(headerRow + 2):G\(headerRow + 4)")
        #expect(best.formulas == ["$B\(headerRow + 2)=MIN($B$\(headerRow + 2):$B$\(headerRow + 4))"])
        #expect(best.dxfId != nil)
        let scales = rules.filter { $0.type == "colorScale" }
        #expect(scales.count == 2, "by weekday and by time of day")
        #expect(scales.allSatisfy { $0.colors == ["FF63BE7B", "FFFFEB84", "FFF8696B"] }, "green is low WAPE")
        let texts = sheet.cells.values.compactMap(\.value.stringValue)
        #expect(texts.contains("WAPE by weekday"))
        #expect(texts.contains("WAPE by time of day (interval start)"))
        #expect(texts.contains { $0.hasPrefix("Rolling origins: a one-week-ahead forecast from each of 4 Mondays (2003-09-22 … 2003-10-13)") })
    }

    @Test("backtest --xlsx writes the Accuracy sheet alone")
    func backtestWorkbook() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["forecast", "backtest"] + ForecastFixture.bankArguments
            + ["--xlsx", "accuracy.xlsx"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let file = try XlsxFile(contentsOf: scratch.file("accuracy.xlsx"))
        #expect(file.sheetNames == ["Accuracy"])
        let sheet = try file.sheet("Accuracy")
        let headerRow = try #require((0...sheet.maxRow).first { sheet.cell(row: $0, column: 0)?.value == .text("Method") })
        let wapes = (1...3).map { Self.number(sheet.cell(row: headerRow + $0, column: 1)) }
        #expect(abs(wapes[2] - 0.0466) < 0.00005)
        #expect(wapes[2] == wapes.min())
        // Weekdays Mon–Fri, and the 29 half hours from 07:00 (the bank's lone 21:00 count included).
        let weekdayHeader = try #require((0...sheet.maxRow).first { sheet.cell(row: $0, column: 0)?.value == .text("Day") })
        #expect((1...5).map { sheet.cell(row: weekdayHeader + $0, column: 0)?.value.stringValue } == ["Mon", "Tue", "Wed", "Thu", "Fri"])
    }
}
