import Foundation
import HeadsetServices
import Interchange
import Storage
import Testing

@Suite("History use cases")
struct HistoryServiceTests {
    @Test("a dry run into a centre that does not exist counts exactly what a rehearsal on an empty database counts")
    func rehearsalWithoutDatabase() throws {
        let text = """
            interval_start,channel,offered,handled
            2026-11-02T08:00:00,Phone,10,9
            2026-11-02T08:30:00,phone,12,12
            2026-11-02T08:00:00,email,3,3

            """
        let history = try IntervalHistoryReader.parse(text, source: "calls.csv", options: IntervalHistoryOptions(
            defaultChannel: "phone", timeZone: TimeZone(identifier: "Europe/Vilnius")!, treatZAsLocal: false))
        let centre = try Centre.inMemory()
        let rehearsed = try HistoryService(centre: centre).importHistory(history, dryRun: true, operatorName: "operator")
        #expect(HistoryService.rehearseIntoNewCentre(history) == rehearsed)
        #expect(rehearsed.channels.map(\.channel) == ["email", "phone"] && rehearsed.inserted == 3)
    }
}
