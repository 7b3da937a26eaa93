import Interchange
import Scheduling
import Testing

/// A requirements file's channel column names one channel however it is spelt.
@Suite("Requirement files: channel names")
struct ShiftRequirementChannelTests {
    static func parse(_ text: String, channel: String? = nil) throws -> ShiftRequirementFile {
        try ShiftRequirementFile.parse(try CSVReader.parse(text, source: "need.csv"), channel: channel)
    }

    @Test("Voice and ' voice' are one channel: no 'several channels' error, both rows planned")
    func spellingsAreOneChannel() throws {
        let file = try Self.parse("interval_start,channel,required\n2026-12-07T07:00,Voice,2\n2026-12-07T07:30, voice ,3\n")
        #expect(file.curve.intervals.map(\.required) == [2, 3])
    }

    @Test("--channel picks a channel whatever its case; two real channels still need it")
    func pickAnyCase() throws {
        let text = "interval_start,channel,required\n2026-12-07T07:00,Voice,2\n2026-12-07T07:00,chat,1\n2026-12-07T07:30,VOICE,3\n"
        #expect(try Self.parse(text, channel: " voice").curve.intervals.map(\.required) == [2, 3])
        #expect(throws: ShiftFileError.self) { try Self.parse(text) }
    }
}
