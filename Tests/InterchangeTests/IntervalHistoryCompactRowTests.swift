import Forecasting
import Foundation
@testable import Interchange
import Testing

@Suite("Interval history: compact rows while reading")
struct IntervalHistoryCompactRowTests {
    @Test("a row read from a file takes 64 bytes and no string of its own")
    func rowSize() {
        #expect(MemoryLayout<IntervalHistoryRow>.stride == 64)
    }

    @Test("the text store gives back each timestamp as written, also repeated, long and non-ASCII ones")
    func textStore() {
        var texts = IntervalHistoryTextStore()
        let long = String(repeating: "2003-03-03 07:00 ", count: 20)
        let written = ["2003-03-03T07:00:00Z", "2003-03-03T07:00:00Z", "", long, "03.03.2003  07:00", "07:00 ünï", long]
        let offsets = written.map { texts.store($0) }
        #expect(offsets.map { texts.text(at: $0) } == written)
        #expect(offsets[0] == offsets[1], "a repeat of the text just stored is stored once")
        #expect(offsets[3] != offsets[6], "only the text just before is compared")
    }

    @Test("the repeated hour: a row written with an offset takes the earlier instant, a local row after it the later")
    func foldAfterOffsetRow() throws {
        // Vilnius, 2003-10-26: 03:00-04:00 local happens twice (EEST +03:00 then EET +02:00).
        let text = "start,calls\n2003-10-26T03:00:00+03:00,1\n2003-10-26 03:00,2\n2003-10-26 03:15,3\n"
        let options = IntervalHistoryOptions(timeZone: TimeZone(identifier: "Europe/Vilnius")!, intervalSeconds: 900)
        let history = try IntervalHistoryReader.parse(text, source: "fold.csv", options: options)
        let instant = { (utc: String) in ISO8601DateFormatter().date(from: utc)! }
        #expect(history.observations.map(\.start) == [
            instant("2003-10-26T00:00:00Z"), instant("2003-10-26T00:15:00Z"), instant("2003-10-26T01:00:00Z"),
        ])
        #expect(history.observations.map(\.offered) == [1, 3, 2])
    }
}
