import CivilTime
import Foundation
import Interchange
import Quality
import Testing

/// Answers files decode in short and long form, read each answer as its criterion expects, and
/// refuse what they cannot read at the file, line and column.
@Suite("Answers files: decoding")
struct AnswersFileTests {
    @Test("every field decodes: scorecard, version, interaction, short and long answers, comments, evidence")
    func everyField() throws {
        let file = try AnswersFileFixture.parse(AnswersFileFixture.yaml)
        #expect(file.scorecardKey == "focus-card" && file.scorecardVersion == 3 && file.source == "answers.yaml")
        let interaction = try #require(file.interaction)
        #expect(interaction.id == "visit-7" && interaction.channel == .inPerson && interaction.date.description == "2026-11-23")
        #expect(interaction.startSecondOfDay == 9 * 3600 + 14 * 60 + 30)
        #expect(interaction.durationSeconds == 3723)
        #expect(file.entries.map(\.criterionID) == ["greeting", "verify-identity", "resolved", "extra-mile"])
        #expect(file.entries.map(\.text) == ["2", "Yes", "full", nil])
        let verify = file.entries[1]
        #expect(verify.comment == "Asked for the card and the PIN, Ms Ćorić.")
        #expect(verify.evidence == [.timestamp(seconds: 195), .quote("Could I see your card, Ms Ćorić?"), .timestamp(seconds: 42)])
    }

    @Test("answers are read as their criteria expect; an empty entry is left out")
    func answersForTheCard() throws {
        let card = try AnswersFileFixture.card
        let answers = try AnswersFileFixture.parse(AnswersFileFixture.yaml).answers(for: card.scorecard)
        #expect(answers.map(\.criterionID) == ["greeting", "verify-identity", "resolved"])
        #expect(answers.map(\.value) == [.scale(2), .yes, .choice("full")])
        #expect(answers[1].comment == "Asked for the card and the PIN, Ms Ćorić.")
        let result = try AnswersFileFixture.parse(AnswersFileFixture.yaml).score(with: card)
        #expect(result.score == 100)
        #expect(result.criterion("extra-mile")?.isNotApplicable == true)
    }

    @Test("N/A, yes and no in their usual spellings; numbers for scales; choice ids as written",
          arguments: [("n/a", AnswerValue.notApplicable), ("N/A", .notApplicable), ("na", .notApplicable),
                      ("not applicable", .notApplicable), ("yes", .yes), ("Y", .yes), ("true", .yes), ("no", .no),
                      ("False", .no), ("2", .scale(2)), ("2.0", .scale(2)), ("'0'", .scale(0)), ("partly", .choice("partly"))])
    func spellings(written: String, expected: AnswerValue) throws {
        let card = try AnswersFileFixture.card.scorecard
        let file = try AnswersFileFixture.parse("scorecard: focus-card\nanswers:\n  greeting: \(written)\n  verify-identity: \(written)\n")
        // Scale and yes/no criteria read keywords the same way.
        #expect(file.answers(for: card).map(\.value) == [expected, expected])
    }

    @Test("on a choice criterion an exact choice id wins over keywords, so choices may be named yes or na")
    func choiceIDsWin() throws {
        let yaml = """
            key: odd
            version: 1
            title: Odd choices
            channels: [chat]
            sections:
              - id: only
                title: Only
                criteria:
                  - id: asked
                    label: Asked
                    type: choice
                    na_allowed: true
                    choices: [{ id: yes, label: Yes, points: 2 }, { id: na, label: Not asked, points: 0 }, { id: "3", label: Three, points: 1 }]
            """
        let card = try ScorecardFile.parse(yaml: yaml, source: "odd.yaml").scorecard
        func read(_ text: String) throws -> AnswerValue? {
            try AnswersFile.parse(yaml: "scorecard: odd\nanswers: { asked: \(text) }", source: "a.yaml").answers(for: card).first?.value
        }
        #expect(try read("yes") == .choice("yes"))
        #expect(try read("na") == .choice("na"))
        #expect(try read("3") == .choice("3"))
        #expect(try read("N/A") == .notApplicable)
        #expect(try read("Yes") == .choice("Yes"), "ids are case-sensitive; the engine then names the choices")
    }

