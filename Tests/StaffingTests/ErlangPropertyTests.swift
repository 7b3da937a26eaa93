import Foundation
import Randomness
import Testing
@testable import Staffing

/// Properties that must hold for any inputs; loads are drawn from a seeded generator.
@Suite("Erlang properties")
struct ErlangPropertyTests {
    /// Loads spread over small and large traffic, short and long handle times.
    static let loads: [(calls: Double, aht: Double)] = {
        var generator = SplitMix64(seed: 20_260_323)
        return (0..<40).map { _ in
            (calls: Double(Int.random(in: 1...3_000, using: &generator)),
             aht: Double(Int.random(in: 20...900, using: &generator)))
        }
    }()

    @Test("service level rises and ASA falls with every added agent")
    func monotoneInAgents() throws {
        for (calls, aht) in Self.loads {
            let load = try QueueLoad(calls: calls, averageHandleTime: aht, intervalSeconds: 1800)
            let calculator = try StaffingCalculator(load: load)
            let first = Int(load.trafficErlangs.rounded(.down)) + 1
            var previous = try calculator.evaluate(agents: first)
            for agents in (first + 1)...(first + 15) {
                let next = try calculator.evaluate(agents: agents)
                #expect(next.serviceLevel >= previous.serviceLevel, "calls \(calls), aht \(aht), agents \(agents)")
                #expect(next.averageSpeedOfAnswer <= previous.averageSpeedOfAnswer)
                previous = next
            }
        }
    }

    @Test("Erlang C is never below Erlang B for the same agents and traffic")
    func erlangCAtLeastErlangB() {
        for traffic in stride(from: 0.5, through: 400, by: 7.3) {
            for agents in (Int(traffic) + 1)...(Int(traffic) + 20) {
                let b = ErlangB.blocking(servers: agents, traffic: traffic)
                let c = ErlangC.probabilityOfWaiting(agents: agents, traffic: traffic)
                #expect(c >= b)
                #expect(c <= 1)
            }
        }
    }

    @Test("the required agents are minimal: one fewer misses the target", arguments: [
        "sl", "asa", "occupancy", "abandon",
    ])
    func requiredIsMinimal(kind: String) throws {
        for (calls, aht) in Self.loads.prefix(20) {
            let load = try QueueLoad(calls: calls, averageHandleTime: aht, intervalSeconds: 1800)
            let patience: Double? = kind == "abandon" ? 90 : nil
            let target: StaffingTarget
            switch kind {
            case "sl": target = try StaffingTarget(serviceLevel: .init(fraction: 0.9, seconds: 15))
            case "asa": target = try StaffingTarget(maximumAverageSpeedOfAnswer: 10)
            case "occupancy":
                target = try StaffingTarget(serviceLevel: .init(fraction: 0.5, seconds: 60), maximumOccupancy: 0.8)
            default: target = try StaffingTarget(maximumAbandonment: 0.03)
            }
            let calculator = try StaffingCalculator(load: load, patience: patience,
                                                    serviceLevelSeconds: target.serviceLevel?.seconds ?? 20)
            let result = try calculator.requiredAgents(for: target)
            let meets = { (r: StaffingResult) -> Bool in
                (target.serviceLevel.map { r.serviceLevel >= $0.fraction } ?? true)
                    && (target.maximumAverageSpeedOfAnswer.map { r.averageSpeedOfAnswer <= $0 } ?? true)
                    && (target.maximumOccupancy.map { r.occupancy <= $0 } ?? true)
                    && (target.maximumAbandonment.map { (r.abandonRate ?? 1) <= $0 } ?? true)
            }
            #expect(meets(result), "\(kind): calls \(calls), aht \(aht)")
            if result.agents > 1 {
                let fewer = result.agents - 1
                if patience == nil && Double(fewer) <= load.trafficErlangs { continue }
                #expect(!meets(try calculator.evaluate(agents: fewer)), "\(kind): calls \(calls), aht \(aht), \(fewer) agents")
            }
        }
    }

