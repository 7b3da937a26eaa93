import CivilTime
import Foundation
import Quality
import Reports
import Testing
import Workbook
import XlsxReader

/// The QA workbook read back: every summary is a live formula over "Evaluations" whose cached
/// value equals the figure computed by hand, small samples are flagged, and the trend has its chart.
@Suite("QA workbook")
struct QaWorkbookTests {
    static let october = LocalDate("2026-10-05")!, november = LocalDate("2026-11-02")!

    static func row(_ id: String, _ date: LocalDate, agent: String, name: String, score: Double?, passed: Bool,
                    compliance: Bool? = nil, empathy: Double? = nil) -> QaEvaluationRow {
        var critical: [CriticalClass: Bool] = [:]
        if let compliance { critical[.compliance] = compliance }
        var criteria: [String: Double] = [:]
        if let empathy { criteria["empathy"] = empathy }
        return QaEvaluationRow(id: id, date: date, agent: agent, agentName: name, team: "Jonas Šimkus", evaluatorName: "Eglė Žemaitė",
                               scorecard: "voice-call v1", channel: "voice", status: "final", score: score, passed: passed,
                               criticalErrors: critical, criteria: criteria)
    }

    /// Ana: 80, 90, 70 (October, October, November), one compliance error in two applicable; Ćorić: 100 once.
    static let report = QaReport(evaluations: [
        row("e1", october, agent: "ana", name: "Ana Horvat", score: 80, passed: true, compliance: false, empathy: 1),
        row("e2", october, agent: "ana", name: "Ana Horvat", score: 90, passed: true, compliance: true, empathy: 0.5),
        row("e3", november, agent: "ana", name: "Ana Horvat", score: 70, passed: false, empathy: 0),
        row("e4", november, agent: "coric", name: "Ivana Ćorić", score: 100, passed: true),
        row("e5", november, agent: "coric", name: "Ivana Ćorić", score: nil, passed: false),
    ], criteria: [.init(id: "empathy", label: "Patience and empathy")], minimumSample: 3)

    static func write() throws -> XlsxFile {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qa-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("qa.xlsx")
        try Workbook.write(to: url) { workbook in try QaSheets.add(to: workbook, report: report) }
        return try XlsxFile(contentsOf: url)
    }

    static func row(_ sheet: XlsxSheet, _ text: String) throws -> Int {
        try #require((0...sheet.maxRow).first { sheet.cell(row: $0, column: 0)?.value == .text(text) })
    }

    @Test("sheets in order; evaluations filterable, frozen, one row each with critical and criterion columns")
    func evaluations() throws {
        let file = try Self.write()
        #expect(file.sheetNames == QaSheets.sheetNames)
        #expect(file.sheetNames == ["Evaluations", "Agent summary", "Evaluator summary", "Criterion heat map", "QA trend"])
        let sheet = try file.sheet("Evaluations")
        #expect(sheet.autoFilter == "A1:P6")
        #expect(sheet.frozenRows == 1)
        #expect(sheet.cell("K6")?.value == .empty || sheet.cell("K6") == nil, "an all-N/A evaluation has no score")
        #expect(sheet.cell("O2")?.value == .number(0) && sheet.cell("O3")?.value == .number(1), "compliance error column")
        #expect(sheet.cell("P3")?.value == .number(0.5))
        #expect(sheet.cell("A1")?.value == .text("Evaluation"))
    }

    @Test("agent summary: live COUNTIFS/AVERAGEIFS with hand-computed caches, t interval, small-sample warning")
    func agentSummary() throws {
        let sheet = try Self.write().sheet("Agent summary")
        let ana = try Self.row(sheet, "ana"), coric = try Self.row(sheet, "coric")
        #expect(ana < coric, "Ana Horvat sorts before Ivana Ćorić")
        #expect(sheet.cell(row: ana, column: 3)?.formula == "COUNTIFS(Evaluations!$D$2:$D$6,$A\(ana + 1))")
        #expect(sheet.cell(row: ana, column: 3)?.value == .number(3))
        #expect(sheet.cell(row: ana, column: 4)?.value == .number(80))
        // mean 80, s = 10, n = 3: 80 ± t(0.975, 2) · 10/√3 = 80 ± 4.302653 · 5.773503 = 80 ± 24.841
        let low = try #require(sheet.cell(row: ana, column: 5)?.value.doubleValue)
        let high = try #require(sheet.cell(row: ana, column: 6)?.value.doubleValue)
        #expect(abs(low - 55.159) < 0.001 && abs(high - 100) < 1e-9, "clamped to 100")
        #expect(abs((sheet.cell(row: ana, column: 7)?.value.doubleValue ?? -1) - 2.0 / 3) < 1e-12)
        // Compliance: one error in two applicable → 50 %.
        #expect(sheet.cell(row: ana, column: 10)?.value == .number(0.5))
        #expect(sheet.cell(row: ana, column: 11)?.value == .text(""))
        #expect(sheet.cell(row: coric, column: 3)?.value == .number(2))
        #expect(sheet.cell(row: coric, column: 4)?.value == .number(100), "the unscored evaluation is left out of the mean")
        #expect(sheet.cell(row: coric, column: 11)?.value == .text("below minimum sample (3)"))
        #expect(sheet.cell(row: coric, column: 10)?.value == .text(""), "compliance never applied")
    }

    @Test("heat map and trend: AVERAGEIFS per agent and criterion; per month counts, means and a combined chart")
    func heatMapAndTrend() throws {
        let file = try Self.write()
        let heat = try file.sheet("Criterion heat map")
        let ana = try Self.row(heat, "ana")
        #expect(heat.cell(row: ana, column: 2)?.value == .number(0.5), "(1 + 0.5 + 0) / 3")
        #expect(heat.cell(row: ana, column: 2)?.formula?.hasPrefix("IFERROR(AVERAGEIFS(Evaluations!$P$2:$P$6") == true)
        #expect(heat.conditionalFormats.contains { $0.type == "colorScale" })
        let trend = try file.sheet("QA trend")
        let october = try Self.row(trend, "2026-10"), november = try Self.row(trend, "2026-11")
        #expect(trend.cell(row: october, column: 1)?.value == .number(2))
        #expect(trend.cell(row: october, column: 2)?.value == .number(85))
        #expect(trend.cell(row: november, column: 1)?.value == .number(3))
        #expect(trend.cell(row: november, column: 2)?.value == .number(85), "(70 + 100) / 2")
        #expect(abs((trend.cell(row: november, column: 3)?.value.doubleValue ?? -1) - 1.0 / 3) < 1e-12)
        let chart = try #require(trend.charts.first)
        #expect(chart.kinds == ["bar", "line"])
        #expect(chart.seriesNames == ["Evaluations", "Mean score %"])
    }
}

extension QaWorkbookTests {
    @Test("evaluator summary: evaluations, mean given and its distance from everyone's mean, live")
    func evaluatorSummary() throws {
        let sheet = try Self.write().sheet("Evaluator summary")
        let row = try Self.row(sheet, "Eglė Žemaitė")
        #expect(sheet.cell(row: row, column: 1)?.value == .number(5))
        #expect(sheet.cell(row: row, column: 2)?.value == .number(85), "(80 + 90 + 70 + 100) / 4")
        #expect(sheet.cell(row: row, column: 4)?.value == .number(0), "the only evaluator is everyone")
        #expect(sheet.cell(row: row, column: 2)?.formula?.hasPrefix("IFERROR(AVERAGEIFS(Evaluations!$K$2:$K$6,Evaluations!$G$2:$G$6") == true)
    }
}
