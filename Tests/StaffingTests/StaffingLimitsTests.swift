import Foundation
import Testing
import Staffing

/// Every staffing input has a documented range (``StaffingLimits``, docs/cli.md "Ranges");
/// values outside it are refused with the field and the range, never a trap or a long search.
@Suite("Staffing input ranges")
struct StaffingLimitsTests {
    private func message(_ make: () throws -> Void) -> String? {
        do {
            try make()
            return nil
        } catch let error as StaffingError {
            return error.description
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test("calls beyond a million per interval are refused with the range instead of trapping")
    func hugeCalls() {
        #expect(message { _ = try QueueLoad(calls: 1e20, averageHandleTime: 180, intervalSeconds: 1800) }
            == "calls 1e+20: must be more than 0 and at most 1000000 calls per interval")
    }

    @Test("an AHT of more than a day is refused, so 1e20 seconds is not searched for minutes", arguments: [1e20, 1e308])
    func hugeHandleTime(_ aht: Double) {
        let text = message { _ = try QueueLoad(calls: 100, averageHandleTime: aht, intervalSeconds: 1800) }
        #expect(text?.hasPrefix("aht ") == true)
        #expect(text?.hasSuffix(": must be more than 0 and at most 86400 seconds") == true)
    }

    @Test("a vanishing interval makes more traffic than any centre and is refused by name")
    func vanishingInterval() {
        let text = message { _ = try QueueLoad(calls: 100, averageHandleTime: 180, intervalSeconds: 1e-320 * 60) }
        #expect(text?.hasPrefix("traffic ") == true)
        #expect(text?.hasSuffix("calls × aht / interval must be at most 100000 Erlangs") == true)
    }

    @Test("an interval longer than a day is refused with the range")
    func longInterval() {
        #expect(message { _ = try QueueLoad(calls: 100, averageHandleTime: 180, intervalSeconds: 1e308) }
            == "interval \(1e308 / 60): must be more than 0 and at most 1440 minutes")
    }

    @Test("traffic up to the limit is still staffed")
    func largeButValidTraffic() throws {
        let load = try QueueLoad(calls: 1_000_000, averageHandleTime: 180, intervalSeconds: 1800)   // 100000 Erlangs
        let target = try StaffingTarget(serviceLevel: .init(fraction: 0.8, seconds: 20))
        let result = try StaffingCalculator(load: load).requiredAgents(for: target)
        #expect(result.agents > 100_000)
    }

    @Test("patience, service-level time, ASA, shrinkage, concurrency and agents name their ranges")
    func otherInputs() throws {
        let load = try QueueLoad(calls: 100, averageHandleTime: 180, intervalSeconds: 1800)
        #expect(message { _ = try StaffingCalculator(load: load, patience: 1e-300) }
            == "patience \(1e-300): must be from 1 to 1000000000 seconds")
        #expect(message { _ = try StaffingCalculator(load: load, serviceLevelSeconds: 1e30) }
            == "service level time \(1e30): must be from 0 to 86400 seconds")
        #expect(message { _ = try StaffingTarget(maximumAverageSpeedOfAnswer: 1e30) }
            == "asa \(1e30): must be more than 0 and at most 86400 seconds")
        #expect(message { _ = try Shrinkage(fraction: 0.999999) }?.hasSuffix("must be from 0 to 99 %") == true)
        #expect(message { _ = try ChatConcurrency(validating: 1e9) }
            == "concurrency 1000000000: must be a whole number of chats from 1 to 100")
        #expect(message { _ = try StaffingCalculator(load: load).evaluate(agents: 1_000_000_000_000) }
            == "agents 1000000000000: must be from 1 to 10000000")
    }

    @Test("deferred work refuses item counts and handle times beyond their ranges")
    func deferredWork() {
        let start = Date(timeIntervalSince1970: 0)
        #expect(message { _ = try DeferredWorkInterval(start: start, seconds: 3600, items: 1e300, handleTime: 360) }
            == "items \(1e300): must be from 0 to 1000000 items per interval")
        #expect(message { _ = try DeferredWorkInterval(start: start, seconds: 3600, items: 1, handleTime: 1e300) }
            == "handle time \(1e300): must be more than 0 and at most 86400 seconds")
        #expect(message { _ = try DeferredWorkTarget(fraction: 0.9, windowSeconds: 1e300) }
            == "response window \(1e300 / 3600): must be more than 0 and at most 8760 hours")
    }
}
