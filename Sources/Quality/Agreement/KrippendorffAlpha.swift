/// Krippendorff's alpha: how far raters agree beyond what chance would give, for any number of
/// raters, missing values and any level of measurement.
///
/// ```swift
/// // One row per unit (interaction), one column per rater; nil = not rated.
/// let ratings: [[Double?]] = [[1, 1, nil, 1], [2, 2, 3, 2], [3, 3, 3, 3]]
/// let result = try KrippendorffAlpha(ratings: ratings, level: .ordinal)
/// result.alpha            // nil only when every pairable value is the same
/// result.units            // units with two or more values
/// result.pairableValues   // n.. in Krippendorff's notation
/// ```
///
/// From a CSV of units × raters, empty cell = missing:
/// `rows.map { $0.map { $0.isEmpty ? nil : Double($0) } }` is the `ratings` argument.
///
/// Computed as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg
/// School for Communication, University of Pennsylvania:
///
///     α = 1 − D_o / D_e
///     D_o = (1/n..) Σ_c Σ_k o_ck δ²(c, k)                  observed disagreement
///     D_e = (1/(n..(n.. − 1))) Σ_c Σ_k n_c n_k δ²(c, k)    expected disagreement
///     o_ck = Σ_u (number of c–k pairs of values in unit u) / (m_u − 1)
///
/// where m_u is the number of values in unit u, n_c = Σ_k o_ck and n.. = Σ_c n_c. Only units with
/// m_u ≥ 2 are pairable. The coincidence sums are taken unit by unit over the unit's distinct
/// values rather than stored (see ``CoincidenceMatrix`` for the matrix itself). Σ n_c n_k δ² of
/// D_e is taken in closed form for nominal (n..² − Σ n_c²), interval (2 n.. Σ n_c (c − mean)²) and
/// ordinal data (the same on mid-cumulative frequencies, see `DifferenceFunction`), so those
/// levels cost one pass over the values even when every value is distinct; ratio data sum over
/// pairs of distinct values, V²/2 terms for V distinct values.
///
/// Undefined cases: no pairable value at all throws ``AgreementError/noPairableValues`` (the data
/// cannot measure agreement, usually a wrong file); when every pairable value is the same, D_e = 0
/// and ``alpha`` is nil — agreement is complete but cannot be told from chance.
public struct KrippendorffAlpha: Equatable, Sendable {
    public let level: MeasurementLevel
    /// α; nil when the expected disagreement is 0 (a single distinct value).
    public let alpha: Double?
    /// Pairable units: units with values from two or more raters.
    public let units: Int
    /// n..: the values in pairable units.
    public let pairableValues: Int
    /// D_o.
    public let observedDisagreement: Double
    /// D_e.
    public let expectedDisagreement: Double

    /// - Parameters:
    ///   - ratings: one row per unit, one column per rater, nil for a missing value. Which rater a
    ///     column is does not enter alpha, so rows may differ in length.
    ///   - level: how values are compared.
    public init(ratings: [[Double?]], level: MeasurementLevel) throws(AgreementError) {
        let table = try PairableValueTable(ratings: ratings, rejectNegative: level == .ratio)
        guard table.pairableValues > 0 else { throw .noPairableValues }
        let delta = DifferenceFunction(level: level, table: table)
        let n = Double(table.pairableValues)

        var observedSum = 0.0
        for u in 0..<table.pairableUnits {
            let (entries, valueCount) = table.unit(u)
            var unitSum = 0.0
            for first in entries.indices {
                for second in entries.indices where second > first {
                    let a = entries[first], b = entries[second]
                    unitSum += 2 * Double(a.count * b.count) * delta.squared(a.value, b.value)
                }
            }
            observedSum += unitSum / Double(valueCount - 1)
        }

        let expectedSum = Self.expectedSum(table: table, delta: delta)
        self.level = level
        self.units = table.pairableUnits
        self.pairableValues = table.pairableValues
        self.observedDisagreement = observedSum / n
        self.expectedDisagreement = expectedSum / (n * (n - 1))
        // With two or more distinct values every level has δ² > 0 for some pair, so D_e > 0.
        self.alpha = table.values.count >= 2 ? 1 - observedDisagreement / expectedDisagreement : nil
    }

    /// Σ_c Σ_k n_c n_k δ²(c, k) over ordered pairs.
    private static func expectedSum(table: PairableValueTable, delta: DifferenceFunction) -> Double {
        let totals = table.totals
        let n = Double(table.pairableValues)
        switch delta.level {
        case .nominal:
            return n * n - totals.reduce(0) { $0 + $1 * $1 }
        case .interval, .ordinal:
            // Σ_c Σ_k n_c n_k (x_c − x_k)² = 2 (n.. S2 − S1²) with S1, S2 the first and second sums
            // of (position − mean); centring keeps large, close values from cancelling.
            let positions = delta.positions
            let mean = zip(positions, totals).reduce(0) { $0 + $1.0 * $1.1 } / n
            var s1 = 0.0, s2 = 0.0
            for (position, count) in zip(positions, totals) {
                let centred = position - mean
                s1 += count * centred
                s2 += count * centred * centred
            }
            return 2 * (n * s2 - s1 * s1)
        case .ratio:
            var sum = 0.0
            for c in totals.indices {
                var row = 0.0
                for k in totals.indices where k > c {
                    row += totals[k] * delta.squared(c, k)
                }
                sum += 2 * totals[c] * row
            }
            return sum
        }
    }
}
