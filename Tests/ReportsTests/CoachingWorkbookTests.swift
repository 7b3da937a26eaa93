import CivilTime
import Foundation
import Reports
import Testing
import Workbook
import XlsxReader

/// The coaching workbook read back: live formulas whose cached values match the figures worked
/// out by hand in ``CoachingWorkbookFixture``, highlighting rules against a today cell, the
/// before/after chart, names intact, and nothing on the sheets that was not given.
@Suite("Coaching workbook")
struct CoachingWorkbookTests {
    typealias Fixture = CoachingWorkbookFixture
    /// Excel: =DATE(2026,11,20) → 46346 (2025-01-01 is 45658, plus 365, plus 323 days).
    static let todaySerial = 46_346.0

    static func serial(_ text: String) -> XlsxValue { .number(Double(LocalDate(text)!.dayNumber + 25_569)) }

    @Test("three sheets in order, each with a summary")
    func sheets() throws {
        let file = try Fixture.write()
        #expect(file.sheetNames == ["Coaching log", "Action items", "Coaching effect"])
        #expect(CoachingSheets.sheetNames == file.sheetNames)
        #expect(CoachingSheets.summaries.allSatisfy { !$0.description.isEmpty })
    }

    @Test("log: one row per session by date, filterable under a frozen header, dates as dates, names intact")
    func log() throws {
        let sheet = try Fixture.write().sheet("Coaching log")
        #expect(sheet.cell("A7")?.value == .text("Session") && sheet.cell("Q7")?.value == .text("Status"))
        #expect(sheet.frozenRows == 7)
        #expect(sheet.autoFilter == "A7:Q10")
        #expect((7...9).map { sheet.cell(row: $0, column: 0)?.value } == [.text("s1"), .text("s2"), .text("s3")], "sorted by date")
        #expect(sheet.cell("B8")?.value == Self.serial("2026-11-02"))
        #expect(sheet.cell("B8")?.style.isDateFormatted == true)
        #expect(sheet.cell("D8")?.value == .text("Ivana Ćorić"))
        #expect(sheet.cell("E8")?.value == .text("Eglė Žemaitė"))
        #expect(sheet.cell("E9")?.value == .text("Ingrid Bærum"))
        #expect(sheet.cell("F9")?.value == .text("side-by-side"))
        #expect(sheet.cell("G9")?.value ?? .empty == .empty, "no channel")
        #expect(sheet.cell("H8")?.value == .text("empathy, hold"))
        #expect(sheet.cell("I10")?.value == .number(3))
        #expect(sheet.cell("L8")?.value == .text("Ask before placing on hold.\nSummarise at the end of every call."))
        #expect(sheet.cell("L8")?.style.wrapsText == true)
        #expect(sheet.cell("M8")?.value == .number(45))
        #expect(sheet.cell("N9")?.value == Self.serial("2026-11-17"))
        #expect(sheet.cell("O8")?.value == Self.serial("2026-11-03") && sheet.cell("O8")?.style.isDateFormatted == true)
        #expect(sheet.cell("O9")?.value ?? .empty == .empty)
        #expect(sheet.cell("P8")?.value == .text("Takk — Bærum-teamet hjalp meg"))
    }

