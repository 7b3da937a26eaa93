/// A calibration session analysed: for every criterion and the overall score, the benchmark,
/// each rater's deviation from it, the panel's spread and Krippendorff's alpha across items; for
/// every evaluator, leniency and mean absolute deviation.
///
/// ```swift
/// let item = CalibrationItem(interactionId: "call-17", ratings: [
///     CalibrationRating(raterId: "expert", scores: ["greeting": 4, "hold": 3], overall: 80),
///     CalibrationRating(raterId: "ana", scores: ["greeting": 5, "hold": nil], overall: 90),
/// ])
/// let session = try CalibrationAnalysis(items: [item], benchmarkRaterId: "expert")
/// session.evaluators[0].overall?.meanDeviation   // 10: ana scores 10 points more leniently
/// ```
///
/// Deviation = rater's score − benchmark's score, only where both scored (N/A is skipped, not
/// zero). Leniency is the mean signed deviation (positive = more lenient than the benchmark).
/// Spread (standard deviation, range) is over every rater who scored, the benchmark included.
/// Alpha treats items as units and raters as coders, at `level`.
public struct CalibrationAnalysis: Equatable, Sendable {
    public let benchmarkRaterId: String
    public let level: MeasurementLevel
    /// One per criterion, in the order asked for (or criterion ids ascending).
    public let criteria: [CriterionCalibration]
    public let overall: CriterionCalibration
    /// Every rater but the benchmark, by rater id.
    public let evaluators: [EvaluatorCalibration]

    /// - Parameters:
    ///   - items: the interactions scored; every one must be scored by the benchmark rater.
    ///   - benchmarkRaterId: the expert whose scores count as right.
    ///   - criteria: criterion ids in report order; nil takes every id scored, ascending.
    ///   - level: level of measurement for alpha (interval suits numeric scores).
    public init(items: [CalibrationItem], benchmarkRaterId: String, criteria: [String]? = nil,
                level: MeasurementLevel = .interval) throws(AgreementError) {
        guard !items.isEmpty else { throw .noSubjects }
        var seenItems: Set<String> = []
        for item in items {
            guard seenItems.insert(item.interactionId).inserted else {
                throw .duplicateItem(interactionId: item.interactionId)
            }
            var seenRaters: Set<String> = []
            for rating in item.ratings {
                guard seenRaters.insert(rating.raterId).inserted else {
                    throw .duplicateRating(interactionId: item.interactionId, raterId: rating.raterId)
                }
                for (criterion, score) in rating.scores where !score.isFinite {
                    throw .nonFiniteScore(interactionId: item.interactionId, raterId: rating.raterId,
                                          criterion: "criterion '\(criterion)'")
                }
                if let overall = rating.overall, !overall.isFinite {
                    throw .nonFiniteScore(interactionId: item.interactionId, raterId: rating.raterId,
                                          criterion: "overall score")
                }
            }
            guard seenRaters.contains(benchmarkRaterId) else {
                throw .benchmarkNotRated(interactionId: item.interactionId, benchmarkRaterId: benchmarkRaterId)
            }
        }

        let raters = Set(items.flatMap { $0.ratings.map(\.raterId) }).sorted()
        let criterionIds = criteria ?? Set(items.flatMap { $0.ratings.flatMap(\.scores.keys) }).sorted()
        var criterionResults: [CriterionCalibration] = []
        for id in criterionIds {
            criterionResults.append(try Self.calibrate(.criterion(id), items: items, raters: raters,
                                                       benchmark: benchmarkRaterId, level: level))
        }
        let overallResult = try Self.calibrate(.overall, items: items, raters: raters,
                                               benchmark: benchmarkRaterId, level: level)

        self.benchmarkRaterId = benchmarkRaterId
        self.level = level
        self.criteria = criterionResults
        self.overall = overallResult
        self.evaluators = raters.filter { $0 != benchmarkRaterId }.map { rater in
            Self.evaluator(rater, criteria: criterionResults, overall: overallResult)
        }
    }

    private static func calibrate(_ target: CalibrationTarget, items: [CalibrationItem], raters: [String],
                                  benchmark: String, level: MeasurementLevel) throws(AgreementError) -> CriterionCalibration {
        let column = Dictionary(uniqueKeysWithValues: raters.enumerated().map { ($1, $0) })
        var matrix: [[Double?]] = []
        var pooled = DeviationAccumulator()
        var itemResults: [ItemCalibration] = []
        for item in items {
            var row = [Double?](repeating: nil, count: raters.count)
            var scores: [(raterId: String, score: Double)] = []
            var benchmarkScore: Double?
            for rating in item.ratings.sorted(by: { $0.raterId < $1.raterId }) {
                guard let score = rating.score(for: target), let position = column[rating.raterId] else { continue }
                row[position] = score
                scores.append((rating.raterId, score))
                if rating.raterId == benchmark { benchmarkScore = score }
            }
            matrix.append(row)
            let result = ItemCalibration(interactionId: item.interactionId, benchmark: benchmarkScore,
                                         scores: scores, benchmarkRaterId: benchmark)
            for deviation in result.deviations { pooled.add(deviation.deviation) }
            itemResults.append(result)
        }
        let agreement: KrippendorffAlpha?
        do {
            agreement = try KrippendorffAlpha(ratings: matrix, level: level)
        } catch .noPairableValues {
            agreement = nil
        }
        return CriterionCalibration(target: target, items: itemResults, deviation: pooled.summary, agreement: agreement)
    }

    private static func evaluator(_ rater: String, criteria: [CriterionCalibration],
                                  overall: CriterionCalibration) -> EvaluatorCalibration {
        func deviations(_ calibration: CriterionCalibration) -> [Double] {
            calibration.items.flatMap { $0.deviations.filter { $0.raterId == rater }.map(\.deviation) }
        }
        var overallAccumulator = DeviationAccumulator()
        deviations(overall).forEach { overallAccumulator.add($0) }
        var pooled = DeviationAccumulator()
        var byCriterion: [String: DeviationSummary] = [:]
        for calibration in criteria {
            guard case .criterion(let id) = calibration.target else { continue }
            var accumulator = DeviationAccumulator()
            for deviation in deviations(calibration) {
                accumulator.add(deviation)
                pooled.add(deviation)
            }
            byCriterion[id] = accumulator.summary
        }
        return EvaluatorCalibration(raterId: rater, overall: overallAccumulator.summary,
                                    criteria: pooled.summary, byCriterion: byCriterion)
    }
}
