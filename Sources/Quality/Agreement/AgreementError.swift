/// Why agreement or calibration statistics cannot be computed from the ratings given.
///
/// Positions are 1-based, as a person counts rows and columns: `unit` is the row of a reliability
/// matrix (one interaction or item), `rater` its column, `subject` a row of a kappa table.
public enum AgreementError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No unit has values from two or more raters, so there is no pair to compare.
    case noPairableValues
    /// A value that is not a finite number (NaN or infinity).
    case nonFiniteValue(unit: Int, rater: Int)
    /// A negative value where the ratio metric needs an absolute zero.
    case negativeRatioValue(unit: Int, rater: Int, value: Double)
    /// Fewer raters than a coefficient needs.
    case tooFewRaters(found: Int, required: Int)
    /// Fleiss' kappa needs the same number of ratings for every subject.
    case unequalRaterCounts(subject: Int, expected: Int, found: Int)
    /// Two raters' rating lists of different lengths (Cohen's kappa pairs them by position).
    case lengthMismatch(first: Int, second: Int)
    /// A contingency or weight table that is not square, or whose size differs from the categories.
    case tableShape(String)
    /// A count or weight that is negative or not finite.
    case invalidEntry(String)
    /// A rating outside the categories given.
    case unknownCategory(String)
    /// Nothing to compare: no subjects or calibration items, or no subject rated by both raters.
    case noSubjects
    /// Calibration: the same interaction listed twice.
    case duplicateItem(interactionId: String)
    /// Calibration: one rater scored the same interaction twice.
    case duplicateRating(interactionId: String, raterId: String)
    /// Calibration: the benchmark (expert) rater did not score this interaction.
    case benchmarkNotRated(interactionId: String, benchmarkRaterId: String)
    /// Calibration: a score that is not a finite number.
    case nonFiniteScore(interactionId: String, raterId: String, criterion: String)

    public var description: String {
        switch self {
        case .noPairableValues:
            return "no unit has values from two or more raters: agreement cannot be measured"
        case let .nonFiniteValue(unit, rater):
            return "unit \(unit), rater \(rater): the value is not a finite number"
        case let .negativeRatioValue(unit, rater, value):
            return "unit \(unit), rater \(rater): \(value) is negative; the ratio level needs values of 0 or more"
        case let .tooFewRaters(found, required):
            return "\(found) rater\(found == 1 ? "" : "s"): at least \(required) needed"
        case let .unequalRaterCounts(subject, expected, found):
            return "subject \(subject) has \(found) ratings, the first subject has \(expected); "
                + "Fleiss' kappa needs the same number of raters for every subject"
        case let .lengthMismatch(first, second):
            return "the first rater has \(first) ratings and the second \(second); they must rate the same subjects"
        case .tableShape(let message), .invalidEntry(let message):
            return message
        case .unknownCategory(let category):
            return "rating '\(category)' is not one of the categories given"
        case .noSubjects:
            return "nothing to compare: no subject (or calibration item) was rated by the raters compared"
        case .duplicateItem(let id):
            return "interaction '\(id)' appears twice in the calibration"
        case let .duplicateRating(id, rater):
            return "interaction '\(id)': rater '\(rater)' has two ratings"
        case let .benchmarkNotRated(id, benchmark):
            return "interaction '\(id)': the benchmark rater '\(benchmark)' did not score it"
        case let .nonFiniteScore(id, rater, criterion):
            return "interaction '\(id)', rater '\(rater)', \(criterion): the score is not a finite number"
        }
    }
}
