/// δ²(c, k) of Krippendorff's alpha for one level of measurement, on indices into the table's
/// ascending distinct values (formulas in ``MeasurementLevel``).
///
/// Interval and ordinal differences are both squared distances between positions on a line: the
/// value itself, or for ordinal data the value's mid-cumulative frequency M_g = Σ_{h<g} n_h + n_g/2,
/// since for c < k, Σ_{g=c}^{k} n_g − (n_c + n_k)/2 = M_k − M_c. That lets both use the same
/// closed form for the expected disagreement.
struct DifferenceFunction {
    let level: MeasurementLevel
    let values: [Double]
    /// The values (interval), their mid-cumulative frequencies (ordinal), or unused (nominal, ratio).
    let positions: [Double]

    init(level: MeasurementLevel, table: PairableValueTable) {
        self.level = level
        self.values = table.values
        switch level {
        case .ordinal:
            var below = 0.0
            self.positions = table.totals.map { count in
                defer { below += count }
                return below + count / 2
            }
        case .interval:
            self.positions = table.values
        case .nominal, .ratio:
            self.positions = []
        }
    }

    func squared(_ c: Int, _ k: Int) -> Double {
        if c == k { return 0 }
        switch level {
        case .nominal:
            return 1
        case .ordinal, .interval:
            let difference = positions[c] - positions[k]
            return difference * difference
        case .ratio:
            // c ≠ k and both ≥ 0, so c + k > 0.
            let ratio = (values[c] - values[k]) / (values[c] + values[k])
            return ratio * ratio
        }
    }
}
