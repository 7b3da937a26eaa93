import Foundation
import Testing
@testable import Staffing

@Suite("Deferred work: bad input is refused with the field named")
struct DeferredWorkInputTests {
    private func field(_ error: StaffingError?) -> String? {
        if case let .invalidInput(field, _, _) = error { return field }
        return nil
    }

    @Test("negative items are refused")
    func negativeItems() {
        let error = #expect(throws: StaffingError.self) {
            try DeferredWorkInterval(start: DeferredFixture.monday, seconds: 3600, items: -1, handleTime: 300)
        }
        #expect(field(error) == "items")
    }

    @Test("a handle time of zero is refused", arguments: [0.0, -5, .nan])
    func zeroHandleTime(handleTime: Double) {
        let error = #expect(throws: StaffingError.self) {
            try DeferredWorkInterval(start: DeferredFixture.monday, seconds: 3600, items: 4, handleTime: handleTime)
        }
        #expect(field(error) == "handle time")
    }

    @Test("an interval of no length is refused")
    func emptyInterval() {
        let error = #expect(throws: StaffingError.self) {
            try DeferredWorkInterval(start: DeferredFixture.monday, seconds: 0, items: 4, handleTime: 300)
        }
        #expect(field(error) == "interval")
    }

    @Test("a target share outside 0–100 % is refused", arguments: [0.0, -0.1, 1.01, .infinity])
    func targetOutOfRange(fraction: Double) {
        let error = #expect(throws: StaffingError.self) {
            try DeferredWorkTarget(fraction: fraction, windowSeconds: 3600)
        }
        #expect(field(error) == "response target")
    }

    @Test("a response window of zero or less is refused", arguments: [0.0, -3600])
    func windowNotPositive(seconds: Double) {
        let error = #expect(throws: StaffingError.self) {
            try DeferredWorkTarget(fraction: 0.9, windowSeconds: seconds)
        }
        #expect(field(error) == "response window")
    }

    @Test("overlapping intervals and an empty plan are refused")
    func badIntervalSequence() throws {
        let target = try DeferredWorkTarget(fraction: 0.9, windowSeconds: 3600)
        let first = try DeferredWorkInterval(start: DeferredFixture.at(9), seconds: 3600, items: 1, handleTime: 60)
        let overlapping = try DeferredWorkInterval(start: DeferredFixture.at(9.5), seconds: 3600, items: 1, handleTime: 60)
        let overlap = #expect(throws: StaffingError.self) {
            try DeferredWorkPlanner(intervals: [first, overlapping], target: target, timeZone: DeferredFixture.utc)
        }
        #expect(field(overlap) == "interval start")
        let empty = #expect(throws: StaffingError.self) {
            try DeferredWorkPlanner(intervals: [], target: target, timeZone: DeferredFixture.utc)
        }
        #expect(field(empty) == "intervals")
    }

    @Test("a plan that staffs a closed interval is refused")
    func staffingWhileClosed() throws {
        let intervals = try DeferredFixture.hours(days: 1, arrivals: [9: 10], handleTime: 360)
        let planner = try DeferredFixture.planner(intervals, fraction: 1, windowHours: 2)
        var agents = [Double](repeating: 0, count: 24)
        agents[3] = 1
        let error = #expect(throws: StaffingError.self) { try planner.evaluate(workloadAgents: agents) }
        #expect(field(error) == "agents")
    }
}
