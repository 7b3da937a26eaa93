import Interchange
import Testing

@Suite("YAML writer")
struct YAMLWriterTests {
    @Test("writes YAML that the loader reads back to an equal value")
    func roundTrip() throws {
        let text = try YAMLWriter.encode(ScorecardFixture.value)
        #expect(try YAMLLoader.decode(Scorecard.self, yaml: text, source: "out.yaml") == ScorecardFixture.value)
    }

    @Test("writes non-ASCII letters as they are, not as escapes")
    func unicodeUnescaped() throws {
        let text = try YAMLWriter.encode(["site": "Bærum", "team": "Ålesund"])
        #expect(text == "site: Bærum\nteam: Ålesund\n")
    }

    @Test("round-trips strings that look like other YAML types")
    func lookalikes() throws {
        let values = ["null", "~", "", "true", "no", "012", "1.10", "- x", "a: b", "#hash", " lead", "trail ", "'q'", "\"dq\"", "multi\nline", "tab\there"]
        let text = try YAMLWriter.encode(values)
        #expect(try YAMLLoader.decode([String].self, yaml: text, source: "out.yaml") == values)
    }

    @Test("reports a value whose encode(to:) throws as an encoding failure")
    func encodingFailure() {
        struct Broken: Encodable {
            struct Failure: Error, CustomStringConvertible { var description: String { "cannot encode this" } }
            func encode(to encoder: any Encoder) throws { throw Failure() }
        }
        #expect(throws: InterchangeError.encodingFailed(format: "YAML", message: "cannot encode this")) {
            try YAMLWriter.encode(Broken())
        }
    }
}
