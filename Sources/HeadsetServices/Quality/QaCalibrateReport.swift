public import Interchange
public import Quality
public import Reports

/// `headset qa calibrate --format json`: the session against the benchmark, per criterion, the
/// overall score and per evaluator. Keys without a value are null, never left out; lists keyed
/// by user names (raters, criteria) are arrays of objects, because the snake_case key
/// conversion would rewrite names used as object keys. The shape is documented in docs/quality.md.
public struct QaCalibrateReport {
    public let analysis: CalibrationAnalysis
    public let file: CalibrationRatingsFile
    public let summaries: [QaCalibrationCriterionSummary]
    /// Every rating by interaction: the analysis keeps only scores it could compare.
    private let ratings: [String: [CalibrationRating]]

    public init(analysis: CalibrationAnalysis, file: CalibrationRatingsFile) {
        self.analysis = analysis
        self.file = file
        self.summaries = QaCalibrationCriterionSummary.all(analysis, items: file.items)
        self.ratings = Dictionary(file.items.map { ($0.interactionId, $0.ratings) }, uniquingKeysWith: { first, _ in first })
    }

    /// What an evaluator's headline leniency is measured on: the overall score when anyone's
    /// overall score could be compared, else criterion scores pooled. One basis for the whole
    /// session, so evaluators compare with each other.
    public var leniencyBasis: String {
        analysis.evaluators.contains { $0.overall != nil } ? "overall" : "criteria"
    }

    /// Encodes nil as null instead of leaving the key out.
    @propertyWrapper
    public struct Nullable<Value: Encodable>: Encodable {
        public var wrappedValue: Value?

