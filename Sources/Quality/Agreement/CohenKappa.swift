/// Cohen's kappa: agreement of two raters on categories, beyond what their own category
/// frequencies would give by chance; weighted for ordered categories.
///
/// ```swift
/// // Wikipedia, "Cohen's kappa": 50 proposals, both say yes 20, only A yes 5, only B yes 10, both no 15.
/// try CohenKappa(table: [[20, 5], [10, 15]]).kappa                          // 0.40
/// try CohenKappa(first: [1, 2, 3, 3], second: [1, 2, 2, 3], weighting: .linear).kappa
/// ```
///
/// With p_ij the share of subjects the first rater put in category i and the second in j,
/// p_i. and p_.j the marginal shares, and disagreement weights v_ij (``KappaWeighting``):
///
///     κ_w = 1 − Σ v_ij p_ij / Σ v_ij p_i. p_.j
///
/// which for v_ij = 1 − [i = j] is Cohen's (1960) κ = (p_o − p_e)/(1 − p_e) (Cohen 1960, "A
/// coefficient of agreement for nominal scales", Educational and Psychological Measurement
/// 20(1), 37–46; Cohen 1968 for the weighted form). Kappa is nil when the chance disagreement
/// Σ v_ij p_i. p_.j is 0 — both raters used one and the same category for every subject.
public struct CohenKappa: Equatable, Sendable {
    /// κ (κ_w when weighted); nil when undefined.
    public let kappa: Double?
    /// p_o: 1 − Σ v_ij p_ij / max v (the plain share of agreements when unweighted).
    public let observedAgreement: Double
    /// p_e: 1 − Σ v_ij p_i. p_.j / max v.
    public let expectedAgreement: Double
    /// The contingency table used: rows the first rater's categories, columns the second's.
    public let table: [[Double]]
    /// Subjects left out because one of the two raters did not rate them (0 for a table).
    public let skippedSubjects: Int
    public let weighting: KappaWeighting

    /// Kappa from a k × k table of counts (or proportions): `table[i][j]` subjects put in category
    /// i by the first rater and j by the second.
    public init(table: [[Double]], weighting: KappaWeighting = .unweighted) throws(AgreementError) {
        try self.init(table: table, weighting: weighting, skipped: 0)
    }

    /// Kappa from two raters' ratings of the same subjects, paired by position; a subject either
    /// rater left unrated (nil) is skipped.
    ///
    /// - Parameter categories: the categories in order (it sets the spacing of linear and quadratic
    ///   weights, so list unused scale points too); nil uses the distinct ratings, ascending.
    public init<Category: Hashable & Comparable>(
        first: [Category?], second: [Category?], categories: [Category]? = nil,
        weighting: KappaWeighting = .unweighted
    ) throws(AgreementError) {
        guard first.count == second.count else {
            throw .lengthMismatch(first: first.count, second: second.count)
        }
        let pairs = zip(first, second).compactMap { a, b in a.flatMap { a in b.map { (a, $0) } } }
        let order = categories ?? Array(Set(pairs.flatMap { [$0.0, $0.1] })).sorted()
        var position: [Category: Int] = [:]
        for (index, category) in order.enumerated() {
            guard position[category] == nil else {
                throw .tableShape("category '\(category)' is listed twice")
            }
            position[category] = index
        }
        var table = [[Double]](repeating: [Double](repeating: 0, count: order.count), count: order.count)
        for (a, b) in pairs {
            guard let i = position[a] else { throw .unknownCategory(String(describing: a)) }
            guard let j = position[b] else { throw .unknownCategory(String(describing: b)) }
            table[i][j] += 1
        }
        try self.init(table: table, weighting: weighting, skipped: first.count - pairs.count)
    }

    private init(table: [[Double]], weighting: KappaWeighting, skipped: Int) throws(AgreementError) {
        let k = table.count
        guard table.allSatisfy({ $0.count == k }) else {
            throw .tableShape("the contingency table must be square: one row and one column per category")
        }
        var total = 0.0
        for (i, row) in table.enumerated() {
            for (j, count) in row.enumerated() {
                guard count.isFinite, count >= 0 else {
                    throw .invalidEntry("table cell [\(i + 1)][\(j + 1)] is \(count); counts must be 0 or more")
                }
                total += count
            }
        }
        guard total > 0 else { throw .noSubjects }
        let weights = try weighting.weights(categories: k)

        let rowShares = table.map { $0.reduce(0, +) / total }
        let columnShares = (0..<k).map { j in table.reduce(0) { $0 + $1[j] } / total }
        var observed = 0.0, expected = 0.0, largest = 0.0
        for i in 0..<k {
            for j in 0..<k {
                observed += weights[i][j] * table[i][j] / total
                expected += weights[i][j] * rowShares[i] * columnShares[j]
                largest = max(largest, weights[i][j])
            }
        }
        self.kappa = expected > 0 ? 1 - observed / expected : nil
        self.observedAgreement = largest > 0 ? 1 - observed / largest : 1
        self.expectedAgreement = largest > 0 ? 1 - expected / largest : 1
        self.table = table
        self.skippedSubjects = skipped
        self.weighting = weighting
    }
}