    @Test("Erlang A tends to Erlang C as patience grows without bound")
    func erlangATendsToErlangC() throws {
        for (calls, aht) in Self.loads.prefix(15) {
            let load = try QueueLoad(calls: calls, averageHandleTime: aht, intervalSeconds: 1800)
            let agents = Int(load.trafficErlangs.rounded(.down)) + 2
            let c = try StaffingCalculator(load: load).evaluate(agents: agents)
            let a = try StaffingCalculator(load: load, patience: 1e9).evaluate(agents: agents)
            #expect(abs(a.probabilityOfWaiting - c.probabilityOfWaiting) < 1e-4, "calls \(calls), aht \(aht)")
            #expect(abs(a.serviceLevel - c.serviceLevel) < 1e-4)
            #expect(abs(a.averageSpeedOfAnswer - c.averageSpeedOfAnswer) < 1e-3 * max(1, c.averageSpeedOfAnswer))
            #expect((a.abandonRate ?? 1) < 1e-4)
        }
    }

    @Test("Erlang A: abandonment and waiting fall as agents are added, and stay probabilities")
    func erlangAMonotone() throws {
        let load = try QueueLoad(calls: 400, averageHandleTime: 240, intervalSeconds: 1800)
        let calculator = try StaffingCalculator(load: load, patience: 60)
        var previous = try calculator.evaluate(agents: 20)
        for agents in 21...90 {
            let next = try calculator.evaluate(agents: agents)
            #expect((next.abandonRate ?? 0) <= (previous.abandonRate ?? 0))
            #expect(next.probabilityOfWaiting <= previous.probabilityOfWaiting)
            #expect(next.serviceLevel >= previous.serviceLevel)
            #expect((0...1).contains(next.serviceLevel))
            previous = next
        }
    }

    @Test("an overloaded Erlang A queue (fewer agents than Erlangs) is still computed, not an error")
    func erlangAOverload() throws {
        let load = try QueueLoad(calls: 2_000, averageHandleTime: 300, intervalSeconds: 1800)
        let result = try StaffingCalculator(load: load, patience: 120).evaluate(agents: 250)
        #expect(result.trafficErlangs > 333)
        #expect((result.abandonRate ?? 0) > 0.2)
        #expect(result.probabilityOfWaiting > 0.99)
        #expect(result.occupancy <= 1)
    }

    @Test("shrinkage rounds scheduled agents up, without floating-point noise")
    func shrinkageRounding() throws {
        #expect(try Shrinkage(fraction: 0.3).scheduledAgents(productive: 14) == 20)
        #expect(try Shrinkage(fraction: 0.3).scheduledAgents(productive: 15) == 22)
        #expect(Shrinkage.none.scheduledAgents(productive: 7) == 7)
    }

    @Test("bad inputs name the field", arguments: [
        (0.0, 180.0, 1800.0, "calls"), (-5, 180, 1800, "calls"), (100, 0, 1800, "aht"), (100, 180, 0, "interval"),
    ])
    func badInputs(calls: Double, aht: Double, interval: Double, field: String) {
        #expect {
            _ = try QueueLoad(calls: calls, averageHandleTime: aht, intervalSeconds: interval)
        } throws: { error in
            guard case StaffingError.invalidInput(let named, _, _) = error else { return false }
            return named == field
        }
    }

    @Test("targets outside their ranges are refused")
    func badTargets() {
        #expect(throws: StaffingError.self) { try StaffingTarget.ServiceLevel(fraction: 1.2, seconds: 20) }
        #expect(throws: StaffingError.self) { try StaffingTarget.ServiceLevel(fraction: 0.8, seconds: -1) }
        #expect(throws: StaffingError.self) { try Shrinkage(fraction: 1) }
        #expect(throws: StaffingError.self) { try StaffingTarget(maximumOccupancy: 1.5) }
    }

    @Test("Erlang C with no more agents than Erlangs reports an unstable queue")
    func unstable() throws {
        let load = try QueueLoad(calls: 100, averageHandleTime: 180, intervalSeconds: 1800)
        #expect(throws: StaffingError.unstableQueue(trafficErlangs: 10, agents: 10)) {
            try StaffingCalculator(load: load).evaluate(agents: 10)
        }
    }
}
