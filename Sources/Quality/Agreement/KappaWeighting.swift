/// How much a disagreement between categories i and j (0-based positions in the category order)
/// counts in Cohen's weighted kappa (Cohen 1968, "Weighted kappa: nominal scale agreement with
/// provision for scaled disagreement or partial credit", Psychological Bulletin 70(4), 213–220).
///
/// Written as disagreement weights v_ij ≥ 0 with v_ii = 0; with k categories:
/// - unweighted: v_ij = 1 for i ≠ j (Cohen 1960: every disagreement is total);
/// - linear: v_ij = |i − j| / (k − 1);
/// - quadratic: v_ij = (i − j)² / (k − 1)² (Fleiss & Cohen 1973);
/// - disagreement(v): any k × k table, e.g. Cohen's 1968 example weights 0, 1, 3, 6.
///
/// The agreement weights of many texts are w_ij = 1 − v_ij / max v; both give the same kappa.
public enum KappaWeighting: Equatable, Sendable {
    case unweighted
    case linear
    case quadratic
    /// Row i is the first rater's category i, column j the second rater's category j.
    case disagreement([[Double]])

    /// The k × k disagreement weights.
    func weights(categories k: Int) throws(AgreementError) -> [[Double]] {
        let span = Double(max(k - 1, 1))
        switch self {
        case .unweighted:
            return (0..<k).map { i in (0..<k).map { j in i == j ? 0 : 1 } }
        case .linear:
            return (0..<k).map { i in (0..<k).map { j in Double(abs(i - j)) / span } }
        case .quadratic:
            return (0..<k).map { i in (0..<k).map { j in Double((i - j) * (i - j)) / (span * span) } }
        case .disagreement(let table):
            guard table.count == k, table.allSatisfy({ $0.count == k }) else {
                throw .tableShape("the disagreement weights must be \(k) × \(k), one row and column per category")
            }
            for i in 0..<k {
                for j in 0..<k {
                    let weight = table[i][j]
                    guard weight.isFinite, weight >= 0 else {
                        throw .invalidEntry("disagreement weight [\(i + 1)][\(j + 1)] is \(weight); weights must be 0 or more")
                    }
                    if i == j && weight != 0 {
                        throw .invalidEntry("disagreement weight [\(i + 1)][\(j + 1)] is \(weight); agreement must weigh 0")
                    }
                }
            }
            return table
        }
    }
}