    @Test("log: today, sessions and coaching hours; status a live formula against today")
    func logFigures() throws {
        let sheet = try Fixture.write().sheet("Coaching log")
        #expect(sheet.cell("A3")?.value == .text("Today"))
        #expect(sheet.cell("B3")?.value == .number(Self.todaySerial) && sheet.cell("B3")?.style.isDateFormatted == true)
        #expect(sheet.cell("B4")?.formula == "COUNTA($A$8:$A$10)" && sheet.cell("B4")?.value == .number(3))
        // 45 + 30 + 20 = 95 minutes = 1.5833… hours.
        #expect(sheet.cell("A5")?.value == .text("Coaching hours"))
        #expect(sheet.cell("B5")?.formula == "SUM($M$8:$M$10)/60")
        // libxlsxwriter stores cached results to 16 significant digits, hence the tolerance.
        #expect(abs((sheet.cell("B5")?.value.doubleValue ?? 0) - 95.0 / 60) < 1e-12)
        #expect(sheet.cell("Q9")?.formula
            == "IF($O9<>\"\",\"Acknowledged\",IF($N9<$B$3,\"Acknowledgement overdue\",\"Awaiting acknowledgement\"))")
        #expect(sheet.cell("Q8")?.value == .text("Acknowledged"))
        #expect(sheet.cell("Q9")?.value == .text("Acknowledgement overdue"), "due 11-17, today 11-20")
        #expect(sheet.cell("Q10")?.value == .text("Awaiting acknowledgement"), "due 11-25")
    }

    @Test("log: unacknowledged rows red past their date and amber before it, by formula against the today cell")
    func logHighlighting() throws {
        let file = try Fixture.write()
        let rules = try file.sheet("Coaching log").conditionalFormats
        let dxfs = try Fixture.differentialFormats(file)
        let red = try #require(rules.first { $0.formulas == ["AND($O8=\"\",$N8<$B$3)"] })
        let amber = try #require(rules.first { $0.formulas == ["AND($O8=\"\",$N8>=$B$3)"] })
        #expect(red.type == "expression" && red.sqref == "A8:Q10")
        #expect(amber.type == "expression" && amber.sqref == "A8:Q10")
        #expect(dxfs[try #require(red.dxfId)].contains("FFC7CE"), "Excel's light red fill")
        #expect(dxfs[try #require(amber.dxfId)].contains("FFEB9C"), "Excel's yellow fill")
    }

    @Test("action items: open first by due date, then done and cancelled; overdue red; live counts")
    func actionItems() throws {
        let file = try Fixture.write()
        let sheet = try file.sheet("Action items")
        #expect(sheet.cell("A8")?.value == .text("Session") && sheet.frozenRows == 8 && sheet.autoFilter == "A8:H13")
        let order = (8...12).map { sheet.cell(row: $0, column: 3)?.value }
        #expect(order == ["Use the hold script", "Practise summarising", "Re-read the refund policy", "Share call examples",
                          "Shadow a senior agent"].map { .text($0) })
        #expect(sheet.cell("B9")?.value == .text("Ivana Ćorić") && sheet.cell("C12")?.value == .text("Eglė Žemaitė"))
        #expect(sheet.cell("E9")?.value == Self.serial("2026-11-16") && sheet.cell("E9")?.style.isDateFormatted == true)
        #expect(sheet.cell("G12")?.value == Self.serial("2026-11-04"))
        #expect(sheet.cell("B3")?.formula == "'Coaching log'!$B$3" && sheet.cell("B3")?.value == .number(Self.todaySerial))
        #expect(sheet.cell("B4")?.formula == "COUNTIFS($F$9:$F$13,\"open\")" && sheet.cell("B4")?.value == .number(3))
        #expect(sheet.cell("B5")?.formula == "COUNTIFS($F$9:$F$13,\"open\",$E$9:$E$13,\"<\"&$B$3)")
        #expect(sheet.cell("B5")?.value == .number(2), "due 11-16 and 11-19; 11-24 is not yet due")
        #expect(sheet.cell("B6")?.formula == "COUNTIFS($F$9:$F$13,\"done\")" && sheet.cell("B6")?.value == .number(1))
        #expect(sheet.cell("H9")?.formula == "IF(AND($F9=\"open\",$E9<$B$3),$B$3-$E9,\"\")")
        #expect((8...12).map { sheet.cell(row: $0, column: 7)?.value } == [.number(4), .number(1), .text(""), .text(""), .text("")])
        let rule = try #require(sheet.conditionalFormats.first)
        #expect(sheet.conditionalFormats.count == 1)
        #expect(rule.type == "expression" && rule.sqref == "A9:H13" && rule.formulas == ["AND($F9=\"open\",$E9<$B$3)"])
        #expect(try Fixture.differentialFormats(file)[try #require(rule.dxfId)].contains("FFC7CE"))
    }

    @Test("effect: before, after, live change in whole percentages, small samples flagged, the definition noted")
    func effect() throws {
        let sheet = try Fixture.write().sheet("Coaching effect")
        #expect(sheet.cell("A2")?.value == .text(Fixture.definition))
        #expect(sheet.cell("A5")?.value == .text("Criterion") && sheet.frozenRows == 5)
        #expect(sheet.cell("B6")?.value == .text("Patience and empathy"))
        #expect(sheet.cell("C6")?.value == .number(0.6) && sheet.cell("C6")?.style.numberFormat == "0%")
        #expect(sheet.cell("D6")?.value == .number(12) && sheet.cell("F6")?.value == .number(10))
        #expect(sheet.cell("G6")?.formula == "IF(AND(ISNUMBER(C6),ISNUMBER(E6)),E6-C6,\"\")")
        // 0.75 − 0.6 and 0.8 − 0.5 (cached results are stored to 16 significant digits).
        #expect(abs((sheet.cell("G6")?.value.doubleValue ?? 0) - 0.15) < 1e-12)
        #expect(abs((sheet.cell("G7")?.value.doubleValue ?? 0) - 0.3) < 1e-12)
        #expect(sheet.cell("G8")?.value == .text(""), "no evaluations after: no change")
        #expect(sheet.cell("E8")?.value ?? .empty == .empty)
        #expect(sheet.cell("G6")?.style.numberFormat.contains("0%") == true)
        #expect(sheet.cell("H6")?.formula == "IF(OR(D6<5,F6<5),\"small sample\",\"\")")
        #expect((5...7).map { sheet.cell(row: $0, column: 7)?.value } == [.text(""), .text("small sample"), .text("small sample")])
        #expect(sheet.conditionalFormats.contains { $0.formulas == ["AND(ISNUMBER($G6),$G6>0)"] && $0.sqref == "G6:G8" })
    }

    @Test("effect: a clustered column chart of before against after per criterion")
    func effectChart() throws {
        let sheet = try Fixture.write().sheet("Coaching effect")
        let chart = try #require(sheet.charts.first)
        #expect(sheet.charts.count == 1)
        #expect(chart.kinds == ["bar"] && chart.barDirection == "col" && chart.grouping == "clustered")
        #expect(chart.seriesNames == ["Before", "After"])
        #expect(chart.seriesValueReferences == ["'Coaching effect'!$C$6:$C$8", "'Coaching effect'!$E$6:$E$8"])
        #expect(chart.seriesCategoryReferences == ["'Coaching effect'!$B$6:$B$8", "'Coaching effect'!$B$6:$B$8"])
    }
}
