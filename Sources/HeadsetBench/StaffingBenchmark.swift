import Foundation
import Staffing

/// Erlang C staffing at 80/20: a year of 15-minute intervals with traffic from 5 to 500 Erlangs
/// (a smooth daily and weekly pattern), and single cases at 1,000, 10,000 and 50,000 Erlangs.
enum StaffingBenchmark {
    static func run() throws -> String {
        let target = try StaffingTarget(serviceLevel: .init(fraction: 0.8, seconds: 20))
        let intervals = 35_040
        let aht = 240.0
        let loads = try (0..<intervals).map { index -> QueueLoad in
            let hour = Double(index % 96) / 4
            let day = (index / 96) % 7
            let daily = 0.5 - 0.5 * cos(2 * Double.pi * hour / 24)
            let weekly = day >= 5 ? 0.6 : 1.0
            let traffic = 5 + 495 * daily * weekly
            return try QueueLoad(calls: traffic * 900 / aht, averageHandleTime: aht, intervalSeconds: 900)
        }
        var agentSum = 0
        let yearSeconds = try measure(repetitions: 5) {
            agentSum = 0
            for load in loads {
                agentSum += try StaffingCalculator(load: load).requiredAgents(for: target).agents
            }
        }
        var report = String(format: "staffing: a year of 15-minute intervals (%d, 5-500 Erlangs), Erlang C 80/20\n", intervals)
        report += String(format: "  time          %.1f ms (best of 5), %.2f µs per interval, %d agent-intervals\n",
                         yearSeconds * 1000, yearSeconds * 1e6 / Double(intervals), agentSum)
        for traffic in [1_000.0, 10_000.0, 50_000.0] {
            let load = try QueueLoad(calls: traffic * 1800 / 180, averageHandleTime: 180, intervalSeconds: 1800)
            var agents = 0
            let seconds = try measure(repetitions: 20) {
                agents = try StaffingCalculator(load: load).requiredAgents(for: target).agents
            }
            report += String(format: "  %6.0f Erlangs  %.3f ms (best of 20) -> %d agents\n", traffic, seconds * 1000, agents)
        }
        let patienceLoad = try QueueLoad(calls: 10_000 * 1800 / 180, averageHandleTime: 180, intervalSeconds: 1800)
        var erlangAAgents = 0
        let erlangASeconds = try measure(repetitions: 5) {
            erlangAAgents = try StaffingCalculator(load: patienceLoad, patience: 120).requiredAgents(for: target).agents
        }
        report += String(format: "  Erlang A, 10,000 Erlangs, patience 120 s: %.2f ms (best of 5) -> %d agents", erlangASeconds * 1000, erlangAAgents)
        return report
    }

    /// Best wall time of several runs: the figure least disturbed by the rest of the machine.
    static func measure(repetitions: Int, _ body: () throws -> Void) throws -> Double {
        var best = Double.infinity
        for _ in 0..<repetitions {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}
