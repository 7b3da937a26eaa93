import Foundation

/// Erlang A (M/M/N+M, Palm's model): callers hang up after an exponential patience time.
///
/// Exact, without incomplete-gamma evaluations, from the birth–death chain:
/// an arrival that finds N+k in the system (k ≥ 0) waits at queue position k+1; with
/// a = Nμ/θ, its offered wait V (the wait an infinitely patient caller would have) satisfies
/// e^(−θV) ~ Beta(a, k+1), because V is a sum of exponentials with rates θ(a+i), i = 0…k.
/// It is answered iff its own patience exceeds V, so
/// - P(answered | k) = E[e^(−θV)] = a / (a+k+1);
/// - P(answered within t | k) = a/(a+k+1) · P(Beta(a+1, k+1) ≥ e^(−θt))
///   = a/(a+k+1) · P(NegBin(a+1, 1−e^(−θt)) ≥ k+1);
/// - E[wait · 1{answered} | k] = a/(a+k+1) · Σ_{i=1}^{k+1} 1/(θ(a+i)).
/// Arrivals see the stationary distribution (PASTA): π_{N+k} = π_N ∏_{i=1}^{k} λ/(Nμ+iθ) and
/// π_N = E / (1 + E·S) with E = Erlang B(N, λ/μ) and S = Σ_{k≥1} ∏ λ/(Nμ+iθ), which agrees with
/// Mandelbaum & Zeltyn, "The Palm/Erlang-A Queue" (2005), §4.4–4.5.
public enum ErlangA {
    /// Performance of one queue with a given number of agents.
    public struct Measures: Equatable, Sendable {
        public let probabilityOfWaiting: Double
        public let probabilityOfAbandoning: Double
        /// Share of offered calls answered within the threshold; abandoners never count as answered.
        public let serviceLevel: Double
        /// Mean wait of answered calls, in seconds.
        public let averageSpeedOfAnswer: Double
        /// Mean wait over all offered calls (answered or not), in seconds: P(abandon) × patience.
        public let averageWait: Double
    }

    /// Queue terms beyond this many positions mean a patience so long in an overloaded queue
    /// that Erlang A degenerates; callers get an error instead of a minutes-long loop.
    static let maximumQueuePositions = 50_000_000

    /// - Parameters: arrival rate λ and service rate μ per second, patience in seconds,
    ///   `erlangB` = B(agents, λ/μ), `withinSeconds` the service-level threshold.
    public static func measures(agents: Int, arrivalRate lambda: Double, serviceRate mu: Double,
                                patience: Double, withinSeconds threshold: Double,
                                erlangB: Double) throws(StaffingError) -> Measures {
        let theta = 1 / patience
        let n = Double(agents)
        let a = n * mu / theta
        let z = exp(-theta * threshold)
        let logOneMinusZ = log1p(-z)
        let logZ = -theta * threshold

        // Unnormalised sums over k, rescaled when they grow too large; `inverseScale` is the
        // factor by which every stored sum is smaller than the true one.
        var term = 1.0                  // r_k = ∏_{i=1}^{k} λ/(Nμ+iθ)
        var total = 0.0                 // Σ r_k
        var abandoning = 0.0            // Σ r_k (k+1)/(a+k+1)
        var answeredInTime = 0.0        // Σ r_k a/(a+k+1) P(X ≥ k+1)
        var answeredWait = 0.0          // Σ r_k a/(a+k+1) H_k / θ
        var inverseScale = 1.0
        var harmonic = 0.0              // H_k = Σ_{i=1}^{k+1} 1/(a+i)
        var logPMF = (a + 1) * logZ     // log P(X = j), X ~ NegBin(a+1, 1−z)
        var cdf = 0.0                   // P(X ≤ k)
        var k = 0
        while true {
            let kk = Double(k)
            harmonic += 1 / (a + kk + 1)
            cdf = min(1, cdf + exp(logPMF))
            let answeredShare = a / (a + kk + 1)
            total += term
            abandoning += term * (kk + 1) / (a + kk + 1)
            answeredInTime += term * answeredShare * max(0, 1 - cdf)
            answeredWait += term * answeredShare * harmonic / theta

            let ratio = lambda / (n * mu + (kk + 1) * theta)
            if ratio < 1 && term < 1e-17 * total { break }
            k += 1
            if k > maximumQueuePositions {
                throw .targetUnreachable("Erlang A with \(agents) agents and \(patience) s patience needs more than \(maximumQueuePositions) queue positions; the queue is too overloaded for the model")
            }
            term *= ratio
            logPMF += log((kk + a + 1) / (kk + 1)) + logOneMinusZ
            if term > 1e250 {
                term *= 1e-250; total *= 1e-250; abandoning *= 1e-250
                answeredInTime *= 1e-250; answeredWait *= 1e-250; inverseScale *= 1e-250
            }
        }
        // π_N × (true sum) = E × stored / ((1 − E)·inverseScale + E × storedTotal).
        let denominator = (1 - erlangB) * inverseScale + erlangB * total
        let share = { (stored: Double) in denominator > 0 ? erlangB * stored / denominator : 0 }
        let waiting = share(total)
        let abandon = share(abandoning)
        let serviceLevel = (1 - waiting) + share(answeredInTime)
        let answered = 1 - abandon
        return Measures(
            probabilityOfWaiting: min(max(waiting, 0), 1),
            probabilityOfAbandoning: min(max(abandon, 0), 1),
            serviceLevel: min(max(serviceLevel, 0), 1),
            averageSpeedOfAnswer: answered > 0 ? share(answeredWait) / answered : 0,
            averageWait: abandon * patience)
    }
}
