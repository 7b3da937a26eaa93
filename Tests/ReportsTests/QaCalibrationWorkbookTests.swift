import Foundation
import Quality
import Reports
import Testing
import Workbook
import XlsxReader

/// The calibration workbook read back: the per-criterion table with alpha and its reading, the
/// evaluator leniency table with data bars, and the scores sheet with deviations on a red–blue
/// scale per criterion — every figure the hand-worked one.
///
///              greeting        hold          overall
///              call-1 call-2   call-1 call-2 call-1 call-2
///     expert     4      2        3      5      80     60
///     ana        5      3        –      4      90     75
///     ben        3      2        3      –      70     55
///
/// (the session of the Quality module's CalibrationAnalysisTests; alpha 21/41, 8/11, 3/8 there)
/// One test adds call-3, where the expert marked greeting N/A: only its overall score is compared.
@Suite("QA calibration workbook")
struct QaCalibrationWorkbookTests {
    static let items = [
        CalibrationItem(interactionId: "call-1", ratings: [
            CalibrationRating(raterId: "expert", scores: ["greeting": 4, "hold": 3], overall: 80),
            CalibrationRating(raterId: "ana", scores: ["greeting": 5, "hold": nil], overall: 90),
            CalibrationRating(raterId: "ben", scores: ["greeting": 3, "hold": 3], overall: 70),
        ]),
        CalibrationItem(interactionId: "call-2", ratings: [
            CalibrationRating(raterId: "ana", scores: ["greeting": 3, "hold": 4], overall: 75),
            CalibrationRating(raterId: "ben", scores: ["greeting": 2], overall: 55),
            CalibrationRating(raterId: "expert", scores: ["greeting": 2, "hold": 5], overall: 60),
        ]),
    ]

