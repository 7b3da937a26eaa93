import Foundation
import Testing
import Workbook
import XlsxReader

@Suite("Charts")
struct ChartTests {
    static func writeCharts(to url: URL) throws {
        try Workbook.write(to: url) { workbook in
            let sheet = try workbook.addSheet(named: "Coverage data")
            try sheet.writeHeader(["Interval", "Required", "Scheduled", "Service level"], row: 0)
            for row in 1...8 {
                try sheet.writeRow([.text("0\(row):00"), .number(Double(10 + row)), .number(Double(12 + row % 3)),
                                    .number(0.7 + Double(row) / 40)], row: row)
            }
            let categories = CellRange(sheet: sheet.name, rows: 1...8, columns: 0...0)
            let required = Chart.Series(name: "Required", categories: categories,
                                        values: CellRange(sheet: sheet.name, rows: 1...8, columns: 1...1), color: .chartBlue)
            let scheduled = Chart.Series(name: "='Coverage data'!$C$1", categories: categories,
                                         values: CellRange(sheet: sheet.name, rows: 1...8, columns: 2...2), color: .chartOrange)
            let serviceLevel = Chart.Series(name: "Service level", categories: categories,
                                            values: CellRange(sheet: sheet.name, rows: 1...8, columns: 3...3),
                                            color: .chartGreen, usesSecondaryAxis: true)
            try sheet.insert(Chart(kind: .column, title: "Required", series: [required]), row: 0, column: 5)
            try sheet.insert(Chart(kind: .stackedColumn, title: "Stacked", series: [required, scheduled]), row: 20, column: 5)
            try sheet.insert(Chart(kind: .line, title: "Lines", series: [required, scheduled]), row: 40, column: 5)
            try sheet.insert(Chart(kind: .column, title: "Required vs scheduled", series: [required],
                                   overlay: .init(kind: .line, series: [scheduled])), row: 60, column: 5)
            try sheet.insert(Chart(kind: .column, title: "Staff and service level", series: [required, scheduled],
                                   valueAxisTitle: "Agents",
                                   overlay: .init(kind: .line, series: [serviceLevel], secondaryAxisTitle: "Service level")),
                             row: 80, column: 5)
        }
    }

    @Test("column, stacked, line and combined charts are drawn from cell ranges")
    func chartKinds() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("charts.xlsx")
        try Self.writeCharts(to: url)
        let charts = try XlsxFile(contentsOf: url).sheet("Coverage data").charts
        #expect(charts.count == 5)
        #expect(charts[0].kinds == ["bar"])
        #expect(charts[0].barDirection == "col")
        #expect(charts[0].title == "Required")
        #expect(charts[0].seriesValueReferences == ["'Coverage data'!$B$2:$B$9"])
        #expect(charts[1].grouping == "stacked")
        #expect(charts[2].kinds == ["line"])
        #expect(charts[3].kinds == ["bar", "line"])
        #expect(charts[3].seriesValueReferences == ["'Coverage data'!$B$2:$B$9", "'Coverage data'!$C$2:$C$9"])
        #expect(!charts[3].hasSecondaryAxis)
        #expect(charts[4].kinds == ["bar", "line"])
        #expect(charts[4].hasSecondaryAxis)
        #expect(charts[4].seriesNames.contains("Service level"))
    }

    @Test("a combined chart keeps every other part of the file byte for byte")
    func combinedChartKeepsCells() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("combined.xlsx")
        try Self.writeCharts(to: url)
        let file = try XlsxFile(contentsOf: url)
        #expect(try file.sheet("Coverage data").cell("B9")?.value == .number(18))
        #expect(file.entryPaths.contains("xl/charts/chart5.xml"))
        #expect(try directory.contents() == ["combined.xlsx"])
    }

    @Test("a chart without series, or with ranges on no sheet, is refused")
    func invalidCharts() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: WorkbookError.self) {
            try Workbook.write(to: directory.file("empty.xlsx")) { workbook in
                try workbook.addSheet(named: "S").insert(Chart(kind: .line), row: 0, column: 0)
            }
        }
        #expect(throws: WorkbookError.self) {
            try Workbook.write(to: directory.file("nosheet.xlsx")) { workbook in
                let series = Chart.Series(name: "x", values: CellRange(rows: 0...3, columns: 0...0))
                try workbook.addSheet(named: "S").insert(Chart(kind: .line, series: [series]), row: 0, column: 0)
            }
        }
        #expect(try directory.contents().isEmpty)
    }
}