    @Test("evidence timestamps: HH:MM:SS, MM:SS, seconds, fractions",
          arguments: [("\"00:03:15\"", 195.0), ("\"3:15\"", 195), ("195", 195), ("\"3:15.5\"", 195.5), ("\"75:00\"", 4500),
                      ("\"1:02:03\"", 3723), ("0", 0), ("12.25", 12.25)])
    func timestamps(written: String, seconds: Double) throws {
        let file = try AnswersFileFixture.parse("scorecard: x\nanswers:\n  a: { value: yes, evidence: [{ timestamp: \(written) }] }\n")
        #expect(file.entries.first?.evidence == [.timestamp(seconds: seconds)])
    }

    @Test("malformed timestamps are refused at the timestamp",
          arguments: ["\"1:75\"", "-3", "abc", "\"1::2\"", "\"1:2:3:4\"", "\"1:60:00\"", "''", "1e3"])
    func badTimestamps(written: String) {
        let yaml = "scorecard: x\nanswers:\n  a: { value: yes, evidence: [{ timestamp: \(written) }] }\n"
        #expect(throws: QualityFileError.self) { try AnswersFileFixture.parse(yaml) }
        do {
            _ = try AnswersFileFixture.parse(yaml)
        } catch {
            guard case let .file(.yamlInvalidValue(_, line, _, field, message)) = error else {
                Issue.record("expected an invalid value, got \(error)")
                return
            }
            #expect(line == 3 && field == "answers.a.evidence[0].timestamp")
            #expect(message.contains("expected a time in the recording such as 00:03:15"))
        }
    }

    @Test("decoding errors name file, line, column and field", arguments: [
        (3, "interaction: { id: v, channel: phone, date: 2026-11-23 }", "answers.yaml:3:32: field 'interaction.channel'"),
        (3, "interaction: { id: v, channel: voice, date: 2026-13-01 }", "answers.yaml:3:45: field 'interaction.date': expected a date YYYY-MM-DD"),
        (3, "interaction: { id: v, channel: voice, date: 2026-11-23, start: '25:00' }",
         "answers.yaml:3:64: field 'interaction.start': expected a clock time HH:MM or HH:MM:SS"),
        (3, "interaction: { id: ' ', channel: voice, date: 2026-11-23 }", "answers.yaml:3:20: field 'interaction.id': must not be empty"),
        (3, "interaction: { id: v, channel: voice, date: 2026-11-23, length: 60 }", "answers.yaml:3:57: unknown field 'interaction.length'"),
        (7, "    valeu: Yes", "answers.yaml:7:5: unknown field 'answers.verify-identity.valeu'; did you mean 'value'?"),
        (10, "      - { timestamp: '00:03:15', quote: Hello }",
         "answers.yaml:10:9: field 'answers.verify-identity.evidence[0]': one piece of evidence is a timestamp or a quote, not both"),
        (10, "      - { when: '00:03:15' }", "answers.yaml:10:9: field 'answers.verify-identity.evidence[0]': evidence needs a timestamp"),
        (5, "  greeting: [2]", "answers.yaml:5:13: field 'answers.greeting': expected an answer (yes, no, n/a, a scale value or a choice id)"),
        (1, "scorecrd: focus-card", "answers.yaml:1:1: unknown field 'scorecrd'; did you mean 'scorecard'?"),
    ] as [(Int, String, String)])
    func decodingErrors(line: Int, text: String, expected: String) {
        do {
            _ = try AnswersFileFixture.parse(AnswersFileFixture.replacingLines([line: text]))
            Issue.record("decoded")
        } catch {
            #expect(error.messages.count == 1)
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    @Test("letters outside Latin-1 in comments and quotes come back byte for byte")
    func unicode() throws {
        let quote = "Žaneta Ķirse from Bærum, Ålesund and Øksnes; Ćorić"
        let file = try AnswersFileFixture.parse("scorecard: x\nanswers:\n  a: { value: yes, comment: \"\(quote)\", evidence: [{ quote: \"\(quote)\" }] }\n")
        #expect(file.entries.first.map { Array(($0.comment ?? "").utf8) } == Array(quote.utf8))
        #expect(file.entries.first?.evidence == [.quote(quote)])
    }
}
