import Foundation
import Testing

@Suite("headset staffing across a clock change")
struct StaffingClockChangeTests {
    /// In Vilnius clocks go back from 04:00 EEST (+03:00) to 03:00 EET (+02:00) on 2026-10-25, so
    /// 03:00 and 03:30 happen twice; the offsets `headset forecast` writes keep them apart.
    @Test("the repeated hour of a 24-hour centre is staffed twice, in time order")
    func repeatedHour() throws {
        let scratch = try ScratchDirectory()
        let csv = """
            interval_start,calls,aht
            2026-10-25T02:30:00+03:00,40,240
            2026-10-25T03:00:00+03:00,35,240
            2026-10-25T03:30:00+03:00,30,240
            2026-10-25T03:00:00+02:00,25,240
            2026-10-25T03:30:00+02:00,20,240
            2026-10-25T04:00:00+02:00,15,240
            """
        try csv.write(to: scratch.file("night.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["staffing", "--intervals", "night.csv", "--service-level", "80/20",
                                             "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.count == 6)
        #expect(rows.compactMap { $0["calls"] as? Double } == [40, 35, 30, 25, 20, 15])
    }

    @Test("the same reading with the same offset twice is still a repeated row")
    func trueDuplicate() throws {
        let scratch = try ScratchDirectory()
        let csv = "interval_start,calls,aht\n2026-10-25T03:00:00+02:00,25,240\n2026-10-25T03:00:00+02:00,20,240\n"
        try csv.write(to: scratch.file("dup.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["staffing", "--intervals", "dup.csv", "--service-level", "80/20"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("dup.csv:3"))
        #expect(result.standardError.contains("repeats line 2"))
    }
}
