import Foundation
import Randomness
import Testing
@testable import Staffing

/// Checks the exact Erlang A service level and ASA against a discrete-event simulation of the
/// M/M/N+M queue: an independent method (no formula shared), seeded so it is reproducible.
@Suite("Erlang A against simulation")
struct ErlangASimulationTests {
    struct Outcome {
        var offered = 0
        var answeredWithin = 0
        var abandoned = 0
        var answeredWaitTotal = 0.0
        var answered = 0
    }

    /// First-come-first-served queue; each caller hangs up at their own exponential patience.
    static func simulate(arrivalRate: Double, aht: Double, patience: Double, agents: Int,
                         threshold: Double, calls: Int, seed: UInt64) -> Outcome {
        var generator = SplitMix64(seed: seed)
        func exponential(_ mean: Double) -> Double {
            -mean * log(1 - Double.random(in: 0..<1, using: &generator))
        }
        // Agents become free at these times; a caller takes the earliest-free agent if it frees
        // before the caller's patience runs out (FCFS holds because agents are taken in order).
        var freeAt = [Double](repeating: 0, count: agents)
        var outcome = Outcome()
        var clock = 0.0
        let warmUp = calls / 10
        for index in 0..<(calls + warmUp) {
            clock += exponential(1 / arrivalRate)
            let patienceTime = exponential(patience)
            var earliest = 0
            for agent in 1..<agents where freeAt[agent] < freeAt[earliest] { earliest = agent }
            let wait = max(0, freeAt[earliest] - clock)
            let counted = index >= warmUp
            if counted { outcome.offered += 1 }
            if wait <= patienceTime {
                freeAt[earliest] = clock + wait + exponential(aht)
                if counted {
                    outcome.answered += 1
                    outcome.answeredWaitTotal += wait
                    if wait <= threshold { outcome.answeredWithin += 1 }
                }
            } else if counted {
                outcome.abandoned += 1
            }
        }
        return outcome
    }

    @Test("service level, abandonment and ASA agree with a simulation of 400,000 calls", arguments: [
        (agents: 12, calls: 110.0, patience: 60.0),
        (agents: 14, calls: 100.0, patience: 120.0),
        (agents: 9, calls: 100.0, patience: 45.0),
    ])
    func agreesWithSimulation(agents: Int, calls: Double, patience: Double) throws {
        let aht = 180.0
        let load = try QueueLoad(calls: calls, averageHandleTime: aht, intervalSeconds: 1800)
        let exact = try StaffingCalculator(load: load, patience: patience, serviceLevelSeconds: 20).evaluate(agents: agents)
        let simulated = Self.simulate(arrivalRate: load.arrivalRate, aht: aht, patience: patience, agents: agents,
                                      threshold: 20, calls: 400_000, seed: UInt64(agents * 1_000 + Int(patience)))
        let offered = Double(simulated.offered)
        // Tolerances ≈ 4 standard errors of the simulation (calls are correlated, so generous).
        #expect(abs(Double(simulated.answeredWithin) / offered - exact.serviceLevel) < 0.01)
        #expect(abs(Double(simulated.abandoned) / offered - (exact.abandonRate ?? -1)) < 0.006)
        let asa = simulated.answeredWaitTotal / Double(simulated.answered)
        #expect(abs(asa - exact.averageSpeedOfAnswer) < max(0.6, 0.05 * exact.averageSpeedOfAnswer))
    }
}