    static func write(_ items: [CalibrationItem] = items) throws -> XlsxFile {
        let analysis = try CalibrationAnalysis(items: items, benchmarkRaterId: "expert", criteria: ["greeting", "hold"])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("calibration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("calibration.xlsx")
        try Workbook.write(to: url) { workbook in
            try QaCalibrationSheets.add(to: workbook, analysis: analysis, items: items, notes: ["Ratings: session.csv"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["calibration.xlsx"], "no temporary left")
        return try XlsxFile(contentsOf: url)
    }

    static func row(_ sheet: XlsxSheet, _ text: String, column: Int = 0, after: Int = -1) throws -> Int {
        try #require(((after + 1)...max(after + 1, sheet.maxRow)).first { sheet.cell(row: $0, column: column)?.value == .text(text) })
    }

    static func number(_ sheet: XlsxSheet, _ row: Int, _ column: Int) -> Double? {
        sheet.cell(row: row, column: column)?.value.doubleValue
    }

    static func near(_ value: Double?, _ expected: Double) -> Bool {
        value.map { abs($0 - expected) < 1e-12 } ?? false
    }

    @Test("two sheets in order; the title, the notes and the criterion table with frozen header")
    func criteria() throws {
        let file = try Self.write()
        #expect(file.sheetNames == QaCalibrationSheets.sheetNames)
        #expect(file.sheetNames == ["Calibration", "Calibration scores"])
        let sheet = try file.sheet("Calibration")
        #expect(sheet.cell("A1")?.value == .text("Calibration against the benchmark 'expert'"))
        #expect(sheet.cell("A2")?.value == .text("Ratings: session.csv"))
        let header = try Self.row(sheet, "Criterion")
        #expect(sheet.frozenRows == header + 1 && sheet.frozenColumns == 1)
        #expect((0..<11).map { sheet.cell(row: header, column: $0)?.value.stringValue } == [
            "Criterion", "Interactions", "Comparisons", "Mean |deviation|", "Leniency", "Mean SD",
            "Largest range", "Krippendorff's α", "Reading", "Fleiss' κ", "Note",
        ])
        let greeting = try Self.row(sheet, "greeting"), hold = try Self.row(sheet, "hold"), overall = try Self.row(sheet, "Overall score")
        #expect([greeting, hold, overall] as [Int] == [header + 1, header + 2, header + 3])
        // Greeting: deviations +1, −1, +1, 0 → mean |deviation| 0.75, leniency +0.25; SDs 1 and √(1/3).
        #expect(Self.number(sheet, greeting, 1) == 2 && Self.number(sheet, greeting, 2) == 4)
        #expect(Self.near(Self.number(sheet, greeting, 3), 0.75) && Self.near(Self.number(sheet, greeting, 4), 0.25))
        #expect(Self.near(Self.number(sheet, greeting, 5), (1 + (1.0 / 3).squareRoot()) / 2))
        #expect(Self.number(sheet, greeting, 6) == 2)
        #expect(Self.near(Self.number(sheet, greeting, 7), 21.0 / 41))
        #expect(sheet.cell(row: greeting, column: 8)?.value == .text("unreliable"))
        #expect(Self.near(Self.number(sheet, hold, 7), 8.0 / 11))
        #expect(sheet.cell(row: hold, column: 8)?.value == .text("tentative"))
        #expect(Self.near(Self.number(sheet, overall, 7), 3.0 / 8))
        #expect(Self.near(Self.number(sheet, overall, 4), 2.5) && Self.near(Self.number(sheet, overall, 3), 10))
        #expect(sheet.cell(row: overall, column: 9)?.value.isEmpty ?? true, "no kappa on the overall score")
        #expect(sheet.cell(row: overall, column: 10)?.value.stringValue?.hasPrefix("Fleiss' κ: the overall score") == true)
    }

    @Test("Fleiss' kappa where every interaction has the same number of whole-number scores")
    func kappa() throws {
        let sheet = try Self.write().sheet("Calibration")
        let greeting = try Self.row(sheet, "greeting"), hold = try Self.row(sheet, "hold")
        // Greeting: {4, 5, 3}, {3, 2, 2}; categories 2…5: P_1 = 0, P_2 = 1/3, P̄ = 1/6;
        // p = (2, 2, 1, 1)/6, P̄e = 10/36; κ = (1/6 − 10/36)/(1 − 10/36) = −4/26 = −2/13.
        #expect(Self.near(Self.number(sheet, greeting, 9), -2.0 / 13))
        // Hold: {3, 3}, {4, 5}: P̄ = 1/2, p = (2, 1, 1)/4, P̄e = 6/16; κ = (1/2 − 3/8)/(5/8) = 1/5.
        #expect(Self.near(Self.number(sheet, hold, 9), 0.2))
    }

    @Test("alpha and its reading coloured as Krippendorff reads them, blank alphas left alone")
    func readings() throws {
        let sheet = try Self.write().sheet("Calibration")
        let header = try Self.row(sheet, "Criterion")
        let rules = sheet.conditionalFormats.filter { $0.type == "expression" }
        let range = "H\(header + 2):I\(header + 4)"
        #expect(rules.map(\.sqref) == [range, range, range])
        #expect(rules.map { $0.formulas.first ?? "" } == [
            "AND(ISNUMBER($H\(header + 2)),$H\(header + 2)>=0.8)",
            "AND(ISNUMBER($H\(header + 2)),$H\(header + 2)>=0.667,$H\(header + 2)<0.8)",
            "AND(ISNUMBER($H\(header + 2)),$H\(header + 2)<0.667)",
        ])
    }

    @Test("evaluators: leniency and mean absolute deviation, overall and criteria apart, with data bars")
    func evaluators() throws {
        let sheet = try Self.write().sheet("Calibration")
        let header = try Self.row(sheet, "Evaluator")
        #expect(sheet.cell(row: header - 1, column: 0)?.value == .text("Evaluators against the benchmark"))
        #expect(sheet.cell(row: header, column: 7)?.value == .text("greeting: leniency"))
        let ana = try Self.row(sheet, "ana", after: header), ben = try Self.row(sheet, "ben", after: header)
        // Ana: overall +10, +15; criteria +1, +1, −1 (hold on call-2).
        #expect(Self.number(sheet, ana, 1) == 2 && Self.number(sheet, ana, 2) == 12.5 && Self.number(sheet, ana, 3) == 12.5)
        #expect(Self.number(sheet, ana, 4) == 3 && Self.near(Self.number(sheet, ana, 5), 1.0 / 3))
        #expect(Self.near(Self.number(sheet, ana, 6), 1))
        #expect(Self.number(sheet, ana, 7) == 1 && Self.number(sheet, ana, 8) == -1)
        #expect(Self.number(sheet, ben, 2) == -7.5 && Self.number(sheet, ben, 8) == 0)
        let bars = sheet.conditionalFormats.filter { $0.type == "dataBar" }
        #expect(bars.map(\.sqref) == ["C\(ana + 1):C\(ben + 1)", "F\(ana + 1):F\(ben + 1)"])
        let scales = sheet.conditionalFormats.filter { $0.type == "colorScale" }
        #expect(scales.map(\.sqref) == ["H\(ana + 1):H\(ben + 1)", "I\(ana + 1):I\(ben + 1)"])
    }

    @Test("scores: one row per interaction and criterion, the benchmark beside each evaluator and deviation")
    func scores() throws {
        let sheet = try Self.write().sheet("Calibration scores")
        #expect((0..<10).map { sheet.cell(row: 0, column: $0)?.value.stringValue } == [
            "Interaction", "Criterion", "Benchmark: expert", "ana", "ben", "ana − benchmark", "ben − benchmark",
            "Mean |deviation|", "SD", "Range",
        ])
        #expect(sheet.frozenRows == 1 && sheet.frozenColumns == 1)
        #expect(sheet.autoFilter == "A1:J7")
        let rows = (1...6).map { row in
            [sheet.cell(row: row, column: 0)?.value.stringValue ?? "", sheet.cell(row: row, column: 1)?.value.stringValue ?? ""]
        }
        #expect(rows == [["call-1", "greeting"], ["call-2", "greeting"], ["call-1", "hold"], ["call-2", "hold"],
                         ["call-1", "Overall score"], ["call-2", "Overall score"]])
        // call-1 greeting: expert 4, ana 5 (+1), ben 3 (−1); SD 1, range 2.
        #expect((2...9).map { Self.number(sheet, 1, $0) } == [4, 5, 3, 1, -1, 1, 1, 2])
        // call-1 hold: ana N/A — blank score and deviation; ben 3 (0).
        #expect(sheet.cell(row: 3, column: 3)?.value.isEmpty ?? true)
        #expect(sheet.cell(row: 3, column: 5)?.value.isEmpty ?? true)
        #expect(Self.number(sheet, 3, 6) == 0)
        #expect((2...6).map { Self.number(sheet, 6, $0) } == [60, 75, 55, 15, -5])
    }

    @Test("deviations on a blue–white–red scale around 0, one scale per criterion")
    func deviationScales() throws {
        let sheet = try Self.write().sheet("Calibration scores")
        let scales = sheet.conditionalFormats.filter { $0.type == "colorScale" }
        #expect(scales.map(\.sqref) == ["F2:G3", "F4:G5", "F6:G7"])
        #expect(scales.allSatisfy { $0.colors == ["FF5B9BD5", "FFFFFFFF", "FFF8696B"] })
    }

    @Test("a benchmark N/A keeps the other scores on the sheet without deviations")
    func benchmarkNotApplicable() throws {
        let extra = CalibrationItem(interactionId: "call-3", ratings: [
            CalibrationRating(raterId: "expert", scores: ["greeting": nil], overall: 70),
            CalibrationRating(raterId: "ana", scores: ["greeting": 4], overall: 75),
        ])
        let sheet = try Self.write(Self.items + [extra]).sheet("Calibration scores")
        let row = try #require((1...sheet.maxRow).first {
            sheet.cell(row: $0, column: 0)?.value == .text("call-3") && sheet.cell(row: $0, column: 1)?.value == .text("greeting")
        })
        #expect(sheet.cell(row: row, column: 2)?.value.isEmpty ?? true, "the benchmark's N/A")
        #expect(Self.number(sheet, row, 3) == 4, "ana's score stays visible")
        #expect(sheet.cell(row: row, column: 5)?.value.isEmpty ?? true, "no deviation without a benchmark")
        let summary = try Self.write(Self.items + [extra]).sheet("Calibration")
        let greeting = try Self.row(summary, "greeting")
        #expect(Self.number(summary, greeting, 1) == 2, "the benchmark scored greeting on two of three interactions")
        #expect(summary.cell(row: greeting, column: 9)?.value.isEmpty ?? true)
        #expect(summary.cell(row: greeting, column: 10)?.value.stringValue?.contains("raters per interaction differ (1 to 3)") == true)
    }
}
