import Foundation
import Testing

@Suite("headset deferred")
struct DeferredCommandTests {
    /// Ten emails of 6 minutes arrive at 09:00; the centre opens 09:00-17:00; all must be answered
    /// within 2 hours: one hour of work in two hours needs half an agent in each of those hours
    /// (worked by hand in Tests/StaffingTests/DeferredWorkPlannerTests.swift).
    static let items = """
        interval_start,items,aht
        2026-11-23T09:00,10,360
        2026-11-23T10:00,0,360
        """

    static let calendar = """
        time_zone: Europe/Riga
        opening_hours:
          monday: "09:00-17:00"
          tuesday: "09:00-17:00"
        """

    @Test("the plan meets the target with half an agent in each of the two hours")
    func handComputedPlan() throws {
        let scratch = try ScratchDirectory()
        try Self.items.write(to: scratch.file("email.csv"), atomically: true, encoding: .utf8)
        try Self.calendar.write(to: scratch.file("riga.yaml"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["deferred", "--items", "email.csv", "--target", "100/2",
                                             "--calendar", "riga.yaml", "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["meets_target"] as? Bool == true)
        #expect(json["answered_in_time_share"] as? Double == 1)
        #expect(abs((json["agent_hours"] as? Double ?? 0) - 1) < 1e-9)
        let intervals = try #require(json["intervals"] as? [[String: Any]])
        #expect(intervals.first?["interval_start"] as? String == "2026-11-23T09:00:00+02:00")
        let workload = intervals.prefix(2).compactMap { $0["workload_agents"] as? Double }
        #expect(workload.count == 2)
        #expect(workload.allSatisfy { abs($0 - 0.5) < 1e-9 })
    }

    @Test("bad targets and rows are one-line errors naming the place")
    func badInput() throws {
        let scratch = try ScratchDirectory()
        try "interval_start,items,aht\n2026-11-23T09:00,-3,360\n".write(to: scratch.file("bad.csv"), atomically: true, encoding: .utf8)
        let badRow = try HeadsetProcess.run(["deferred", "--items", "bad.csv", "--target", "90/24"], in: scratch.url)
        #expect(badRow.status == 1)
        #expect(badRow.standardError.hasPrefix("headset: error: bad.csv:2: column 'items'"))
        try Self.items.write(to: scratch.file("email.csv"), atomically: true, encoding: .utf8)
        let badTarget = try HeadsetProcess.run(["deferred", "--items", "email.csv", "--target", "ninety"], in: scratch.url)
        #expect(badTarget.status == 1)
        #expect(badTarget.standardError.contains("--target ninety"))
    }
}
