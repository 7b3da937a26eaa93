/// Krippendorff's coincidence matrix: how often each pair of values was given to the same unit by
/// different raters, each unit weighted 1/(m_u − 1) so that it contributes its m_u values.
///
/// ```swift
/// let matrix = try CoincidenceMatrix(ratings: [[1, 1], [1, 2], [2, 2]])
/// matrix.values          // [1, 2]
/// matrix.coincidences    // [[2, 1], [1, 2]]
/// matrix.valueTotals     // [3, 3]: n_c, summing to n.. = 6
/// ```
///
/// o_ck = Σ_u (number of ordered c–k pairs of values from different raters in u) / (m_u − 1),
/// over pairable units (m_u ≥ 2) (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability",
/// section C). The matrix is V × V for V distinct values: meant for showing, e.g. in a calibration
/// workbook; ``KrippendorffAlpha`` reaches the same sums without storing it.
public struct CoincidenceMatrix: Equatable, Sendable {
    /// Distinct pairable values, ascending; row and column c of the matrix is `values[c]`.
    public let values: [Double]
    /// o_ck; symmetric.
    public let coincidences: [[Double]]
    /// Pairable units.
    public let units: Int
    /// n..
    public let pairableValues: Int

    /// - Parameter ratings: one row per unit, one column per rater, nil for a missing value.
    public init(ratings: [[Double?]]) throws(AgreementError) {
        let table = try PairableValueTable(ratings: ratings, rejectNegative: false)
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: table.values.count),
                                count: table.values.count)
        for u in 0..<table.pairableUnits {
            let (entries, valueCount) = table.unit(u)
            let weight = 1 / Double(valueCount - 1)
            for a in entries {
                for b in entries {
                    // A value pairs with every other value in its unit, not with itself.
                    let pairs = a.value == b.value ? a.count * (a.count - 1) : a.count * b.count
                    matrix[a.value][b.value] += Double(pairs) * weight
                }
            }
        }
        self.values = table.values
        self.coincidences = matrix
        self.units = table.pairableUnits
        self.pairableValues = table.pairableValues
    }

    /// n_c: the row sums, the number of pairable values equal to each value.
    public var valueTotals: [Double] { coincidences.map { $0.reduce(0, +) } }
}
