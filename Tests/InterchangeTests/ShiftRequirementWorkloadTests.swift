import Interchange
import Scheduling
import Testing

/// The requirement CSV's optional calls and aht columns: read with their aliases, validated with
/// the line and column named, and absent unless both are there.
@Suite("Requirement files: calls and handle time")
struct ShiftRequirementWorkloadTests {
    static func parse(_ text: String) throws -> ShiftRequirementFile {
        try ShiftRequirementFile.parse(try CSVReader.parse(text, source: "need.csv"))
    }

    @Test("calls and aht travel with each interval; the staffing output's columns are read as they are")
    func readsWorkload() throws {
        let file = try Self.parse("""
            interval_start,channel,calls,aht,traffic_erlangs,agents,scheduled_agents
            2026-12-07T07:00,voice,100,180,10,14,20
            2026-12-07T07:30,voice,0,180,0,0,0
            """)
        #expect(file.column == "scheduled_agents")
        #expect(file.curve.intervals.map(\.workload) == [IntervalWorkload(calls: 100, handleSeconds: 180),
                                                         IntervalWorkload(calls: 0, handleSeconds: 180)])
        let aliases = try Self.parse("start,required,offered,aht_seconds\n2026-12-07T07:00,3,40,240\n")
        #expect(aliases.curve.intervals.first?.workload == IntervalWorkload(calls: 40, handleSeconds: 240))
    }

    @Test("without both columns, or with an empty cell, an interval has no workload")
    func optional() throws {
        #expect(try Self.parse("interval_start,required\n2026-12-07T07:00,3\n").curve.intervals.first?.workload == nil)
        #expect(try Self.parse("interval_start,required,calls\n2026-12-07T07:00,3,40\n").curve.intervals.first?.workload == nil)
        #expect(try Self.parse("interval_start,required,calls,aht\n2026-12-07T07:00,3,,\n").curve.intervals.first?.workload == nil)
    }

    @Test("negative calls or a zero handle time name the file, line and column")
    func errors() {
        for (text, column) in [("2026-12-07T07:00,3,-1,180", "calls"), ("2026-12-07T07:00,3,10,0", "aht"),
                               ("2026-12-07T07:00,3,ten,180", "calls")] {
            do {
                _ = try Self.parse("interval_start,required,calls,aht\n2026-12-07T06:30,3,1,180\n\(text)\n")
                Issue.record("accepted \(text)")
            } catch {
                let message = "\(error)"
                #expect(message.contains("need.csv") && message.contains("3") && message.contains(column), "\(message)")
            }
        }
    }
}
