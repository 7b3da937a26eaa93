import Quality
import Workbook

/// The calibration workbook design: "Calibration" (per criterion the items, deviation from the
/// benchmark, spread and Krippendorff's alpha with its reading; per evaluator leniency with a
/// data bar) and "Calibration scores" (every interaction × criterion: the benchmark, each
/// evaluator's score and deviation on a red–blue scale around 0, the panel's spread).
///
/// ```swift
/// let analysis = try CalibrationAnalysis(items: file.items, benchmarkRaterId: "expert", criteria: file.criteria)
/// try Workbook.write(to: url) { workbook in
///     try QaCalibrationSheets.add(to: workbook, analysis: analysis, items: file.items, notes: ["Ratings: ratings.csv"])
/// }
/// ```
///
/// Figures are values computed by Headset, not formulas: alpha cannot be a spreadsheet formula,
/// and deviations that moved while the alpha beside them stood still would mislead.
public enum QaCalibrationSheets {
    public static var sheetNames: [String] { summaries.map(\.sheetName) }

    public static let summaries = [
        SheetSummary(sheetName: QaCalibrationSheet.name,
                     description: "Per criterion: deviation from the benchmark, spread, Krippendorff's alpha and its reading; "
                         + "per evaluator: leniency and mean absolute deviation."),
        SheetSummary(sheetName: QaCalibrationScoresSheet.name,
                     description: "Every interaction and criterion: the benchmark, each evaluator's score and deviation, the spread."),
    ]

    /// Adds the sheets in the order of ``summaries``.
    ///
    /// - Parameters:
    ///   - analysis: the session analysed.
    ///   - items: the items it was analysed from, for scores the benchmark left N/A (the
    ///     analysis keeps only scores it could compare) and for Fleiss' kappa.
    ///   - notes: lines shown under the title, such as the ratings file.
    public static func add(to workbook: Workbook, analysis: CalibrationAnalysis, items: [CalibrationItem],
                           notes: [String] = []) throws {
        let summaries = QaCalibrationCriterionSummary.all(analysis, items: items)
        try QaCalibrationSheet.add(to: workbook, analysis: analysis, items: items, summaries: summaries, notes: notes)
        try QaCalibrationScoresSheet.add(to: workbook, analysis: analysis, items: items)
    }

    /// Blue below 0 (stricter than the benchmark), white at 0, red above (more lenient).
    static let deviationScale = ConditionalFormat.divergingScale(
        midpoint: 0, below: Color(rgb: 0x5B9BD5), atMidpoint: .white, above: Color(rgb: 0xF8696B))

    /// `+1.5`, `-0.5`, `0.0`: a signed deviation.
    static let deviationStyle = CellStyle().with(numberFormat: "+0.0;-0.0;0.0", horizontalAlignment: .center)

    /// How a target is titled in the sheets.
    static func title(of target: CalibrationTarget) -> String {
        switch target {
        case .criterion(let id): id
        case .overall: "Overall score"
        }
    }
}
