import Quality

/// The figures a calibration report shows for one criterion (or the overall score): how many
/// interactions the benchmark scored, how far the evaluators were from it, how widely the panel
/// spread, and how far they agree beyond chance. The CLI and the workbook both show these, so
/// they show the same numbers.
public struct QaCalibrationCriterionSummary: Sendable {
    public let target: CalibrationTarget
    /// Interactions the benchmark scored on this target (the others have no deviations).
    public let items: Int
    /// Evaluator scores compared with the benchmark's.
    public let comparisons: Int
    /// Mean |score − benchmark| over the comparisons; nil without comparisons.
    public let meanAbsoluteDeviation: Double?
    /// Mean score − benchmark: + the panel scores more leniently, − more strictly.
    public let meanDeviation: Double?
    /// Mean over interactions of the panel's standard deviation (benchmark included); nil when
    /// no interaction has two scores.
    public let meanStandardDeviation: Double?
    /// The widest highest − lowest on one interaction.
    public let largestRange: Double?
    /// Krippendorff's alpha over interactions × raters; nil when undefined or not pairable.
    public let alpha: Double?
    /// Interactions with two or more scores (alpha's pairable units).
    public let alphaUnits: Int
    public let pairableValues: Int
    public let fleiss: QaCalibrationKappa

    /// The criterion id, or `overall`.
    public var name: String {
        switch target {
        case .criterion(let id): id
        case .overall: "overall"
        }
    }

    public var reading: QaCalibrationReading? { alpha.map(QaCalibrationReading.init(alpha:)) }

    public init(_ calibration: CriterionCalibration, items: [CalibrationItem]) {
        target = calibration.target
        self.items = calibration.items.filter { $0.benchmark != nil }.count
        comparisons = calibration.deviation?.comparisons ?? 0
        meanAbsoluteDeviation = calibration.deviation?.meanAbsoluteDeviation
        meanDeviation = calibration.deviation?.meanDeviation
        let deviations = calibration.items.compactMap(\.standardDeviation)
        meanStandardDeviation = deviations.isEmpty ? nil : deviations.reduce(0, +) / Double(deviations.count)
        largestRange = calibration.items.compactMap(\.range).max()
        alpha = calibration.agreement?.alpha
        alphaUnits = calibration.agreement?.units ?? 0
        pairableValues = calibration.agreement?.pairableValues ?? 0
        fleiss = QaCalibrationKappa(items: items, target: calibration.target)
    }

    /// Every criterion in the analysis's order, then the overall score.
    public static func all(_ analysis: CalibrationAnalysis, items: [CalibrationItem]) -> [QaCalibrationCriterionSummary] {
        (analysis.criteria + [analysis.overall]).map { QaCalibrationCriterionSummary($0, items: items) }
    }
}
