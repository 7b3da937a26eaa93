import Foundation
import Testing
import XlsxReader

/// The demo's coaching follows from its evaluations: stored, listed within the hierarchy, in the
/// workbook without private notes, some acknowledgements overdue, and coaching booked on the roster.
@Suite("headset demo: coaching")
struct DemoCoachingTests {
    @Test("sessions linked to demo evaluations; unacknowledged ones surface; the roster books coaching time")
    func demoCoaching() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["demo"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let list = try HeadsetProcess.run(["coach", "list", "--as", "ingrid.odegard", "--database", "headset-demo.sqlite",
                                           "--format", "json"], in: scratch.url)
        #expect(list.status == 0, "\(list.standardError)")
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        #expect(sessions.count >= 10, "the chief customer officer sees everyone's coaching")
        #expect(sessions.contains { ($0["acknowledgement_overdue"] as? Bool) == true }, "some acknowledgements are missing")

        let file = try XlsxFile(contentsOf: scratch.file("headset-demo.xlsx"))
        let log = try file.sheet("Coaching log")
        #expect(log.cells.values.contains { $0.value.stringValue == "Acknowledgement overdue" })
        for name in ["Coaching log", "Action items", "Coaching effect"] {
            let texts = try file.sheet(name).cells.values.compactMap(\.value.stringValue)
            #expect(!texts.contains { $0.contains("workload was high") }, "\(name) leaks private notes")
        }
        #expect(try file.sheet("Coaching effect").charts.count == 1)
        let roster = try file.sheet("Roster")
        #expect(roster.cells.values.contains { $0.value.stringValue?.contains("activities booked") == true })
    }
}