        public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
        }
    }

    public struct JSON: Encodable {
        public let ratingsFile: String
        public let benchmark: String
        public let level: String
        /// Interactions in the session.
        public let interactions: Int
        /// Every rater, the benchmark included, in order of first appearance.
        public let raters: [String]
        public let criteria: [Criterion]
        public let overall: Criterion
        /// `overall` or `criteria`: what each evaluator's leniency, mean_absolute_deviation and
        /// comparisons are measured on.
        public let leniencyBasis: String
        public let evaluators: [Evaluator]
    }

    public struct Criterion: Encodable {
        /// The criterion id, or `overall`.
        public let criterion: String
        /// Interactions the benchmark scored on it.
        public let items: Int
        public let comparisons: Int
        @Nullable public var meanAbsoluteDeviation: Double?
        /// Mean (score − benchmark) over all evaluators: + the panel is more lenient.
        @Nullable public var meanDeviation: Double?
        /// Mean over interactions of the panel's standard deviation.
        @Nullable public var meanStandardDeviation: Double?
        @Nullable public var largestRange: Double?
        @Nullable public var alpha: Double?
        /// Interactions with two or more scores.
        public let alphaUnits: Int
        public let pairableValues: Int
        /// `reliable`, `tentative`, `unreliable`; null without alpha.
        @Nullable public var reading: String?
        @Nullable public var fleissKappa: Double?
        /// Why fleiss_kappa is null; null when it has a value.
        @Nullable public var fleissKappaNote: String?
        public let byItem: [Item]
    }

    public struct Item: Encodable {
        public let interaction: String
        @Nullable public var benchmark: Double?
        /// Every evaluator who scored it (the benchmark is `benchmark`).
        public let scores: [Score]
        @Nullable public var meanAbsoluteDeviation: Double?
        @Nullable public var standardDeviation: Double?
        @Nullable public var lowest: Double?
        @Nullable public var highest: Double?
        @Nullable public var range: Double?
    }

    public struct Score: Encodable {
        public let rater: String
        public let score: Double
        /// score − benchmark; null when the benchmark marked it N/A.
        @Nullable public var deviation: Double?
    }

    public struct Evaluator: Encodable {
        public let rater: String
        /// Mean (score − benchmark) on the leniency basis: + more lenient, − stricter.
        @Nullable public var leniency: Double?
        @Nullable public var meanAbsoluteDeviation: Double?
        public let comparisons: Int
        @Nullable public var overall: Deviation?
        /// Pooled over every criterion.
        @Nullable public var criteria: Deviation?
        public let byCriterion: [CriterionDeviation]
    }

    public struct Deviation: Encodable {
        public let leniency: Double
        public let meanAbsoluteDeviation: Double
        public let comparisons: Int
    }

    public struct CriterionDeviation: Encodable {
        public let criterion: String
        public let leniency: Double
        public let meanAbsoluteDeviation: Double
        public let comparisons: Int
    }

    /// Nine decimals: enough for any score, and `0.1 + 0.2` prints as 0.3.
    public static func clean(_ value: Double) -> Double { (value * 1e9).rounded() / 1e9 }
    public static func clean(_ value: Double?) -> Double? { value.map { clean($0) } }

    public static func deviation(_ summary: DeviationSummary?) -> Deviation? {
        summary.map { Deviation(leniency: clean($0.meanDeviation), meanAbsoluteDeviation: clean($0.meanAbsoluteDeviation),
                                comparisons: $0.comparisons) }
    }

    public var json: JSON {
        let calibrations = analysis.criteria + [analysis.overall]
        let criteria = zip(calibrations, summaries).map { calibration, summary in criterion(calibration, summary) }
        let criterionIds = file.criteria
        let basis = leniencyBasis
        let evaluators = analysis.evaluators.map { evaluator in
            let headline = basis == "overall" ? evaluator.overall : evaluator.criteria
            return Evaluator(
                rater: evaluator.raterId, leniency: Self.clean(headline?.meanDeviation),
                meanAbsoluteDeviation: Self.clean(headline?.meanAbsoluteDeviation), comparisons: headline?.comparisons ?? 0,
                overall: Self.deviation(evaluator.overall), criteria: Self.deviation(evaluator.criteria),
                byCriterion: criterionIds.compactMap { id in
                    evaluator.byCriterion[id].map {
                        CriterionDeviation(criterion: id, leniency: Self.clean($0.meanDeviation),
                                           meanAbsoluteDeviation: Self.clean($0.meanAbsoluteDeviation), comparisons: $0.comparisons)
                    }
                })
        }
        return JSON(ratingsFile: file.source, benchmark: analysis.benchmarkRaterId, level: analysis.level.rawValue,
                    interactions: file.items.count, raters: file.raters, criteria: Array(criteria.dropLast()),
                    overall: criteria[criteria.count - 1], leniencyBasis: basis, evaluators: evaluators)
    }

    private func criterion(_ calibration: CriterionCalibration, _ summary: QaCalibrationCriterionSummary) -> Criterion {
        let byItem = calibration.items.map { item -> Item in
            let deviations = Dictionary(item.deviations.map { ($0.raterId, $0.deviation) }, uniquingKeysWith: { first, _ in first })
            let scores = (ratings[item.interactionId] ?? [])
                .filter { $0.raterId != analysis.benchmarkRaterId }
                .sorted { $0.raterId < $1.raterId }
                .compactMap { rating in
                    rating.score(for: calibration.target).map {
                        Score(rater: rating.raterId, score: Self.clean($0), deviation: Self.clean(deviations[rating.raterId]))
                    }
                }
            return Item(interaction: item.interactionId, benchmark: Self.clean(item.benchmark), scores: scores,
                        meanAbsoluteDeviation: Self.clean(item.meanAbsoluteDeviation),
                        standardDeviation: Self.clean(item.standardDeviation), lowest: item.lowest, highest: item.highest,
                        range: Self.clean(item.range))
        }
        return Criterion(criterion: summary.name, items: summary.items, comparisons: summary.comparisons,
                         meanAbsoluteDeviation: Self.clean(summary.meanAbsoluteDeviation),
                         meanDeviation: Self.clean(summary.meanDeviation),
                         meanStandardDeviation: Self.clean(summary.meanStandardDeviation),
                         largestRange: Self.clean(summary.largestRange), alpha: Self.clean(summary.alpha),
                         alphaUnits: summary.alphaUnits, pairableValues: summary.pairableValues,
                         reading: summary.reading?.rawValue, fleissKappa: Self.clean(summary.fleiss.kappa),
                         fleissKappaNote: summary.fleiss.note, byItem: byItem)
    }
}
