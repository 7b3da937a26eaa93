/// Fleiss' kappa: agreement among a fixed number of raters per subject on nominal categories; the
/// raters of one subject need not be those of another.
///
/// ```swift
/// // 3 subjects, 4 raters each, 2 categories: how many raters chose each category.
/// let result = try FleissKappa(counts: [[4, 0], [2, 2], [0, 4]])
/// result.kappa               // 0.556 (P̄ = 0.778, P̄e = 0.5)
/// result.categoryKappas      // [0.556, 0.556]
/// ```
///
/// For N subjects, n ratings per subject and n_ij raters putting subject i in category j
/// (Fleiss 1971, "Measuring nominal scale agreement among many raters", Psychological Bulletin
/// 76(5), 378–382):
///
///     p_j = Σ_i n_ij / (N n)                  share of all ratings in category j
///     P_i = (Σ_j n_ij² − n) / (n (n − 1))     agreeing rater pairs on subject i
///     P̄ = Σ_i P_i / N,  P̄e = Σ_j p_j²,  κ = (P̄ − P̄e) / (1 − P̄e)
///     κ_j = 1 − Σ_i n_ij (n − n_ij) / (N n (n − 1) p_j (1 − p_j))    per category
///
/// κ is nil when P̄e = 1 (every rating in one category); κ_j is nil for a category never or
/// always used.
public struct FleissKappa: Equatable, Sendable {
    public let kappa: Double?
    /// P̄: mean agreement over subjects.
    public let meanAgreement: Double
    /// P̄e: agreement expected by chance.
    public let expectedAgreement: Double
    /// p_j, in the order of the count columns (or categories).
    public let categoryShares: [Double]
    /// κ_j, in the same order.
    public let categoryKappas: [Double?]
    /// P_i, one per subject.
    public let subjectAgreements: [Double]
    /// n.
    public let ratersPerSubject: Int

    public var subjects: Int { subjectAgreements.count }

    /// Kappa from `counts[i][j]`: how many raters put subject i in category j. Every row must
    /// add up to the same number of raters, at least 2.
    public init(counts: [[Int]]) throws(AgreementError) {
        guard let first = counts.first else { throw .noSubjects }
        let categories = first.count
        let n = first.reduce(0, +)
        guard n >= 2 else { throw .tooFewRaters(found: n, required: 2) }
        for (i, row) in counts.enumerated() {
            guard row.count == categories else {
                throw .tableShape("subject \(i + 1) has \(row.count) category counts, the first subject \(categories)")
            }
            if let negative = row.first(where: { $0 < 0 }) {
                throw .invalidEntry("subject \(i + 1) has a count of \(negative); counts must be 0 or more")
            }
            let raters = row.reduce(0, +)
            guard raters == n else { throw .unequalRaterCounts(subject: i + 1, expected: n, found: raters) }
        }

        let subjects = Double(counts.count)
        let pairsPerSubject = Double(n * (n - 1))
        let shares = (0..<categories).map { j in Double(counts.reduce(0) { $0 + $1[j] }) / (subjects * Double(n)) }
        let agreements = counts.map { row in Double(row.reduce(0) { $0 + $1 * $1 } - n) / pairsPerSubject }
        let mean = agreements.reduce(0, +) / subjects
        let expected = shares.reduce(0) { $0 + $1 * $1 }

        self.kappa = expected < 1 ? (mean - expected) / (1 - expected) : nil
        self.meanAgreement = mean
        self.expectedAgreement = expected
        self.categoryShares = shares
        self.categoryKappas = (0..<categories).map { j in
            let spread = shares[j] * (1 - shares[j])
            guard spread > 0 else { return nil }
            let disagreements = Double(counts.reduce(0) { $0 + $1[j] * (n - $1[j]) })
            return 1 - disagreements / (subjects * pairsPerSubject * spread)
        }
        self.subjectAgreements = agreements
        self.ratersPerSubject = n
    }

    /// Kappa from each subject's ratings (one row per subject, any raters, the same number of
    /// ratings in every row).
    ///
    /// - Parameter categories: all categories; nil uses the distinct ratings, ascending. Listing
    ///   an unused category changes nothing but adds its (nil) per-category kappa.
    public init<Category: Hashable & Comparable>(
        ratings: [[Category]], categories: [Category]? = nil
    ) throws(AgreementError) {
        let order = categories ?? Array(Set(ratings.joined())).sorted()
        var position: [Category: Int] = [:]
        for (index, category) in order.enumerated() {
            guard position[category] == nil else {
                throw .tableShape("category '\(category)' is listed twice")
            }
            position[category] = index
        }
        var counts: [[Int]] = []
        counts.reserveCapacity(ratings.count)
        for (i, row) in ratings.enumerated() {
            if let firstRow = ratings.first, row.count != firstRow.count {
                throw .unequalRaterCounts(subject: i + 1, expected: firstRow.count, found: row.count)
            }
            var tally = [Int](repeating: 0, count: order.count)
            for rating in row {
                guard let j = position[rating] else { throw .unknownCategory(String(describing: rating)) }
                tally[j] += 1
            }
            counts.append(tally)
        }
        try self.init(counts: counts)
    }
}
